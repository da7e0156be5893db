#include "UserListPane.h"

#include "AutoLoader.h"
#include "DetailsPane.h"
#include "FilterBar.h"
#include "LoadMoreBar.h"
#include "PlainText.h"
#include "UserExportJob.h"
#include "UserFilter.h"
#include "UserFilterProxy.h"
#include "UserListStates.h"
#include "UserStore.h"
#include "UserTableModel.h"
#include "UserTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// A refresh brings back as many pages as were loaded, up to this many; beyond it the admin
// was in a long list and Load All is one click away.
constexpr int kMaxPagesRestored = 20;
} // namespace

UserListPane::UserListPane(QWidget *parent)
    : QWidget(parent),
      m_model(new UserTableModel(this)),
      m_proxy(new UserFilterProxy(this)),
      m_filterBar(new FilterBar(this)),
      m_view(new UserTableView(this)),
      m_selectionDebounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    const auto visibleRows = [this] { return visibleRowCount(); };
    m_autoLoader = new AutoLoader(m_model, visibleRows, this);
    m_loadMoreBar = new LoadMoreBar(m_model, m_autoLoader, visibleRows, this);
    layout->addWidget(m_loadMoreBar);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("userView"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until the admin picks a column
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setWordWrap(false);
    // The table, or in its place what is going on when it has no rows (loading, failed, none).
    m_states = new UserListStates(m_view, m_model, m_proxy, m_filterBar, this);
    layout->addWidget(m_states, 1);

    m_selectionDebounce->setSingleShot(true);
    m_selectionDebounce->setInterval(120);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionDebounce,
            qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserListPane::selectionChanged);
    connect(m_selectionDebounce, &QTimer::timeout, this, &UserListPane::currentUserChanged);
    // Enter, and a double-click where the style activates on double-click (all but a few).
    connect(m_view, &QTableView::activated, this, &UserListPane::userActivated);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_view->indexAt(pos).isValid())
            Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::customContextMenuRequested, this, &UserListPane::showColumnMenu);
    connect(m_filterBar, &FilterBar::changed, this, &UserListPane::onFilterChanged);
    connect(m_model, &UserTableModel::pageLoaded, this, &UserListPane::onPageLoaded);
    connect(m_model, &UserTableModel::batchFinished, this, &UserListPane::restoreSelection);
}

UserListPane::~UserListPane() = default;

int UserListPane::visibleRowCount() const
{
    m_proxy->flush();
    return m_proxy->rowCount();
}

void UserListPane::attach(UserStore *store, int pageSize, const ListState &state)
{
    m_attached = store != nullptr;
    m_autoLoader->stop();
    m_model->setStore(store);
    UserQuery query;
    query.pageSize = pageSize;
    m_model->setQuery(query);
    m_filterBar->setDescription(store ? &store->description() : nullptr);
    m_filterBar->restore(state.search, state.filters);
    m_proxy->setFilter(UserFilter(m_filterBar->localText()));
    restoreHeader(state.header);
    m_restore = Restore();
    if (!state.selectedUserId.isEmpty()) {
        m_restore.selectedIds = { state.selectedUserId };
        m_restore.currentId = state.selectedUserId;
    }
    m_filterBar->setEnabled(m_attached);
    if (!m_attached)
        return;
    m_model->setQuery(m_filterBar->applyTo(m_model->query()));
    m_model->reload();
    if (!m_filterBar->localText().isEmpty())
        m_autoLoader->restart();
}

void UserListPane::detach()
{
    attach(nullptr, 0, ListState());
}

void UserListPane::restoreHeader(const QByteArray &header)
{
    QHeaderView *view = m_view->horizontalHeader();
    // The service's columns, all shown, in their order, before any saved look applies.
    for (int section = 0; section < view->count(); ++section) {
        view->moveSection(view->visualIndex(section), section);
        view->showSection(section);
    }
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    if (header.isEmpty() || !view->restoreState(header))
        return;
    if (view->hiddenSectionCount() >= view->count() && view->count() > 0)
        view->showSection(0); // a file that hides every column still shows one
}

void UserListPane::reload(bool keepPlace)
{
    if (!m_attached)
        return;
    m_restore = Restore();
    for (const User &user : selectedUsers())
        m_restore.selectedIds << user.id;
    m_restore.currentId = currentUser().id;
    if (keepPlace) {
        m_restore.scroll = m_view->verticalScrollBar()->value();
        const int pageSize = std::max(1, m_model->pageSize());
        m_restore.pages = std::clamp((m_model->rowCount() + pageSize - 1) / pageSize, 1, kMaxPagesRestored);
    }
    m_model->setQuery(m_filterBar->applyTo(m_model->query()));
    m_model->reload();
}

