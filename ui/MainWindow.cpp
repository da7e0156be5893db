#include "MainWindow.h"

#include "AutoLoader.h"
#include "ConnectionManager.h"
#include "ConnectionSwitcher.h"
#include "CredentialPrompter.h"
#include "DetailsPane.h"
#include "FilterBar.h"
#include "LoadMoreBar.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SideWindows.h"
#include "UserActions.h"
#include "UserCommands.h"
#include "UserFilter.h"
#include "UserFilterProxy.h"
#include "UserListStates.h"
#include "UserListStatus.h"
#include "UserStore.h"
#include "UserTableModel.h"
#include "UserTableView.h"
#include "WelcomePage.h"
#include "WindowStateSync.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings *settings, ConnectionManager *connections, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_connections(connections),
      m_actions(new UserActions(this)),
      m_prompter(new CredentialPrompter(this)),
      m_model(new UserTableModel(this)),
      m_proxy(new UserFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Roster"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileSwitcher = new ConnectionSwitcher(m_settings, this);
    auto *connectionLabel = new QLabel(tr("Co&nnection: "), this);
    connectionLabel->setBuddy(m_profileSwitcher);
    toolbar->addWidget(connectionLabel);
    toolbar->addWidget(m_profileSwitcher);
    m_actions->buildToolBar(toolbar);
    auto *about = new QAction(tr("&About Roster"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Roster"),
            tr("<b>Roster %1</b><p>A desktop console for the users of user-management REST "
               "services.</p><p>Settings: %2</p>")
                .arg(QApplication::applicationVersion(), m_settings->fileName().toHtmlEscaped()));
    });
    m_actions->buildMenuBar(menuBar(), about);

    createWorkspace();
    createStatusBar();
    m_commands = new UserCommands(this, m_message, statusBar());
    m_commands->setSelection([this] { return selectedUser(); });
    m_stateSync = new WindowStateSync(this, m_splitter, m_view, m_settings);
    connectActions();
    new SideWindows(this, m_connections, m_actions, m_commands); // before the state is restored

    connect(m_connections, &ConnectionManager::currentChanged, this, &MainWindow::onConnectionChanged);
    connect(m_connections, &ConnectionManager::notice, this, [this](const QString &text, bool isError) {
        m_message->showMessage(text, isError ? MessageWidget::Type::Error : MessageWidget::Type::Warning);
    });
    connect(m_prompter, &CredentialPrompter::declined, this, [this](const QString &name) {
        m_message->showMessage(tr("Not signed in to \"%1\".").arg(name), MessageWidget::Type::Warning,
                               tr("Sign In"));
    });

    m_stateSync->restoreWindow();
    rebuildProfileSwitcher();
    m_actions->applyCapabilities(nullptr); // no connection yet: no user actions to offer
    showWelcome();
}

MainWindow::~MainWindow() = default;

QLabel *MainWindow::countLabel() const
{
    return m_status->countLabel();
}

QLabel *MainWindow::signedInLabel() const
{
    return m_status->signedInLabel();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createWorkspace()
{
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::addConnectionRequested, this, [this] { showSettings(true); });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcome, &WelcomePage::profileRequested, this, [this](const QString &id) {
        const ConnectionProfile profile = m_settings->profile(id);
        if (profile.isValid())
            openProfile(profile);
    });

    m_workspace = new QWidget(this);
    auto *layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 0);
    m_filterBar = new FilterBar(m_workspace);
    layout->addWidget(m_filterBar);
    // The rows the filter lets through, including any that arrived since the view last caught up.
    const auto visibleRows = [this] {
        m_proxy->flush();
        return m_proxy->rowCount();
    };
    m_autoLoader = new AutoLoader(m_model, visibleRows, this);
    m_loadMoreBar = new LoadMoreBar(m_model, m_autoLoader, visibleRows, m_workspace);
    layout->addWidget(m_loadMoreBar);

    m_proxy->setSourceModel(m_model);
    m_view = new UserTableView(m_workspace);
    m_view->setObjectName(QStringLiteral("userView"));
    m_view->setAccessibleName(tr("Users"));
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until the admin picks a column
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);

    m_details = new DetailsPane(m_workspace);
    m_details->setActions({ m_actions->action(UserActions::Edit), m_actions->action(UserActions::ToggleState),
                            m_actions->action(UserActions::ChangePassword) });
    m_splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(new UserListStates(m_view, m_model, m_proxy, m_filterBar, m_workspace));
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_message = new MessageWidget(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(m_message);
    centralLayout->addWidget(m_stack, 1);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);
    setCentralWidget(central);

    m_selectionDebounce = new QTimer(this);
    m_selectionDebounce->setSingleShot(true);
    m_selectionDebounce->setInterval(120);
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::onFilterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionDebounce,
            qOverload<>(&QTimer::start));
    connect(m_selectionDebounce, &QTimer::timeout, this, &MainWindow::onCurrentRowChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        // The actions follow the selection only after the debounce; a quick double-click on a
        // row not selected before must not find Edit still disabled.
        updateActions();
        if (m_actions->action(UserActions::Edit)->isEnabled())
            m_commands->editUser();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_view->indexAt(pos).isValid())
            m_actions->contextMenu(this)->popup(m_view->viewport()->mapToGlobal(pos));
    });

    // The selected user may have changed or gone.
    connect(m_model, &UserTableModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_model, &UserTableModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_model, &UserTableModel::errorOccurred, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Unauthorized)
            return; // the credential prompt says it
        m_message->showMessage(tr("The user list could not be loaded. %1").arg(error.toString()),
                               MessageWidget::Type::Error, tr("Retry"));
    });
    connect(m_model, &UserTableModel::pageLoaded, this, [this](int page) {
        if (page == 1) {
            m_proxy->flush(); // the columns fit the first rows, which may not be in the view yet
            fitColumns(m_view);
        }
        if (!m_pendingSelection.isEmpty())
            selectUserById(m_pendingSelection);
    });
    connect(m_message, &MessageWidget::actionTriggered, this, [this] {
        if (m_connection && m_connection->state() == Connection::State::SignedOut)
            m_connection->open(); // "Sign In" after the prompt was declined
        else
            m_model->retry();
    });
}

