#include "SideWindows.h"

#include "ActivityDock.h"
#include "ConnectionManager.h"
#include "HistoryWindow.h"
#include "RecentlyDeletedWindow.h"
#include "UserActions.h"
#include "UserCommands.h"

#include <QAction>
#include <QMainWindow>

namespace {
void bringUp(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

SideWindows::SideWindows(QMainWindow *window, ConnectionManager *connections, UserActions *actions,
                         UserCommands *commands)
    : QObject(window),
      m_window(window),
      m_connections(connections),
      m_commands(commands),
      m_activity(new ActivityDock(connections->activityLog(), window))
{
    window->addDockWidget(Qt::BottomDockWidgetArea, m_activity);
    m_activity->hide();
    // A strip under the table, not half the window (the window's saved state may say otherwise).
    window->resizeDocks({ m_activity }, { m_activity->fontMetrics().height() * 14 }, Qt::Vertical);
    // The window's own checkable action and the dock's toggle stay one: either shows and
    // hides the panel, and the window's saved state brings it back as it was.
    QAction *activity = actions->action(UserActions::Activity);
    connect(activity, &QAction::toggled, m_activity, &QDockWidget::setVisible);
    connect(m_activity->toggleViewAction(), &QAction::toggled, activity, &QAction::setChecked);
    connect(actions->action(UserActions::History), &QAction::triggered, this, &SideWindows::showHistory);
    connect(actions->action(UserActions::RecentlyDeleted), &QAction::triggered, this,
            &SideWindows::showRecentlyDeleted);
}

HistoryWindow *SideWindows::history() const
{
    return m_history;
}

RecentlyDeletedWindow *SideWindows::recentlyDeleted() const
{
    return m_recentlyDeleted;
}

void SideWindows::showHistory()
{
    if (!m_history)
        m_history = new HistoryWindow(m_connections->auditTrail(), m_window);
    bringUp(m_history);
}

void SideWindows::showRecentlyDeleted()
{
    if (!m_recentlyDeleted) {
        m_recentlyDeleted = new RecentlyDeletedWindow(m_connections->recoveryLog(), m_connections, m_window);
        connect(m_recentlyDeleted, &RecentlyDeletedWindow::recreateRequested, m_commands,
                &UserCommands::recreate);
    }
    bringUp(m_recentlyDeleted);
}
