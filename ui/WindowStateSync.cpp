#include "WindowStateSync.h"

#include "ConnectionProfile.h"
#include "DetailsPane.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "UserListPane.h"

#include <QMainWindow>
#include <QSplitter>

WindowStateSync::WindowStateSync(QMainWindow *window, QSplitter *splitter, UserListPane *list,
                                 DetailsPane *details, Settings *settings)
    : QObject(window),
      m_window(window),
      m_splitter(splitter),
      m_list(list),
      m_details(details),
      m_settings(settings)
{
}

void WindowStateSync::restoreWindow()
{
    if (!m_window->restoreGeometry(m_settings->mainWindowGeometry()))
        ScreenFit::resize(m_window, QSize(1200, 760));
    m_window->restoreState(m_settings->mainWindowState());
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({ 760, 440 });
}

void WindowStateSync::saveWindow()
{
    m_settings->setMainWindowGeometry(m_window->saveGeometry());
    m_settings->setMainWindowState(m_window->saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    saveList();
    m_settings->sync();
}

ListState WindowStateSync::listStateFor(const ConnectionProfile &profile) const
{
    ListState state
        = m_settings->profile(profile.id).isValid() ? m_settings->listState(profile.id) : ListState();
    if (state.header.isEmpty())
        state.header = m_settings->userTableHeaderState(profile.serviceKind);
    return state;
}

void WindowStateSync::follow(const ConnectionProfile &profile, bool remember)
{
    saveList();
    m_profileId = remember ? profile.id : QString();
    m_serviceKind = profile.serviceKind;
}

void WindowStateSync::saveList()
{
    if (m_profileId.isEmpty() || !m_list->isAttached())
        return;
    ListState state = m_list->state();
    state.detailsTab = m_details->currentTabName();
    m_settings->setListState(m_profileId, state);
    m_settings->setUserTableHeaderState(m_serviceKind, state.header);
}
