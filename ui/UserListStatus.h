#pragma once

#include <QObject>
#include <QPointer>

class Connection;
class FilterBar;
class QLabel;
class QProgressBar;
class QStatusBar;
class UserFilterProxy;
class UserTableModel;

// The status bar of the user list: who is signed in, whether a page is loading, how many users
// are loaded, of how many, and how many match the filter, and where the list was narrowed: by
// the server's search or filters ("searched on the server", "filtered on the server") or by the
// filter box over the loaded users ("match in loaded users").
class UserListStatus : public QObject {
    Q_OBJECT

public:
    UserListStatus(QStatusBar *bar, UserTableModel *model, UserFilterProxy *proxy, FilterBar *filter);

    QLabel *countLabel() const { return m_count; }
    QLabel *signedInLabel() const { return m_signedIn; }

    // The connection whose signed-in admin to show (null: none); `listing` whether its users
    // are shown.
    void setConnection(Connection *connection, bool listing);
    void setBusy(bool busy);
    void update();

private:
    void showSignedInUser();

    UserTableModel *m_model;
    UserFilterProxy *m_proxy;
    FilterBar *m_filter;
    QPointer<Connection> m_connection;
    bool m_listing = false;
    QLabel *m_signedIn;
    QLabel *m_count;
    QProgressBar *m_busy;
};
