#include "UserListStatus.h"

#include "Connection.h"
#include "FilterBar.h"
#include "FrameThrottle.h"
#include "PlainText.h"
#include "UserFilterProxy.h"
#include "UserStore.h"
#include "UserTableModel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QStringList>

UserListStatus::UserListStatus(QStatusBar *bar, UserTableModel *model, UserFilterProxy *proxy,
                               FilterBar *filter)
    : QObject(bar),
      m_model(model),
      m_proxy(proxy),
      m_filter(filter),
      m_signedIn(PlainText::label(QString(), bar)),
      m_count(PlainText::label(QString(), bar)),
      m_busy(new QProgressBar(bar))
{
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    bar->addWidget(m_signedIn, 1);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_count);

    connect(model, &UserTableModel::loadingChanged, this, [this](bool loading) {
        setBusy(loading);
        update();
    });
    connect(model, &UserTableModel::totalCountChanged, this, &UserListStatus::update);
    connect(model, &UserTableModel::modelReset, this, &UserListStatus::update);
    connect(model, &UserTableModel::rowsRemoved, this, &UserListStatus::update);
    // While pages stream in, the count is a progress figure: it follows ten times a second,
    // so the status bar is laid out ten times a second rather than once a page.
    auto *progress = new FrameThrottle([this] { update(); }, this, 100);
    connect(proxy, &UserFilterProxy::rowsInserted, progress, &FrameThrottle::request);
    connect(proxy, &UserFilterProxy::layoutChanged, this, &UserListStatus::update);
}

void UserListStatus::setConnection(Connection *connection, bool listing)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    m_listing = listing;
    if (connection)
        connect(connection, &Connection::signedInUserChanged, this, &UserListStatus::showSignedInUser);
    showSignedInUser();
    update();
}

void UserListStatus::setBusy(bool busy)
{
    const bool connecting = m_connection && m_connection->state() == Connection::State::Connecting;
    m_busy->setVisible(busy || connecting || m_model->isLoading());
}

void UserListStatus::showSignedInUser()
{
    if (!m_connection || !m_connection->store() || !m_listing) {
        m_signedIn->clear();
        m_signedIn->setToolTip(QString());
        return;
    }
    const User &me = m_connection->signedInUser();
    if (!me.isValid()) {
        m_signedIn->setText(m_connection->store()->description().can(Capability::CurrentUser)
                                ? tr("Signing in…")
                                : tr("Connected to %1").arg(m_connection->profile().baseUrl.host()));
        return;
    }
    QString text = tr("Signed in as %1").arg(me.displayName());
    if (!me.email.isEmpty() && me.email != me.displayName())
        text += QStringLiteral(" <%1>").arg(me.email);
    if (!me.roles.isEmpty())
        text += QStringLiteral(" · ") + me.roles.join(QStringLiteral(", "));
    m_signedIn->setText(text);
    m_signedIn->setToolTip(PlainText::toolTip(
        tr("%1 on %2").arg(me.id, m_connection->profile().baseUrl.toString(QUrl::RemoveUserInfo))));
}

void UserListStatus::update()
{
    if (!m_listing) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const auto total = m_model->totalCount();
    QString text = total ? tr("%1 of %Ln user(s)", nullptr, int(*total)).arg(locale.toString(loaded))
                         : tr("%Ln user(s)", nullptr, loaded);
    // Where the list is narrowed: the server's search and filters choose which users are
    // loaded at all; the filter box, where the service does not search, hides loaded rows here.
    const UserQuery query = m_model->query();
    QStringList where;
    if (!query.search.isEmpty()) {
        text = tr("%1 · searched on the server").arg(text);
        where << tr("The server searched for “%1”; only the users it found are loaded.").arg(query.search);
    } else if (!query.filters.isEmpty()) {
        text = tr("%1 · filtered on the server").arg(text);
        where << tr("The server filtered the list; only the users it let through are loaded.");
    }
    if (!m_filter->localText().isEmpty()) {
        text = tr("%1 match in loaded users · %2").arg(locale.toString(m_proxy->rowCount()), text);
        where << tr("The filter box looks at the loaded users only, here; users not loaded yet are not "
                    "searched.");
    }
    if (m_model->isLoading())
        text = tr("Loading… %1").arg(text);
    m_count->setText(text);
    m_count->setToolTip(PlainText::toolTip(where.join(QLatin1Char('\n'))));
}