void UserListPane::onFilterChanged()
{
    if (!m_attached)
        return;
    const UserQuery wanted = m_filterBar->applyTo(m_model->query());
    const UserQuery loaded = m_model->query();
    if (wanted.search != loaded.search || wanted.filters != loaded.filters) {
        reload(false); // the server filters: back to page 1 with the new criteria
        return;
    }
    const QString local = m_filterBar->localText();
    m_proxy->setFilter(UserFilter(local));
    Q_EMIT filterChanged();
    // A few pages are fetched to find matches further down; then the admin decides.
    if (local.isEmpty())
        m_autoLoader->stop();
    else
        m_autoLoader->restart();
}

void UserListPane::onPageLoaded(int page)
{
    if (page == 1) {
        m_proxy->flush(); // the columns fit the first rows, which may not be in the view yet
        if (m_view->horizontalHeader()->hiddenSectionCount() == 0 && m_restore.scroll < 0)
            fitColumns(m_view);
        if (m_restore.pages > 1 && m_model->hasMore()) {
            m_model->loadPages(m_restore.pages - 1); // restoreSelection() when they are in
            return;
        }
    }
    if (!m_model->isBatchActive())
        restoreSelection();
}

void UserListPane::restoreSelection()
{
    if (m_restore.selectedIds.isEmpty() && m_restore.scroll < 0)
        return;
    m_proxy->flush(); // rows may have arrived since the view last caught up
    QItemSelection selection;
    QModelIndex current;
    QStringList missing;
    for (const QString &id : std::as_const(m_restore.selectedIds)) {
        const int row = m_model->rowOfUser(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) {
            missing << id;
            continue;
        }
        selection.select(index, index);
        if (id == m_restore.currentId)
            current = index;
    }
    if (!selection.isEmpty()) {
        QItemSelectionModel *model = m_view->selectionModel();
        if (!current.isValid())
            current = selection.first().topLeft();
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (m_restore.scroll >= 0) {
        m_view->verticalScrollBar()->setValue(m_restore.scroll);
        m_restore.scroll = -1;
    } else if (current.isValid()) {
        m_view->scrollTo(current);
    }
    // A user not loaded yet is selected when a later page brings them.
    m_restore.selectedIds = missing;
    if (!m_restore.selectedIds.contains(m_restore.currentId))
        m_restore.currentId.clear();
}

User UserListPane::currentUser() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return User();
    const QModelIndex source = m_proxy->mapToSource(current);
    return source.isValid() ? m_model->userAt(source.row()) : User();
}

QList<User> UserListPane::selectedUsers() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<User> users;
    users.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (source.isValid())
            users << m_model->userAt(source.row());
    }
    return users;
}

int UserListPane::selectedCount() const
{
    return int(m_view->selectionModel()->selectedRows().size());
}

QList<User> UserListPane::loadedUsers() const
{
    QList<User> users;
    users.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        users << m_model->userAt(row);
    return users;
}

void UserListPane::selectUser(const QString &id)
{
    m_restore = Restore();
    m_restore.selectedIds = { id };
    m_restore.currentId = id;
    restoreSelection();
}

namespace {
QList<int> visibleColumns(const QHeaderView *header)
{
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}
} // namespace

QString UserListPane::selectionAsText() const
{
    const QList<int> columns = visibleColumns(m_view->horizontalHeader());
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (const int column : columns) {
            QString cell = m_proxy->index(row.row(), column).data(Qt::DisplayRole).toString();
            // A tab or line break inside a cell would start a new cell or row where it is pasted.
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cell.remove(QLatin1Char('\r'));
            cells << cell;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

ExportSource UserListPane::exportSource() const
{
    ExportSource source;
    for (const int column : visibleColumns(m_view->horizontalHeader()))
        source.columns << m_model->columns().at(column);
    source.rowCount = [this] { return visibleRowCount(); };
    source.userAt
        = [this](int row) { return m_model->userAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()); };
    source.setPagesFrom(m_model, m_model);
    return source;
}

void UserListPane::takeFocus()
{
    m_states->takeFocus();
}

ListState UserListPane::state() const
{
    ListState state;
    state.header = m_view->horizontalHeader()->saveState();
    state.search = m_filterBar->searchText();
    state.filters = m_filterBar->filterValues();
    state.selectedUserId = currentUser().id;
    return state;
}

void UserListPane::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setTitle(tr("Columns"));
    const int shown = header->count() - header->hiddenSectionCount();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *item
            = menu->addAction(m_model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString());
        item->setCheckable(true);
        item->setChecked(!header->isSectionHidden(logical));
        item->setData(logical);
        // The last visible column stays: a table with no columns shows nothing to bring them back.
        item->setEnabled(header->isSectionHidden(logical) || shown > 1);
        connect(item, &QAction::toggled, this,
                [header, logical](bool on) { header->setSectionHidden(logical, !on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Show All Columns"));
    connect(reset, &QAction::triggered, this, [this] { restoreHeader(QByteArray()); });
    menu->popup(header->viewport()->mapToGlobal(pos));
}