void MainWindow::createStatusBar()
{
    m_status = new UserListStatus(statusBar(), m_model, m_proxy, m_filterBar);
}

void MainWindow::connectActions()
{
    using A = UserActions;
    connect(m_actions->action(A::Refresh), &QAction::triggered, this, &MainWindow::reloadUsers);
    connect(m_actions->action(A::NewUser), &QAction::triggered, m_commands, &UserCommands::createUser);
    connect(m_actions->action(A::NewUsers), &QAction::triggered, m_commands,
            &UserCommands::createUsersInBatch);
    connect(m_actions->action(A::Edit), &QAction::triggered, m_commands, &UserCommands::editUser);
    connect(m_actions->action(A::ToggleState), &QAction::triggered, m_commands, &UserCommands::toggleState);
    connect(m_actions, &UserActions::stateRequested, m_commands, &UserCommands::setState);
    connect(m_actions->action(A::Delete), &QAction::triggered, m_commands, &UserCommands::deleteUser);
    connect(m_actions->action(A::DeleteByExternalId), &QAction::triggered, m_commands,
            &UserCommands::deleteByExternalId);
    connect(m_actions->action(A::ChangePassword), &QAction::triggered, m_commands,
            &UserCommands::changePassword);
    connect(m_actions->action(A::Connections), &QAction::triggered, this, [this] { showSettings(false); });
    connect(m_actions->action(A::CopyId), &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUser().id); });
    connect(m_actions->action(A::CopyEmail), &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUser().email); });
    connect(m_actions->action(A::Find), &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_actions->action(A::LoadAll), &QAction::triggered, m_model, &UserTableModel::loadAll);
    connect(m_actions->action(A::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_commands, &UserCommands::stateChangeRunning, this, &MainWindow::updateActions);
    connect(m_commands, &UserCommands::userCreated, this, &MainWindow::selectUserById);
    connect(m_profileSwitcher, &ConnectionSwitcher::profileChosen, this, &MainWindow::openProfile);
}

void MainWindow::rebuildProfileSwitcher()
{
    m_profileSwitcher->rebuild(m_connection ? m_connection->profile().id : QString());
    m_welcome->setProfiles(m_settings->profiles());
}

void MainWindow::addTransientProfile(const ConnectionProfile &profile, const QString &credential)
{
    m_profileSwitcher->addTransient(profile, credential);
}

void MainWindow::openProfile(const ConnectionProfile &profile, const QString &credential)
{
    m_message->hideMessage();
    const bool saved = m_settings->profile(profile.id).isValid();
    m_connections->open(profile, saved, credential);
}

void MainWindow::showWelcome()
{
    m_stack->setCurrentWidget(m_welcome);
    updateActions();
}

void MainWindow::showSettings(bool addNew)
{
    auto *dialog
        = new SettingsDialog(m_settings, m_connection ? m_connection->profile().id : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::credentialEntered, m_connections, &ConnectionManager::storeCredential);
    connect(dialog, &SettingsDialog::profileRemoved, m_connections, &ConnectionManager::forgetCredential);
    connect(dialog, &SettingsDialog::credentialInvalidated, m_connections,
            &ConnectionManager::forgetCredential);
    connect(dialog, &SettingsDialog::connectRequested, this,
            [this](const ConnectionProfile &profile) { openProfile(profile); });
    connect(dialog, &QDialog::finished, this, [this] { rebuildProfileSwitcher(); });
    if (addNew)
        dialog->addProfile();
    dialog->open();
}

