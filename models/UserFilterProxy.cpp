#include "UserFilterProxy.h"

#include "FrameThrottle.h"
#include "UserTableModel.h"

#include <algorithm>
#include <numeric>

namespace {
// 0, 1, ..., count - 1: the server's order.
std::vector<int> rowsUpTo(int count)
{
    std::vector<int> rows(static_cast<size_t>(qMax(0, count)));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}
} // namespace

UserFilterProxy::UserFilterProxy(QObject *parent)
    // Two frames: while Load All streams a page every half millisecond below the rows on screen,
    // what the view has to show is the scroll bar and the count, thirty times a second.
    : QAbstractProxyModel(parent),
      m_throttle(new FrameThrottle([this] { publish(); }, this, 2 * FrameThrottle::FrameMs))
{
}

UserFilterProxy::~UserFilterProxy() = default;

void UserFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *users = qobject_cast<UserTableModel *>(model);
    Q_ASSERT_X(!model || users, "UserFilterProxy", "filters a UserTableModel only");
    beginResetModel();
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_model = users;
    QAbstractProxyModel::setSourceModel(users);
    if (users) {
        m_connections = {
            connect(users, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(users, &QAbstractItemModel::modelReset, this,
                    [this] {
                        resetFromSource();
                        endResetModel();
                    }),
            connect(users, &QAbstractItemModel::rowsInserted, this, &UserFilterProxy::onRowsInserted),
            connect(users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &UserFilterProxy::onRowsAboutToBeRemoved),
            connect(users, &QAbstractItemModel::rowsRemoved, this, &UserFilterProxy::onRowsRemoved),
            connect(users, &QAbstractItemModel::dataChanged, this, &UserFilterProxy::onDataChanged),
            connect(users, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
            // The model never moves rows or changes columns but by a reset; should it, start over.
            connect(users, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        beginResetModel();
                        resetFromSource();
                        endResetModel();
                    }),
        };
    }
    resetFromSource();
    endResetModel();
}

void UserFilterProxy::resetFromSource()
{
    m_throttle->cancel();
    m_published = m_model ? m_model->rowCount() : 0;
    m_matcher = m_model ? m_model->matcher(m_filter) : UserRowKeys::Matcher();
    std::vector<int> rows = rowsUpTo(m_published);
    if (isSorted()) {
        m_model->sortRows(rows, m_sortColumn, m_sortOrder);
        m_order = rows;
    } else {
        m_order.clear();
    }
    m_visible = filtered(rows);
    rebuildViewRows();
}

std::vector<int> UserFilterProxy::allInOrder() const
{
    if (isSorted())
        return m_order;
    std::vector<int> rows = rowsUpTo(m_published);
    return rows;
}

std::vector<int> UserFilterProxy::filtered(const std::vector<int> &candidates)
{
    return m_model->filterRows(candidates, m_matcher);
}

void UserFilterProxy::rebuildViewRows()
{
    m_viewRow.assign(size_t(m_published), -1);
    for (size_t view = 0; view < m_visible.size(); ++view)
        m_viewRow[size_t(m_visible[view])] = int(view);
}

