#include "UserListStates.h"

#include "EmptyState.h"
#include "FilterBar.h"
#include "Theme.h"
#include "UserFilterProxy.h"
#include "UserTableModel.h"

#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

UserListStates::UserListStates(QTableView *view, UserTableModel *model, UserFilterProxy *proxy,
                               FilterBar *filter, QWidget *parent)
    : QStackedWidget(parent),
      m_view(view),
      m_model(model),
      m_proxy(proxy),
      m_filter(filter),
      m_empty(new EmptyState(QIcon(), QString(), QString(), this)),
      m_retry(new QPushButton(Theme::icon(QStringLiteral("view-refresh")), tr("&Retry"), m_empty)),
      m_clearFilter(new QPushButton(Theme::icon(QStringLiteral("edit-clear")), tr("C&lear Filter"), m_empty)),
      m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("userListStates"));
    m_empty->setObjectName(QStringLiteral("userListState"));
    m_retry->setObjectName(QStringLiteral("userListRetry"));
    m_clearFilter->setObjectName(QStringLiteral("userListClearFilter"));
    m_empty->addButton(m_retry);
    m_empty->addButton(m_clearFilter);
    // Arrows move between users; Tab goes on to the details pane instead of from cell to cell.
    view->setTabKeyNavigation(false);
    addWidget(view);
    addWidget(m_empty);

    connect(m_retry, &QPushButton::clicked, model, &UserTableModel::retry);
    connect(m_clearFilter, &QPushButton::clicked, filter, &FilterBar::reset);
    // Many signals arrive together (a page is dozens of inserted rows, Load All thousands):
    // one look once they settle.
    m_settle->setSingleShot(true);
    m_settle->setInterval(0);
    connect(m_settle, &QTimer::timeout, this, &UserListStates::refresh);
    const auto later = [this] { m_settle->start(); };
    connect(model, &UserTableModel::modelReset, this, later);
    connect(model, &UserTableModel::rowsInserted, this, later);
    connect(model, &UserTableModel::rowsRemoved, this, later);
    connect(model, &UserTableModel::loadingChanged, this, later);
    connect(model, &UserTableModel::errorOccurred, this, later);
    connect(proxy, &UserFilterProxy::modelReset, this, later);
    connect(proxy, &UserFilterProxy::rowsInserted, this, later);
    connect(proxy, &UserFilterProxy::rowsRemoved, this, later);
    connect(proxy, &UserFilterProxy::layoutChanged, this, later);
    connect(filter, &FilterBar::changed, this, later);
    refresh();
}

void UserListStates::refresh()
{
    if (!m_model->store() && !m_model->directory()) {
        showState(State::NotConnected);
        return;
    }
    if (m_model->rowCount() == 0) {
        if (m_model->isLoading())
            showState(State::Loading);
        else if (m_model->lastError().isError())
            showState(State::Failed);
        else if (m_filter->isActive())
            showState(State::NoMatch); // the server found none for the search or filters
        else
            showState(State::NoUsers);
        return;
    }
    if (m_proxy->rowCount() == 0) {
        m_proxy->flush(); // rows may have arrived since the view last caught up
        if (m_proxy->rowCount() == 0) {
            showState(State::NoMatch);
            return;
        }
    }
    showState(State::Table);
}

void UserListStates::takeFocus()
{
    m_takeFocus = true;
    m_focusWhenAsked = QApplication::focusWidget();
    refresh();
}

void UserListStates::showState(State state)
{
    // Asked to take the focus: unless the admin has put it somewhere else since.
    const bool asked = m_takeFocus && QApplication::focusWidget() == m_focusWhenAsked.data();
    const bool focusInside = asked || m_empty->isAncestorOf(focusWidget()) || m_view->hasFocus();
    m_state = state;
    m_retry->setVisible(state == State::Failed);
    m_clearFilter->setVisible(state == State::NoMatch);
    switch (state) {
    case State::Table:
        break;
    case State::NotConnected:
        m_empty->setIcon(Theme::icon(QStringLiteral("network-offline")));
        m_empty->setTitle(tr("Not connected"));
        m_empty->setText(tr("Choose a connection in the toolbar to see its users."));
        break;
    case State::Loading:
        m_empty->setIcon(Theme::icon(QStringLiteral("view-refresh")));
        m_empty->setTitle(tr("Loading users…"));
        m_empty->setText(tr("The first page is on its way from the server."));
        break;
    case State::Failed:
        m_empty->setIcon(Theme::icon(QStringLiteral("dialog-error")));
        m_empty->setTitle(tr("The users could not be loaded"));
        m_empty->setText(m_model->lastError().title());
        break;
    case State::NoUsers:
        m_empty->setIcon(Theme::icon(QStringLiteral("user-identity")));
        m_empty->setTitle(tr("No users yet"));
        m_empty->setText(tr("This service has no users. New User creates the first one."));
        break;
    case State::NoMatch:
        m_empty->setIcon(Theme::icon(QStringLiteral("edit-find")));
        m_empty->setTitle(tr("No users match"));
        m_empty->setText(tr("No user matches the search or filters. Clear them to see every user."));
        break;
    }
    QWidget *page = state == State::Table ? static_cast<QWidget *>(m_view) : m_empty;
    m_empty->setAccessibleName(state == State::Table ? QString() : m_empty->title());
    if (currentWidget() != page || asked) {
        setCurrentWidget(page);
        // Keyboard focus follows: it never stays on a hidden table.
        QWidget *target = !focusInside   ? nullptr
            : page == m_view             ? static_cast<QWidget *>(m_view)
            : m_retry->isVisible()       ? m_retry
            : m_clearFilter->isVisible() ? m_clearFilter
                                         : nullptr;
        if (target) {
            target->setFocus();
            m_takeFocus = false;
        }
    }
    // A request to take the focus waits (through "Loading") until a page can take it, or until
    // the admin puts the focus somewhere else.
    if (!asked)
        m_takeFocus = false;
}
