#include "BatchCreateDialog.h"

#include "JsonText.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "StatusIcons.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

BatchCreateDialog::BatchCreateDialog(UserStore *store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_fields(store ? store->description().createFields : QList<FieldSpec>()),
      m_message(new MessageWidget(this)),
      m_table(new QTableWidget(this)),
      m_hint(PlainText::label(QString(), this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_addRow(new QPushButton(tr("Add Row"), this)),
      m_removeRow(new QPushButton(tr("Remove Row"), this))
{
    setObjectName(QStringLiteral("batchCreateDialog"));
    setWindowTitle(tr("New Users"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    auto *intro
        = new QLabel(tr("One user per row; empty rows are ignored. Columns marked * are required."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setAccessibleName(tr("New users"));
    m_table->setColumnCount(int(m_fields.size()) + 1);
    QStringList headers;
    for (const FieldSpec &spec : std::as_const(m_fields))
        headers << UserFields::label(spec.field) + (spec.required ? QStringLiteral(" *") : QString());
    headers << tr("Result");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Arrows move between cells and typing starts editing one; Tab goes on to the role choices and
    // the buttons, so the keyboard never gets stuck in the grid.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(m_table->editTriggers() | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    Theme::setMutedText(m_hint);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create All"));
    layout->addWidget(m_buttons);

    connect(m_addRow, &QPushButton::clicked, this, &BatchCreateDialog::addRow);
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        updateValidity();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &BatchCreateDialog::updateValidity);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BatchCreateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BatchCreateDialog::reject);

    for (int i = 0; i < 3; ++i)
        addRow();
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_fields.size(); ++column)
        m_table->setColumnWidth(column, qMax(m_table->columnWidth(column), 150));
    ScreenFit::resize(this, QSize(900, 420));
    updateValidity();
}

BatchCreateDialog::~BatchCreateDialog()
{
    if (m_pending)
        m_pending->cancel();
}

int BatchCreateDialog::columnOf(UserField field) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).field == field)
            return i;
    }
    return -1;
}

void BatchCreateDialog::addRow()
{
    const int row = m_table->rowCount();
    const QSignalBlocker blocker(m_table);
    m_table->insertRow(row);
    for (int column = 0; column < m_fields.size(); ++column) {
        const FieldSpec &spec = m_fields.at(column);
        if (spec.editor == FieldSpec::Editor::Choice) {
            auto *combo = new QComboBox(m_table);
            if (!spec.required)
                combo->addItem(QString());
            combo->addItems(spec.choices);
            // Read out as "Role, row 2", not only as its current value.
            combo->setAccessibleName(tr("%1, row %2").arg(UserFields::label(spec.field)).arg(row + 1));
            connect(combo, &QComboBox::currentIndexChanged, this, &BatchCreateDialog::updateValidity);
            m_table->setCellWidget(row, column, combo);
        } else {
            auto *item = new QTableWidgetItem;
            item->setToolTip(spec.placeholder);
            m_table->setItem(row, column, item);
        }
    }
    auto *result = new QTableWidgetItem;
    result->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, int(m_fields.size()), result);
    updateValidity();
}

void BatchCreateDialog::setValue(int row, UserField field, const QString &value)
{
    const int column = columnOf(field);
    if (column < 0 || row < 0 || row >= m_table->rowCount())
        return;
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column)))
        combo->setCurrentIndex(combo->findText(value));
    else if (QTableWidgetItem *item = m_table->item(row, column))
        item->setText(value);
}

QString BatchCreateDialog::cellText(int row, int column) const
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column)))
        return combo->currentText();
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString BatchCreateDialog::resultText(int row) const
{
    return cellText(row, int(m_fields.size()));
}

bool BatchCreateDialog::isRowEmpty(int row) const
{
    for (int column = 0; column < m_fields.size(); ++column) {
        // A choice always has a value; only typed cells make a row.
        if (m_fields.at(column).editor != FieldSpec::Editor::Choice && !cellText(row, column).isEmpty())
            return false;
    }
    return true;
}

QString BatchCreateDialog::rowProblem(int row) const
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    for (int column = 0; column < m_fields.size(); ++column) {
        const FieldSpec &spec = m_fields.at(column);
        const QString text = cellText(row, column);
        const QString label = UserFields::label(spec.field);
        if (spec.required && text.isEmpty())
            return tr("Row %1: %2 is required.").arg(row + 1).arg(label);
        if (spec.editor == FieldSpec::Editor::Email && !text.isEmpty() && !email.match(text).hasMatch())
            return tr("Row %1: %2 is not a valid email address.").arg(row + 1).arg(text);
        if (spec.editor == FieldSpec::Editor::Json) {
            const JsonObjectText parsed = JsonObjectText::parse(text);
            if (!parsed.ok)
                return tr("Row %1: %2 is not valid JSON: %3.").arg(row + 1).arg(label, parsed.error);
        }
    }
    return QString();
}

