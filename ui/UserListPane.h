#pragma once

#include "ListState.h"
#include "User.h"

#include <QWidget>

class AutoLoader;
class FilterBar;
class LoadMoreBar;
class QTableView;
class QTimer;
class UserFilterProxy;
class UserListStates;
class UserStore;
class UserTableModel;
struct ExportSource;
struct ServiceDescription;
struct UserQuery;

// The user list of the window: the filter bar, the "Load more" bar and the table, with the
// model and the filter in front of it. Knows which users are selected, keeps the selection and
// the scroll position across a refresh, copies the selected rows, offers the column chooser on
// the header, and hands its look (columns, sort, search, filters, selection) out as a ListState
// and takes it back.
class UserListPane : public QWidget {
    Q_OBJECT

public:
    explicit UserListPane(QWidget *parent = nullptr);
    ~UserListPane() override;

    UserTableModel *model() const { return m_model; }
    UserFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }

    // Lists `store`'s users (null: none), `pageSize` a page, with `state` restored (an empty
    // state: the service's default columns, no filter).
    void attach(UserStore *store, int pageSize, const ListState &state);
    void detach();
    bool isAttached() const { return m_attached; }

    // Page 1 again with the filter bar's criteria, keeping the selected users. With `keepPlace`
    // (a refresh) as many pages as were loaded come back (up to a bound) and the scroll
    // position with them; without (new criteria) the list starts at the top.
    void reload(bool keepPlace = true);

    // The current row's user when it is selected (the one a single-user action acts on).
    User currentUser() const;
    QList<User> selectedUsers() const;
    int selectedCount() const;
    QList<User> loadedUsers() const;
    // Selects the user now, or when a later page brings them.
    void selectUser(const QString &id);
    // The selected rows' visible cells as tab-separated lines, in the view's column order.
    QString selectionAsText() const;
    // What an export of the current view reads: its columns, rows and paging.
    ExportSource exportSource() const;

    ListState state() const;
    // The keyboard focus to the table (when it shows; see UserListStates::takeFocus).
    void takeFocus();

    // The rows the filter lets through now, including rows that just arrived.
    int visibleRowCount() const;

Q_SIGNALS:
    void currentUserChanged(); // settled: fires once after arrowing through rows
    void selectionChanged(); // at once, for the actions
    void userActivated(); // Enter or a double-click on a row
    void contextMenuRequested(const QPoint &globalPos);
    void filterChanged(); // the local filter changed (the status bar follows)

private:
    void onFilterChanged();
    void onPageLoaded(int page);
    void restoreSelection();
    void showColumnMenu(const QPoint &pos);
    void restoreHeader(const QByteArray &header);

    UserTableModel *m_model;
    UserFilterProxy *m_proxy;
    AutoLoader *m_autoLoader;
    FilterBar *m_filterBar;
    UserListStates *m_states;
    LoadMoreBar *m_loadMoreBar;
    QTableView *m_view;
    QTimer *m_selectionDebounce;
    bool m_attached = false;

    // What a reload brings back once the pages are in again.
    struct Restore {
        QStringList selectedIds;
        QString currentId;
        int scroll = -1;
        int pages = 0;
    };
    Restore m_restore;
};
