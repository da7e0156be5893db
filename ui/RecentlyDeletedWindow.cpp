#include "RecentlyDeletedWindow.h"

#include "ConnectionManager.h"
#include "DeletedUserTableModel.h"
#include "DetailsPane.h"
#include "EmptyState.h"
#include "JsonText.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "Theme.h"
#include "UserStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The record's fields as "Label: value" lines; what a form would show, without empty fields.
QStringList fieldLines(const User &user)
{
    QStringList lines;
    for (UserField field : UserFields::all()) {
        if (field == UserField::Password || field == UserField::Active || field == UserField::Id
            || !user.present.contains(field))
            continue;
        const QVariant value = user.value(field);
        QString text;
        if (value.typeId() == QMetaType::QDateTime) {
            if (value.toDateTime().isValid())
                text = QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
        } else if (value.typeId() == QMetaType::QVariantMap) {
            if (!value.toMap().isEmpty())
                text = JsonObjectText::format(value.toMap());
        } else if (value.typeId() == QMetaType::Bool) {
            if (value.toBool()) // a flag the user did not have says nothing
                text = RecentlyDeletedWindow::tr("Yes");
        } else if (field == UserField::Related) {
            for (const auto &[label, target] : user.related)
                text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + label + QStringLiteral(": ")
                    + target;
        } else if (field != UserField::State || user.state != UserState::Unknown) {
            text = value.toString();
        }
        if (!text.isEmpty())
            lines << RecentlyDeletedWindow::tr("%1: %2").arg(UserFields::label(field), text);
    }
    return lines;
}
} // namespace

RecentlyDeletedWindow::RecentlyDeletedWindow(RecoveryLog *log, ConnectionManager *connections,
                                             QWidget *parent)
    : QDialog(parent), m_model(new DeletedUserTableModel(this)), m_connections(connections)
{
    setObjectName(QStringLiteral("recentlyDeletedWindow"));
    setWindowTitle(tr("Recently Deleted — Roster"));
    setModal(false);
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Users deleted through Roster, with their last known record. A service cannot "
                            "undelete: re-creating makes a new user with these fields, a new ID and no "
                            "password."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deletedView"));
    m_view->setAccessibleName(tr("Deleted users"));
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setModel(m_model);
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

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QPlainTextEdit(side);
    m_detail->setObjectName(QStringLiteral("deletedDetail"));
    m_detail->setAccessibleName(tr("Last known record"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a deleted user to see their last known record."));
    m_reason = PlainText::label(QString(), side);
    m_reason->setObjectName(QStringLiteral("recreateReason"));
    m_reason->setWordWrap(true);
    m_recreate = new QPushButton(tr("&Re-create…"), side);
    m_recreate->setObjectName(QStringLiteral("recreateButton"));
    m_recreate->setIcon(Theme::icon(QStringLiteral("edit-undo")));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_reason, 1);
    actionRow->addWidget(m_recreate, 0, Qt::AlignTop);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addLayout(actionRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 640, 380 });
    m_listPage = splitter;
    m_emptyState = new EmptyState(
        Theme::icon(QStringLiteral("user-trash")), tr("No deleted users."),
        tr("Users you delete through Roster are kept here, so one deleted by mistake can be re-created."),
        this);
    m_emptyState->setObjectName(QStringLiteral("deletedEmptyState"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_listPage);
    layout->addWidget(m_stack, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recreate, &QPushButton::clicked, this, [this] {
        if (const std::optional<DeletedUser> record = selectedRecord(); record && m_recreate->isEnabled())
            Q_EMIT recreateRequested(*record);
    });
    // The selection, not the current row: a click makes a row current before it selects it.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const std::optional<DeletedUser> record = selectedRecord();
        m_selectedKey = record ? record->key : QString();
        showRecord();
    });
    connect(m_model, &DeletedUserTableModel::modelReset, this, [this] {
        updateState();
        selectRecord(m_selectedKey); // the same record again, unless it was re-created
    });
    if (m_connections) {
        connect(m_connections, &ConnectionManager::currentChanged, this, &RecentlyDeletedWindow::watch);
        watch(m_connections->current());
    }
    m_model->setLog(log);
    ScreenFit::resize(this, QSize(1060, 560));
}

void RecentlyDeletedWindow::watch(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (m_connection)
        connect(m_connection, &Connection::stateChanged, this, &RecentlyDeletedWindow::updateRecreate);
    updateRecreate();
}

std::optional<DeletedUser> RecentlyDeletedWindow::selectedRecord() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return std::nullopt;
    return m_model->recordAt(current.row());
}

void RecentlyDeletedWindow::selectRecord(const QString &key)
{
    const int row = key.isEmpty() ? -1 : m_model->rowOfKey(key);
    if (row < 0) {
        m_view->selectionModel()->clear();
        m_selectedKey.clear();
        showRecord();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void RecentlyDeletedWindow::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_listPage);
    m_intro->setVisible(!empty); // the empty state says it
    fitColumnsOnce();
}

void RecentlyDeletedWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitColumnsOnce();
}

void RecentlyDeletedWindow::fitColumnsOnce()
{
    // Sized to the first rows seen on screen; after that the columns are the admin's.
    if (m_columnsFitted || !m_view->isVisible() || m_model->rowCount() == 0)
        return;
    fitColumns(m_view);
    // Sizing the last column by hand ends its stretch: hand it the rest of the width again.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_columnsFitted = true;
}

void RecentlyDeletedWindow::showRecord()
{
    const std::optional<DeletedUser> record = selectedRecord();
    if (!record) {
        m_detail->clear();
        updateRecreate();
        return;
    }
    QStringList lines;
    lines << record->user.displayName();
    lines << tr("Deleted from %1 on %2")
                 .arg(record->connectionName,
                      QLocale().toString(record->deletedAt.toLocalTime(), QLocale::LongFormat));
    if (!record->user.id.isEmpty())
        lines << tr("Former ID: %1 (the new user gets a new one)").arg(record->user.id);
    lines << QString();
    lines << fieldLines(record->user);
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
    updateRecreate();
}

QString RecentlyDeletedWindow::reasonText() const
{
    return m_reason->text();
}

void RecentlyDeletedWindow::updateRecreate()
{
    const std::optional<DeletedUser> record = selectedRecord();
    const bool sameConnection = record && m_connection && m_connection->profile().id == record->connectionId
        && m_connection->state() == Connection::State::Connected && m_connection->store();
    const bool canCreate = sameConnection && m_connection->store()->description().can(Capability::CreateUser);
    m_recreate->setEnabled(canCreate);
    if (!record)
        m_reason->setText(tr("Select a deleted user to re-create them."));
    else if (!sameConnection)
        m_reason->setText(tr("Open the connection “%1” to re-create this user.").arg(record->connectionName));
    else if (!canCreate)
        m_reason->setText(tr("This service cannot create users."));
    else
        m_reason->setText(tr("Opens the new user form with these fields."));
}
