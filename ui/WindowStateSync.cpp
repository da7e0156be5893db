#include "WindowStateSync.h"

#include "ScreenFit.h"
#include "Settings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>

WindowStateSync::WindowStateSync(QMainWindow *window, QSplitter *splitter, QTableView *table,
                                 Settings *settings)
    : QObject(window), m_window(window), m_splitter(splitter), m_table(table), m_settings(settings)
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
    saveTable();
    m_settings->sync();
}

void WindowStateSync::restoreTable(const QString &serviceKind)
{
    m_serviceKind = serviceKind;
    m_table->horizontalHeader()->restoreState(m_settings->userTableHeaderState(serviceKind));
}

void WindowStateSync::saveTable()
{
    if (!m_serviceKind.isEmpty())
        m_settings->setUserTableHeaderState(m_serviceKind, m_table->horizontalHeader()->saveState());
}