void MainWindow::onConnectionChanged(Connection *connection)
{
    // The old connection's models and panes let go of its store before it is deleted.
    m_stateSync->saveTable();
    m_connection = connection;
    m_storeAttached = false;
    m_status->setConnection(connection, false);
    m_model->setStore(nullptr);
    m_details->setStore(nullptr);
    m_commands->setStore(nullptr);
    m_actions->applyCapabilities(nullptr);
    m_prompter->watch(connection);
    rebuildProfileSwitcher();
    if (!connection) {
        setWindowTitle(tr("Roster"));
        updateActions();
        return;
    }
    setWindowTitle(tr("%1 — Roster").arg(connection->profile().name));
    connect(connection, &Connection::stateChanged, this, &MainWindow::onConnectionState);
    onConnectionState(connection->state());
}

void MainWindow::onConnectionState(Connection::State state)
{
    if (!m_connection)
        return;
    switch (state) {
    case Connection::State::Connected:
        if (!m_storeAttached) {
            attachStore();
        } else {
            // Signed in again after the server refused the credential: pick up where the admin was.
            m_message->hideMessage();
            if (m_model->lastError().isError())
                m_model->retry();
            else if (m_model->rowCount() == 0)
                reloadUsers();
        }
        break;
    case Connection::State::Failed:
        m_message->showMessage(m_connection->stateMessage(), MessageWidget::Type::Error);
        if (!m_storeAttached)
            showWelcome();
        break;
    case Connection::State::SignedOut:
        if (!m_storeAttached)
            showWelcome();
        break;
    case Connection::State::Connecting:
    case Connection::State::AskingForCredential:
        break;
    }
    m_status->setBusy(false);
    updateActions();
}

void MainWindow::attachStore()
{
    UserStore *store = m_connection->store();
    const ConnectionProfile &profile = m_connection->profile();
    m_storeAttached = true;
    m_settings->setLastProfileId(profile.id);
    m_model->setStore(store);
    UserQuery query;
    query.pageSize = profile.pageSize;
    m_model->setQuery(query);
    m_details->setStore(store);
    m_commands->setStore(store);
    m_actions->applyCapabilities(&store->description());
    m_details->syncActionButtons();
    m_filterBar->setDescription(&store->description());
    m_filterBar->clear();
    m_proxy->setFilter(UserFilter());
    m_autoLoader->stop();
    m_stateSync->restoreTable(profile.serviceKind);
    m_stack->setCurrentWidget(m_workspace);
    m_status->setConnection(m_connection, true);
    reloadUsers();
}

void MainWindow::reloadUsers()
{
    if (!m_storeAttached)
        return;
    const User selected = selectedUser();
    if (selected.isValid())
        m_pendingSelection = selected.id;
    m_message->hideMessage();
    m_model->setQuery(m_filterBar->applyTo(m_model->query()));
    m_model->reload();
}

void MainWindow::onFilterChanged()
{
    if (!m_storeAttached)
        return;
    const UserQuery wanted = m_filterBar->applyTo(m_model->query());
    const UserQuery loaded = m_model->query();
    if (wanted.search != loaded.search || wanted.filters != loaded.filters) {
        reloadUsers(); // the server filters: back to page 1 with the new criteria
        return;
    }
    const QString local = m_filterBar->localText();
    m_proxy->setFilter(UserFilter(local));
    m_status->update();
    // A few pages are fetched to find matches further down; then the admin decides.
    if (local.isEmpty())
        m_autoLoader->stop();
    else
        m_autoLoader->restart();
}

User MainWindow::selectedUser() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return User();
    const QModelIndex source = m_proxy->mapToSource(current);
    return source.isValid() ? m_model->userAt(source.row()) : User();
}

void MainWindow::selectUserById(const QString &id)
{
    const int row = m_model->rowOfUser(id);
    if (row < 0) {
        m_pendingSelection = id; // it may arrive with a later page
        return;
    }
    m_pendingSelection.clear();
    m_proxy->flush(); // the row may have arrived since the view last caught up
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void MainWindow::onCurrentRowChanged()
{
    const User user = selectedUser();
    if (user.isValid())
        m_details->setUser(user);
    else
        m_details->clearUser();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool connected = m_storeAttached && m_connection
        && m_connection->state() == Connection::State::Connected && m_stack->currentWidget() == m_workspace;
    m_actions->update(selectedUser(), connected, m_commands->isChangingState());
    m_filterBar->setEnabled(m_storeAttached);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_stateSync->saveWindow();
    QMainWindow::closeEvent(event);
}
