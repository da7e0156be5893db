#include "FilterBar.h"

#include "A11y.h"
#include "Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("filterEdit"));
    A11y::enableClearButton(m_search);
    m_search->setAccessibleName(tr("Filter users"));
    QAction *find = m_search->addAction(Theme::icon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    find->setText(tr("Search"));
    find->setToolTip(tr("Type to filter the users (Ctrl+F)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);
    setDescription(nullptr);
}

void FilterBar::setDescription(const ServiceDescription *description)
{
    for (const auto &[spec, widget] : std::as_const(m_filters))
        delete widget;
    m_filters.clear();
    m_serverSearch = description && description->can(Capability::ServerSearch);
    m_search->setPlaceholderText(m_serverSearch ? tr("Search users on the server")
                                                : tr("Filter loaded users (name, email, role…)"));
    if (!description)
        return;
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    for (const FieldSpec &spec : description->filterFields) {
        QWidget *widget = nullptr;
        if (spec.editor == FieldSpec::Editor::Choice) {
            auto *combo = new QComboBox(this);
            combo->addItem(spec.placeholder, QString());
            for (const QString &choice : spec.choices) {
                // A state filter offers UserStates keys; the admin reads the translated word.
                combo->addItem(spec.field == UserField::State ? UserStates::label(UserStates::fromKey(choice))
                                                              : choice,
                               choice);
            }
            connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
            widget = combo;
        } else {
            auto *line = new QLineEdit(this);
            line->setPlaceholderText(spec.placeholder);
            A11y::enableClearButton(line);
            line->setMaximumWidth(240);
            connect(line, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
            widget = line;
        }
        widget->setObjectName(UserFields::key(spec.field) + QStringLiteral("Filter"));
        widget->setAccessibleName(tr("Filter by %1").arg(UserFields::label(spec.field)));
        widget->setToolTip(
            tr("Filter by %1 (on the server)").arg(UserFields::inSentence(UserFields::label(spec.field))));
        layout->addWidget(widget);
        m_filters.append({ spec, widget });
    }
}

QString FilterBar::localText() const
{
    return m_serverSearch ? QString() : m_search->text().trimmed();
}

UserQuery FilterBar::applyTo(UserQuery query) const
{
    query.page = 1;
    query.search = m_serverSearch ? m_search->text().trimmed() : QString();
    query.filters.clear();
    for (const auto &[spec, widget] : m_filters) {
        QString value;
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            value = combo->currentData().toString();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            value = line->text().trimmed();
        if (!value.isEmpty())
            query.filters.insert(spec.field, value);
    }
    return query;
}

void FilterBar::clear()
{
    restore(QString(), {});
}

QString FilterBar::searchText() const
{
    return m_search->text();
}

QMap<QString, QString> FilterBar::filterValues() const
{
    QMap<QString, QString> values;
    const UserQuery query = applyTo(UserQuery());
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        values.insert(UserFields::key(it.key()), it.value());
    return values;
}

void FilterBar::restore(const QString &search, const QMap<QString, QString> &filters)
{
    const QSignalBlocker blocker(this);
    m_search->setText(search);
    for (const auto &[spec, widget] : std::as_const(m_filters)) {
        const QString value = filters.value(UserFields::key(spec.field));
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            const int index = combo->findData(value);
            // A value the service no longer offers falls back to "any".
            combo->setCurrentIndex(index >= 0 ? index : 0);
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setText(value);
        }
    }
    m_debounce->stop();
}

bool FilterBar::isActive() const
{
    if (!m_search->text().trimmed().isEmpty())
        return true;
    for (const auto &[spec, widget] : m_filters) {
        if (auto *combo = qobject_cast<QComboBox *>(widget);
            combo && !combo->currentData().toString().isEmpty())
            return true;
        if (auto *line = qobject_cast<QLineEdit *>(widget); line && !line->text().trimmed().isEmpty())
            return true;
    }
    return false;
}

void FilterBar::reset()
{
    {
        const QSignalBlocker blocker(this);
        m_search->clear();
        for (const auto &[spec, widget] : std::as_const(m_filters)) {
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                combo->setCurrentIndex(0);
            else if (auto *line = qobject_cast<QLineEdit *>(widget))
                line->clear();
        }
        m_debounce->stop();
    }
    Q_EMIT changed();
}

void FilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}
