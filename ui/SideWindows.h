#pragma once

#include <QObject>
#include <QPointer>

class ActivityDock;
class ConnectionManager;
class HistoryWindow;
class QMainWindow;
class RecentlyDeletedWindow;
class UserActions;
class UserCommands;

// The windows beside the user table, wired to the window's actions: History and Recently
// Deleted (each opened once and reused), and the Activity panel docked at the bottom, hidden
// until asked for. They read the shared files and log from the ConnectionManager; re-creating
// a deleted user goes through the window's commands, like any other create.
class SideWindows : public QObject {
    Q_OBJECT

public:
    // Call before the window restores its state, so the dock's visibility is restored too.
    SideWindows(QMainWindow *window, ConnectionManager *connections, UserActions *actions,
                UserCommands *commands);

    void showHistory();
    void showRecentlyDeleted();

    // Null until first opened.
    HistoryWindow *history() const;
    RecentlyDeletedWindow *recentlyDeleted() const;
    ActivityDock *activityDock() const { return m_activity; }

private:
    QMainWindow *m_window;
    ConnectionManager *m_connections;
    UserCommands *m_commands;
    QPointer<HistoryWindow> m_history;
    QPointer<RecentlyDeletedWindow> m_recentlyDeleted;
    ActivityDock *m_activity;
};