UserChanges BatchCreateDialog::rowInput(int row) const
{
    UserChanges input;
    for (int column = 0; column < m_fields.size(); ++column) {
        const FieldSpec &spec = m_fields.at(column);
        const QString text = cellText(row, column);
        if (text.isEmpty())
            continue;
        if (spec.editor == FieldSpec::Editor::Json)
            input.insert(spec.field, JsonObjectText::parse(text).value);
        else
            input.insert(spec.field, text);
    }
    return input;
}

bool BatchCreateDialog::isInputValid() const
{
    bool any = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isRowEmpty(row))
            continue;
        if (!rowProblem(row).isEmpty())
            return false;
        any = true;
    }
    return any;
}

void BatchCreateDialog::updateValidity()
{
    QString hint;
    int filled = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isRowEmpty(row))
            continue;
        ++filled;
        if (hint.isEmpty())
            hint = rowProblem(row);
    }
    if (filled == 0)
        hint = tr("Fill in at least one row.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty() && !m_pending);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(filled > 0 ? tr("Create %Ln User(s)", nullptr, filled) : tr("Create All"));
}

void BatchCreateDialog::accept()
{
    if (m_pending || !isInputValid() || !m_store)
        return;
    QList<UserChanges> inputs;
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isRowEmpty(row))
            continue;
        inputs << rowInput(row);
        rows << row;
    }
    m_message->hideMessage();
    m_progress->show();
    m_table->setEnabled(false);
    m_pending = m_store->createBatch(inputs);
    connect(m_pending, &WriteHandle::finished, this,
            [this, rows](const WriteResult &result) { handleResult(result, rows); });
    updateValidity();
}

void BatchCreateDialog::handleResult(const WriteResult &result, const QList<int> &rows)
{
    m_pending.clear();
    m_progress->hide();
    m_table->setEnabled(true);
    if (result.outcome == WriteResult::Outcome::Unknown) {
        m_message->showMessage(tr("The server may or may not have created these users (%1). Refresh the list "
                                  "before sending them again.")
                                   .arg(result.error.message()),
                               MessageWidget::Type::Warning);
        updateValidity();
        return;
    }
    if (!result.succeeded()) {
        m_message->showMessage(result.error.toString(), MessageWidget::Type::Error);
        updateValidity();
        return;
    }
    BatchResult batch;
    batch.created = result.users;
    batch.failures = result.failures;
    QHash<int, ApiError> refused;
    for (const BatchFailure &failure : batch.failures) {
        if (failure.index >= 0 && failure.index < rows.size())
            refused.insert(rows.at(failure.index), failure.error);
    }
    const QSignalBlocker blocker(m_table);
    // Walk backwards so removing a created row does not shift the rows still to visit.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        const int row = rows.at(i);
        if (refused.contains(row)) {
            QTableWidgetItem *item = m_table->item(row, int(m_fields.size()));
            item->setText(refused.value(row).message());
            item->setToolTip(PlainText::toolTip(refused.value(row).toString()));
            // The reason in words, an error icon beside it, and the palette's error colour.
            item->setForeground(Theme::toneText(Theme::Tone::Error, m_table->palette()));
            item->setIcon(StatusIcons::icon(StatusIcons::Kind::Failed, this));
            // The server's reason whole, wrapped in its cell, not cut off after a few words.
            m_table->resizeRowToContents(row);
            m_table->setRowHeight(
                row, qMax(m_table->rowHeight(row) + 8, m_table->verticalHeader()->defaultSectionSize()));
        } else {
            m_table->removeRow(row);
        }
    }
    if (!batch.created.isEmpty())
        Q_EMIT usersCreated(batch.created);
    if (refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_message->showMessage(
        tr("%Ln user(s) created; ", nullptr, int(batch.created.size()))
            + tr("%Ln row(s) refused by the server are kept below with the reason. Correct them "
                 "and create again.",
                 nullptr, int(refused.size())),
        MessageWidget::Type::Warning);
    updateValidity();
}

void BatchCreateDialog::reject()
{
    if (m_pending)
        m_pending->cancel();
    QDialog::reject();
}
