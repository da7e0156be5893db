#pragma once

#include <QTableView>

// The user table's view. A QTableView lays out and repaints every visible row whenever the
// row count changes; while Load All appends a thousand pages below the rows on screen, only the
// scroll bar has anything new to show. This one repaints the rows only when something else
// changed (a reset, a sort, a filter, rows removed or inserted among the visible ones).
class UserTableView : public QTableView {
    Q_OBJECT

public:
    using QTableView::QTableView;

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

protected Q_SLOTS:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    bool m_appendedBelow = false; // rows were appended below the last visible one
    bool m_fullLayout = false; // something else changed since the last layout
};