void UserFilterProxy::relayout(std::vector<int> visible, QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // The persistent indexes (the view's current row, the selection) follow their users.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(index.row() < int(m_visible.size()) ? m_visible[size_t(index.row())] : -1);
    m_visible = std::move(visible);
    rebuildViewRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows[size_t(i)];
        const int view = source >= 0 && source < int(m_viewRow.size()) ? m_viewRow[size_t(source)] : -1;
        after << (view >= 0 ? index(view, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void UserFilterProxy::setFilter(const UserFilter &filter)
{
    if (filter.needle() == m_filter.needle())
        return;
    flush();
    const bool narrowing = filter.narrows(m_filter);
    m_filter = filter;
    m_matcher = m_model ? m_model->matcher(filter) : UserRowKeys::Matcher();
    if (!m_model)
        return;
    // A filter that narrows the last one keeps a subset of the rows shown now, in their order.
    std::vector<int> visible = filtered(narrowing ? m_visible : allInOrder());
    relayout(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
}

void UserFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    flush();
    if (column >= m_model->columnCount())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    std::vector<int> rows = rowsUpTo(m_published);
    if (isSorted()) {
        m_model->sortRows(rows, column, order);
        m_order = rows;
    } else {
        m_order.clear();
    }
    // The same rows stay visible; only their order changes.
    std::vector<int> visible;
    visible.reserve(m_visible.size());
    for (int row : rows) {
        if (m_viewRow[size_t(row)] >= 0)
            visible.push_back(row);
    }
    relayout(std::move(visible), QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxy::flush()
{
    if (m_model && m_published < m_model->rowCount()) {
        m_throttle->cancel();
        publish();
    }
}

void UserFilterProxy::publish()
{
    if (!m_model)
        return;
    const int first = m_published;
    const int last = m_model->rowCount() - 1;
    if (last < first)
        return;
    std::vector<int> added = rowsUpTo(last + 1);
    added.erase(added.begin(), added.begin() + first);
    if (!isSorted()) {
        // The server's order: the rows that match go below the others, one insertion.
        const std::vector<int> shown = filtered(added);
        m_published = last + 1;
        m_viewRow.resize(size_t(m_published), -1);
        if (shown.empty())
            return;
        const int view = int(m_visible.size());
        beginInsertRows(QModelIndex(), view, view + int(shown.size()) - 1);
        for (size_t i = 0; i < shown.size(); ++i) {
            m_visible.push_back(shown[i]);
            m_viewRow[size_t(shown[i])] = view + int(i);
        }
        endInsertRows();
        return;
    }
    // Sorted: the new rows are sorted among themselves and merged into the order, then the view
    // takes the new order in one layout change.
    m_model->sortRows(added, m_sortColumn, m_sortOrder);
    const auto less = [this](int a, int b) { return m_model->rowLessThan(a, b, m_sortColumn, m_sortOrder); };
    const auto middle = m_order.insert(m_order.end(), added.begin(), added.end());
    std::inplace_merge(m_order.begin(), middle, m_order.end(), less);
    std::vector<bool> wasShown(size_t(last + 1), false);
    for (int row : m_visible)
        wasShown[size_t(row)] = true;
    const std::vector<int> shownAdded = filtered(added);
    for (int row : shownAdded)
        wasShown[size_t(row)] = true;
    m_published = last + 1;
    if (shownAdded.empty()) {
        m_viewRow.resize(size_t(m_published), -1);
        return;
    }
    std::vector<int> visible;
    visible.reserve(m_visible.size() + shownAdded.size());
    for (int row : m_order) {
        if (wasShown[size_t(row)])
            visible.push_back(row);
    }
    relayout(std::move(visible), QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (last != m_model->rowCount() - 1 || first < m_published) {
        // Not an append (the model only appends): take the new state as a whole.
        beginResetModel();
        resetFromSource();
        endResetModel();
        return;
    }
    m_throttle->request();
}

void UserFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    flush();
    // The view loses the removed rows now, range by range from the bottom, while the model
    // still has them; the source rows after them are renumbered once they are gone.
    std::vector<int> views;
    for (int row = first; row <= last && row < m_published; ++row) {
        if (m_viewRow[size_t(row)] >= 0)
            views.push_back(m_viewRow[size_t(row)]);
    }
    std::sort(views.begin(), views.end());
    while (!views.empty()) {
        const int end = views.back();
        int start = end;
        views.pop_back();
        while (!views.empty() && views.back() == start - 1) {
            start = views.back();
            views.pop_back();
        }
        beginRemoveRows(QModelIndex(), start, end);
        m_visible.erase(m_visible.begin() + start, m_visible.begin() + end + 1);
        rebuildViewRows();
        endRemoveRows();
    }
}

void UserFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto renumber = [&](std::vector<int> &rows) {
        rows.erase(
            std::remove_if(rows.begin(), rows.end(), [&](int row) { return row >= first && row <= last; }),
            rows.end());
        for (int &row : rows) {
            if (row > last)
                row -= count;
        }
    };
    renumber(m_order);
    renumber(m_visible);
    m_published = qMax(first, m_published - count);
    rebuildViewRows();
}

void UserFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = qMin(bottomRight.row(), m_published - 1);
    bool moved = false;
    for (int row = first; row <= last && !moved; ++row) {
        const bool shown = m_viewRow[size_t(row)] >= 0;
        if (shown != m_model->matches(row, m_matcher)) {
            moved = true;
        } else if (isSorted()) {
            // Still in place when it sorts after the row before it and before the row after it.
            const auto at = std::find(m_order.begin(), m_order.end(), row);
            const bool afterPrevious
                = at == m_order.begin() || !m_model->rowLessThan(row, *(at - 1), m_sortColumn, m_sortOrder);
            const bool beforeNext
                = at + 1 == m_order.end() || !m_model->rowLessThan(*(at + 1), row, m_sortColumn, m_sortOrder);
            moved = !(afterPrevious && beforeNext);
        }
    }
    if (moved) {
        // Rare (an edit that changes what a row sorts or filters by): the changed rows are taken
        // out of the order and put back where they now sort; the others keep their place and
        // whether they are shown.
        if (isSorted()) {
            const auto less
                = [this](int a, int b) { return m_model->rowLessThan(a, b, m_sortColumn, m_sortOrder); };
            m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                         [&](int row) { return row >= first && row <= last; }),
                          m_order.end());
            for (int row = first; row <= last; ++row)
                m_order.insert(std::upper_bound(m_order.begin(), m_order.end(), row, less), row);
        }
        std::vector<int> visible;
        visible.reserve(m_visible.size() + size_t(last - first + 1));
        for (int row : allInOrder()) {
            const bool changed = row >= first && row <= last;
            if (changed ? m_model->matches(row, m_matcher) : m_viewRow[size_t(row)] >= 0)
                visible.push_back(row);
        }
        relayout(std::move(visible), QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    for (int row = first; row <= last; ++row) {
        const int view = m_viewRow[size_t(row)];
        if (view >= 0)
            Q_EMIT dataChanged(index(view, topLeft.column()), index(view, bottomRight.column()), roles);
    }
}

int UserFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int UserFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

QModelIndex UserFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex UserFilterProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex UserFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool UserFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex UserFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= int(m_visible.size()))
        return QModelIndex();
    return m_model->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex UserFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_published)
        return QModelIndex();
    const int view = m_viewRow[size_t(sourceIndex.row())];
    return view < 0 ? QModelIndex() : index(view, sourceIndex.column());
}

QVariant UserFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_model)
        return m_model->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

bool UserFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return m_filter.isEmpty() && m_model && !parent.isValid() && m_model->canFetchMore(QModelIndex());
}

void UserFilterProxy::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_model->fetchMore(QModelIndex());
}
