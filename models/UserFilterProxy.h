#pragma once

#include "UserFilter.h"
#include "UserRowKeys.h"

#include <QAbstractProxyModel>
#include <QPointer>
#include <vector>

class FrameThrottle;
class UserTableModel;

// The loaded users the filter lets through, on every column the view shows, in the order of
// the column the admin sorted by (or the server's). An index vector over the UserTableModel,
// not a QSortFilterProxyModel: a keystroke scans the keys the model made when the rows
// arrived, and when the text only grows (a filter that narrows the last one) it scans only the
// rows shown now; a click on a header sorts row numbers by keys. Either is one layoutChanged(),
// so the selection and the current row follow their users.
//
// Rows the model appends reach the view at once, then at most every other frame while more
// follow (a page may arrive every half millisecond during Load All): the view lays out and
// paints once per batch, not once per page.
// flush() hands them over at once, for a caller about to map a row that may have just arrived.
//
// While a filter hides rows the view may not fetch pages by itself: an empty filtered view
// would ask for page after page; an AutoLoader spends a bounded budget instead.
class UserFilterProxy final : public QAbstractProxyModel {
    Q_OBJECT

public:
    explicit UserFilterProxy(QObject *parent = nullptr);
    ~UserFilterProxy() override;

    // Must be a UserTableModel (its keys are what this filters and sorts by).
    void setSourceModel(QAbstractItemModel *model) override;

    void setFilter(const UserFilter &filter);
    const UserFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void flush();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool isSorted() const { return m_sortColumn >= 0; }
    // The view's rows are about to become `visible` (source rows, in view order).
    void relayout(std::vector<int> visible, QAbstractItemModel::LayoutChangeHint hint);
    void rebuildViewRows();
    std::vector<int> filtered(const std::vector<int> &candidates);
    std::vector<int> allInOrder() const;
    void publish(); // the rows the model appended since the last time
    void resetFromSource();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QPointer<UserTableModel> m_model;
    FrameThrottle *m_throttle;
    UserFilter m_filter;
    UserRowKeys::Matcher m_matcher;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_published = 0; // source rows below this one are in the vectors below
    std::vector<int> m_order; // while sorted: every published source row, in sorted order
    std::vector<int> m_visible; // view row -> source row
    std::vector<int> m_viewRow; // source row -> view row, or -1 when filtered out
    std::vector<QMetaObject::Connection> m_connections;
};
