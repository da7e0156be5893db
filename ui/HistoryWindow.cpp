#include "HistoryWindow.h"

#include "A11y.h"
#include "AuditFilterProxy.h"
#include "AuditTableModel.h"
#include "EmptyState.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

HistoryWindow::HistoryWindow(AuditTrail *trail, QWidget *parent)
    : QDialog(parent),
      m_model(new AuditTableModel(this)),
      m_proxy(new AuditFilterProxy(this)),
      m_message(new MessageWidget(this)),
      m_skipped(new MessageWidget(this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("History — Roster"));
    setModal(false);
    setSizeGripEnabled(true);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_skipped->setObjectName(QStringLiteral("historySkippedMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterRow());
    layout->addWidget(m_skipped);
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Changes"));
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // arrows move between rows; Tab leaves the table
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setAccessibleName(tr("The selected change"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a change to see it in full."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_tablePage = splitter;

    m_stack = new QStackedWidget(this);
    m_emptyState = createEmptyState();
    m_noMatchState = createNoMatchState();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_noMatchState);
    m_stack->addWidget(m_tablePage);
    layout->addWidget(m_stack, 1);

    auto *bottom = new QHBoxLayout;
    m_count = PlainText::label(QString(), this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the changes shown as CSV or JSON lines"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &HistoryWindow::chooseExportFile);
    connect(m_model, &AuditTableModel::skippedCountChanged, this, &HistoryWindow::showSkipped);
    connect(m_model, &AuditTableModel::modelReset, this, &HistoryWindow::rebuildConnectionFilter);
    connect(m_model, &AuditTableModel::rowsInserted, this, &HistoryWindow::rebuildConnectionFilter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryWindow::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryWindow::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryWindow::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWindow::showDetail);

    m_model->setTrail(trail);
    rebuildConnectionFilter();
    showSkipped(m_model->skippedCount());
    updateState();
    ScreenFit::resize(this, QSize(1080, 620));
}

QWidget *HistoryWindow::createFilterRow()
{
    auto *row = new QWidget(this);
    m_filterRow = row;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, row);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };

    m_connection = new QComboBox(row);
    m_connection->setObjectName(QStringLiteral("historyConnectionFilter"));
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connection->setMinimumContentsLength(12);
    addLabelled(tr("Co&nnection:"), m_connection);
    layout->addSpacing(8);

    m_operation = new QComboBox(row);
    m_operation->setObjectName(QStringLiteral("historyOperationFilter"));
    m_operation->addItem(tr("All changes"), -1);
    for (AuditEntry::Operation operation : AuditEntry::allOperations())
        m_operation->addItem(AuditEntry::operationLabel(operation), int(operation));
    addLabelled(tr("C&hange:"), m_operation);
    layout->addSpacing(8);

    m_user = new QLineEdit(row);
    m_user->setObjectName(QStringLiteral("historyUserFilter"));
    m_user->setPlaceholderText(tr("Name or ID"));
    A11y::enableClearButton(m_user);
    m_user->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    addLabelled(tr("&User:"), m_user);
    layout->addSpacing(8);

    m_byDate = new QCheckBox(tr("&From"), row);
    m_byDate->setObjectName(QStringLiteral("historyDateFilter"));
    m_byDate->setToolTip(tr("Only changes made on these days (both included)"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), row);
    m_from->setObjectName(QStringLiteral("historyFromDate"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(today, row);
    m_to->setObjectName(QStringLiteral("historyToDate"));
    m_to->setAccessibleName(tr("To"));
    // The locale's short date, with the full year: a two-digit one reads as the 1900s when typed.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QStringLiteral("yyyy")))
        dateFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
        edit->setEnabled(false);
    }
    layout->addWidget(m_byDate);
    layout->addWidget(m_from);
    auto *to = new QLabel(tr("to"), row);
    to->setBuddy(m_to);
    layout->addWidget(to);
    layout->addWidget(m_to);
    layout->addStretch(1);

    connect(m_connection, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    connect(m_user, &QLineEdit::textChanged, this, &HistoryWindow::applyFilter);
    connect(m_byDate, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    return row;
}

QWidget *HistoryWindow::createEmptyState()
{
    auto *state = new EmptyState(Theme::icon(QStringLiteral("document-open-recent")), tr("No changes yet."),
                                 tr("Every change you make through Roster is recorded here."), this);
    state->setObjectName(QStringLiteral("historyEmptyState"));
    return state;
}

QWidget *HistoryWindow::createNoMatchState()
{
    auto *state
        = new EmptyState(Theme::icon(QStringLiteral("edit-find")), tr("No changes match these filters."),
                         tr("Other changes are recorded; clear the filters to see them all."), this);
    state->setObjectName(QStringLiteral("historyNoMatchState"));
    auto *clear = new QPushButton(tr("C&lear Filters"), state);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clear, &QPushButton::clicked, this, &HistoryWindow::clearFilters);
    state->addButton(clear);
    return state;
}

void HistoryWindow::rebuildConnectionFilter()
{
    const QString selected = m_connection->currentData().toString();
    const QStringList names = m_model->connectionNames();
    QStringList listed;
    for (int index = 1; index < m_connection->count(); ++index)
        listed << m_connection->itemData(index).toString();
    if (m_connection->count() > 0 && listed == names)
        return;
    {
        const QSignalBlocker blocker(m_connection);
        m_connection->clear();
        m_connection->addItem(tr("All connections"), QString());
        for (const QString &name : names)
            m_connection->addItem(name, name);
        m_connection->setCurrentIndex(qMax(0, m_connection->findData(selected)));
    }
    if (m_connection->currentData().toString() != selected)
        applyFilter();
}

void HistoryWindow::applyFilter()
{
    AuditFilter filter;
    filter.connection = m_connection->currentData().toString();
    const int operation = m_operation->currentData().toInt();
    if (operation >= 0)
        filter.operation = AuditEntry::Operation(operation);
    filter.user = m_user->text().trimmed();
    if (m_byDate->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    m_proxy->setFilter(filter);
    updateState();
}

void HistoryWindow::clearFilters()
{
    for (QWidget *field : std::initializer_list<QWidget *>{ m_connection, m_operation, m_user, m_byDate })
        field->blockSignals(true);
    m_connection->setCurrentIndex(0);
    m_operation->setCurrentIndex(0);
    m_user->clear();
    m_byDate->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    for (QWidget *field : std::initializer_list<QWidget *>{ m_connection, m_operation, m_user, m_byDate })
        field->blockSignals(false);
    applyFilter();
}

void HistoryWindow::showSkipped(int skipped)
{
    if (skipped <= 0) {
        m_skipped->hideMessage();
        return;
    }
    m_skipped->showMessage(skipped == 1
                               ? tr("1 entry could not be read (a torn line).")
                               : tr("%Ln entries could not be read (a torn line).", nullptr, skipped),
                           MessageWidget::Type::Warning);
}

void HistoryWindow::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QWidget *page = total == 0 ? m_emptyState : shown == 0 ? m_noMatchState : m_tablePage;
    m_stack->setCurrentWidget(page);
    fitColumnsOnce();
    // Nothing to narrow down yet: the filters wait for the first change.
    m_filterRow->setEnabled(total > 0);
    m_count->setVisible(total > 0);
    const QLocale locale;
    m_count->setText(shown == total ? tr("%Ln change(s)", nullptr, total)
                                    : tr("%1 of %Ln change(s)", nullptr, total).arg(locale.toString(shown)));
    m_export->setEnabled(shown > 0);
    showDetail();
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitColumnsOnce();
}

void HistoryWindow::fitColumnsOnce()
{
    // Sized to the first rows seen on screen; after that the columns are the admin's.
    if (m_columnsFitted || !m_view->isVisible() || m_proxy->rowCount() == 0)
        return;
    m_view->resizeColumnsToContents();
    // The summary of the fields gets the most room; the actor, last, takes what is left.
    const int width = m_view->viewport()->width();
    const QList<std::pair<int, int>> caps{ { AuditTableModel::Connection, width / 7 },
                                           { AuditTableModel::User, width / 5 },
                                           { AuditTableModel::Changes, width / 3 },
                                           { AuditTableModel::Error, width / 6 } };
    for (const auto &[column, cap] : caps)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), qMax(cap, 100)));
    // Sizing the last column by hand ends its stretch: hand it the rest of the width again.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_columnsFitted = true;
}

void HistoryWindow::showDetail()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const AuditEntry &entry = m_model->entryAt(m_proxy->mapToSource(current).row());
    QStringList lines;
    lines << tr("%1 %2").arg(AuditEntry::operationLabel(entry.operation), AuditTableModel::userText(entry));
    lines << tr("When: %1").arg(QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat));
    lines << (entry.connectionUrl.isEmpty()
                  ? tr("Connection: %1").arg(entry.connectionName)
                  : tr("Connection: %1 (%2)").arg(entry.connectionName, entry.connectionUrl));
    if (!entry.actor.isEmpty())
        lines << tr("By: %1").arg(entry.actor);
    lines << tr("Result: %1").arg(AuditTableModel::resultText(entry));
    if (!entry.error.isEmpty())
        lines << tr("Error: %1").arg(entry.error);
    const QString changes = AuditTableModel::changesText(entry, QStringLiteral("\n    "));
    if (!changes.isEmpty())
        lines << tr("Fields:") + QStringLiteral("\n    ") + changes;
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void HistoryWindow::chooseExportFile()
{
    const QString csvFilter = tr("CSV for spreadsheets (*.csv)");
    const QString jsonFilter = tr("JSON lines (*.jsonl)");
    QString selected = csvFilter;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/roster-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export History"), suggested,
                                                    csvFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (fileName.isEmpty())
        return;
    const bool json = selected == jsonFilter;
    const QString suffix = json ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += suffix;
    exportTo(fileName, json ? AuditExport::Format::JsonLines : AuditExport::Format::Csv);
}

bool HistoryWindow::exportTo(const QString &fileName, AuditExport::Format format)
{
    const QList<AuditEntry> entries = m_proxy->entries();
    const QByteArray bytes = AuditExport::encode(entries, format);
    QSaveFile file(fileName);
    // Written whole or not at all: a half-written export would look like a short history.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_message->showMessage(
            tr("The history could not be exported to %1: %2").arg(fileName, file.errorString()),
            MessageWidget::Type::Error);
        return false;
    }
    m_message->showMessage(tr("Exported %Ln change(s) to %1.", nullptr, int(entries.size())).arg(fileName),
                           MessageWidget::Type::Positive);
    return true;
}
