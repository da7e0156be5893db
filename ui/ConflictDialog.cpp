#include "ConflictDialog.h"

#include "JsonText.h"
#include "PlainText.h"
#include "ScreenFit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QString shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return JsonObjectText::format(value.toMap());
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? ConflictDialog::tr("Yes") : ConflictDialog::tr("No");
    const QString text = value.toString();
    return text.isEmpty() ? ConflictDialog::tr("(empty)") : text;
}

QLabel *cell(const QString &text, QWidget *parent)
{
    QLabel *label = PlainText::label(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

ConflictDialog::ConflictDialog(const User &asOpened, const User &theirs, const UserChanges &yours,
                               const QList<FieldConflict> &conflicts, QWidget *parent)
    : QDialog(parent), m_asOpened(asOpened), m_theirs(theirs), m_yours(yours), m_conflicts(conflicts)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on the Server Meanwhile"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = PlainText::label(
        tr("Someone else changed %1 while you were editing. For each field below, choose which value stays. "
           "Nothing has been saved yet; the fields only you or only they changed are kept as they are.")
            .arg(theirs.displayName()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QStringList headings{ tr("Field"), tr("When you opened it"), tr("Theirs, now"), tr("Yours") };
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(headings.at(column), this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, column);
    }
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const FieldConflict &conflict = m_conflicts.at(i);
        const int row = i + 1;
        grid->addWidget(new QLabel(UserFields::label(conflict.field) + QLatin1Char(':'), this), row, 0,
                        Qt::AlignTop);
        grid->addWidget(cell(shown(conflict.asOpened), this), row, 1);
        auto *theirsChoice = new QRadioButton(shown(conflict.theirs), this);
        auto *yoursChoice = new QRadioButton(shown(conflict.yours), this);
        const QString field = UserFields::key(conflict.field);
        theirsChoice->setObjectName(field + QStringLiteral("Theirs"));
        yoursChoice->setObjectName(field + QStringLiteral("Yours"));
        theirsChoice->setAccessibleName(tr("Keep their %1").arg(UserFields::label(conflict.field)));
        yoursChoice->setAccessibleName(tr("Use your %1").arg(UserFields::label(conflict.field)));
        auto *group = new QButtonGroup(this);
        group->addButton(theirsChoice, 0);
        group->addButton(yoursChoice, 1);
        connect(group, &QButtonGroup::idToggled, this, &ConflictDialog::updateOk);
        m_choices.append(group);
        grid->addWidget(theirsChoice, row, 2, Qt::AlignTop);
        grid->addWidget(yoursChoice, row, 3, Qt::AlignTop);
    }
    auto *gridHolder = new QWidget(this);
    gridHolder->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the choices take the focus, and it scrolls to them
    scroll->setWidget(gridHolder);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *allTheirs = buttons->addButton(tr("Keep All &Theirs"), QDialogButtonBox::ActionRole);
    auto *allYours = buttons->addButton(tr("Use All &Mine"), QDialogButtonBox::ActionRole);
    m_ok = buttons->addButton(tr("&Save These Choices"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(allTheirs, &QPushButton::clicked, this, &ConflictDialog::chooseAllTheirs);
    connect(allYours, &QPushButton::clicked, this, &ConflictDialog::chooseAllYours);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
    ScreenFit::resize(this, QSize(qMax(640, sizeHint().width()), qMin(560, sizeHint().height() + 40)));
}

void ConflictDialog::chooseAllTheirs()
{
    for (QButtonGroup *group : std::as_const(m_choices))
        group->button(0)->setChecked(true);
}

void ConflictDialog::chooseAllYours()
{
    for (QButtonGroup *group : std::as_const(m_choices))
        group->button(1)->setChecked(true);
}

void ConflictDialog::updateOk()
{
    // A choice for every field: neither side is overwritten by default.
    const bool complete = std::all_of(m_choices.cbegin(), m_choices.cend(),
                                      [](const QButtonGroup *group) { return group->checkedId() >= 0; });
    m_ok->setEnabled(complete);
}

QList<UserField> ConflictDialog::keptTheirs() const
{
    QList<UserField> fields;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        if (m_choices.at(i)->checkedId() == 0)
            fields << m_conflicts.at(i).field;
    }
    return fields;
}

UserChanges ConflictDialog::resolvedChanges() const
{
    UserChanges resolved = m_yours;
    const QList<UserField> theirsKept = keptTheirs();
    for (UserField field : theirsKept)
        resolved.remove(field);
    // Metadata the admin keeps is their edit applied key by key onto the server's copy, so
    // keys only the other side changed survive.
    if (resolved.contains(UserField::Metadata)) {
        const UserChanges merged = UserMerge::changesAgainst(
            m_asOpened, m_theirs, { { UserField::Metadata, resolved.value(UserField::Metadata) } });
        resolved.insert(UserField::Metadata, merged.value(UserField::Metadata, QVariant(m_theirs.metadata)));
    }
    return resolved;
}
