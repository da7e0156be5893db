#pragma once

#include <QPointer>
#include <QStackedWidget>

class EmptyState;
class FilterBar;
class QPushButton;
class QTableView;
class QTimer;
class UserFilterProxy;
class UserTableModel;

// The user table, or in its place a designed state when it has no rows to show: not connected,
// loading the first page, the first page failed (with Retry), no users at all, or none matching
// the filter (with Clear Filter). Each says in words what is going on; none is a blank table.
class UserListStates : public QStackedWidget {
    Q_OBJECT

public:
    enum class State { Table, NotConnected, Loading, Failed, NoUsers, NoMatch };

    UserListStates(QTableView *view, UserTableModel *model, UserFilterProxy *proxy, FilterBar *filter,
                   QWidget *parent = nullptr);

    State state() const { return m_state; }
    EmptyState *emptyState() const { return m_empty; }

    // Looks at the model again (called by itself on every change of the model or the filter).
    void refresh();
    // Gives the list the keyboard focus: the table now if it shows, else when it next appears
    // (a connection's first page still loading), or the Retry / Clear button of the page shown.
    void takeFocus();

private:
    void showState(State state);

    QTableView *m_view;
    UserTableModel *m_model;
    UserFilterProxy *m_proxy;
    FilterBar *m_filter;
    EmptyState *m_empty;
    QPushButton *m_retry;
    QPushButton *m_clearFilter;
    QTimer *m_settle;
    State m_state = State::Table;
    bool m_takeFocus = false; // takeFocus() waits for the first page
    QPointer<QWidget> m_focusWhenAsked;
};
