#include "MainWindow.h"

#include "BulkCommands.h"
#include "CertificatePrompter.h"
#include "ConnectionManager.h"
#include "ConnectionSwitcher.h"
#include "CredentialPrompter.h"
#include "DetailsPane.h"
#include "FilterBar.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SideWindows.h"
#include "TransferCommands.h"
#include "UserActions.h"
#include "UserCommands.h"
#include "UserListPane.h"
#include "UserListStatus.h"
#include "UserStore.h"
#include "UserTableModel.h"
#include "WelcomePage.h"
#include "WindowStateSync.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings *settings, ConnectionManager *connections, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_connections(connections),
      m_actions(new UserActions(this)),
      m_prompter(new CredentialPrompter(this)),
      m_bulk(new BulkCommands(this)),
      m_transfer(new TransferCommands(this)),
      m_certificatePrompter(new CertificatePrompter(this, settings))
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
    m_actions->buildMenuBar(menuBar(), about, m_bulk->actions(),
                            { m_transfer->importAction(), m_transfer->exportAction() });

    createWorkspace();
    createStatusBar();
    m_commands = new UserCommands(this, m_message, statusBar());
    m_commands->setSelection([this] { return selectedUser(); });
    m_bulk->setSelection([this] { return m_list->selectedUsers(); });
    m_transfer->setKnownUsers([this] { return m_list->loadedUsers(); });
    m_transfer->setExportSource([this] { return m_list->exportSource(); });
    m_stateSync = new WindowStateSync(this, m_splitter, m_list, m_details, m_settings);
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

UserTableModel *MainWindow::userModel() const
{
    return m_list->model();
}

QTableView *MainWindow::userView() const
{
    return m_list->view();
}

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
    m_list = new UserListPane(m_workspace);
    m_model = m_list->model();
    m_view = m_list->view();
    m_filterBar = m_list->filterBar();
    m_view->addActions(
        { m_actions->action(UserActions::CopyRows), m_actions->action(UserActions::SelectAll) });

    m_details = new DetailsPane(m_workspace);
    m_details->setActions({ m_actions->action(UserActions::Edit), m_actions->action(UserActions::ToggleState),
                            m_actions->action(UserActions::ChangePassword) });
    m_splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
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

    connect(m_list, &UserListPane::currentUserChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_list, &UserListPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_list, &UserListPane::userActivated, this, [this] {
        // The actions follow the current row only once it settles; Enter or a quick
        // double-click on a row not selected before must not find Edit still disabled.
        updateActions();
        if (m_actions->action(UserActions::Edit)->isEnabled())
            m_commands->editUser();
    });
    connect(m_list, &UserListPane::contextMenuRequested, this, [this](const QPoint &globalPos) {
        updateActions();
        m_actions->contextMenu(this, m_list->selectedCount(), m_bulk->actions())->popup(globalPos);
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
    connect(m_message, &MessageWidget::actionTriggered, this, [this] {
        if (m_connection && m_connection->state() == Connection::State::SignedOut)
            m_connection->open(); // "Sign In" after the prompt was declined
        else
            m_model->retry();
    });
}

void MainWindow::createStatusBar()
{
    m_status = new UserListStatus(statusBar(), m_model, m_list->proxy(), m_filterBar);
    connect(m_list, &UserListPane::filterChanged, m_status, &UserListStatus::update);
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
    connect(m_actions->action(A::Delete), &QAction::triggered, this, [this] {
        if (m_list->selectedCount() > 1)
            m_bulk->remove(); // asks once, naming them
        else
            m_commands->deleteUser();
    });
    connect(m_actions->action(A::DeleteByExternalId), &QAction::triggered, m_commands,
            &UserCommands::deleteByExternalId);
    connect(m_actions->action(A::ChangePassword), &QAction::triggered, m_commands,
            &UserCommands::changePassword);
    connect(m_actions->action(A::Connections), &QAction::triggered, this, [this] { showSettings(false); });
    connect(m_actions->action(A::CopyId), &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUser().id); });
    connect(m_actions->action(A::CopyEmail), &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUser().email); });
    connect(m_actions->action(A::CopyRows), &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(m_list->selectionAsText()); });
    connect(m_actions->action(A::SelectAll), &QAction::triggered, m_view, &QTableView::selectAll);
    connect(m_actions->action(A::Find), &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_actions->action(A::LoadAll), &QAction::triggered, m_model, &UserTableModel::loadAll);
    connect(m_actions->action(A::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_commands, &UserCommands::stateChangeRunning, this, &MainWindow::updateActions);
    connect(m_commands, &UserCommands::userCreated, m_list, &UserListPane::selectUser);
    connect(m_bulk, &BulkCommands::finished, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 8000); });
    connect(m_transfer, &TransferCommands::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
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
    m_stateSync->saveList();
    m_connection = connection;
    m_storeAttached = false;
    m_status->setConnection(connection, false);
    m_list->detach();
    m_details->setStore(nullptr);
    m_commands->setStore(nullptr);
    m_bulk->setStore(nullptr);
    m_transfer->setStore(nullptr);
    m_actions->applyCapabilities(nullptr);
    m_prompter->watch(connection);
    m_certificatePrompter->watch(connection);
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
                m_list->reload();
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
    case Connection::State::AskingToTrustCertificate:
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
    const bool saved = m_settings->profile(profile.id).isValid();
    if (saved)
        m_settings->setLastProfileId(profile.id);
    m_details->setStore(store);
    m_commands->setStore(store);
    m_bulk->setStore(store);
    m_transfer->setStore(store);
    m_bulk->setConcurrency(profile.concurrentRequests);
    m_transfer->setConcurrency(profile.concurrentRequests);
    m_model->setPagesInFlight(profile.concurrentRequests);
    m_transfer->setSuggestedName(profile.name);
    m_actions->applyCapabilities(&store->description());
    m_details->syncActionButtons();
    const ListState state = m_stateSync->listStateFor(profile);
    m_stateSync->follow(profile, saved);
    m_list->attach(store, profile.pageSize, state);
    m_details->showTab(state.detailsTab);
    // Chosen from the toolbar or the welcome page, the connection's users get the keyboard, as
    // an unlocked database's entries do in KeePassXC; focus already in the list stays where it is.
    const bool focusElsewhere = !m_workspace->isAncestorOf(QApplication::focusWidget());
    m_stack->setCurrentWidget(m_workspace);
    if (focusElsewhere)
        m_list->takeFocus();
    m_status->setConnection(m_connection, true);
    m_status->update();
}

void MainWindow::reloadUsers()
{
    m_message->hideMessage();
    m_list->reload();
}

User MainWindow::selectedUser() const
{
    return m_list->currentUser();
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
    const int selected = m_list->selectedCount();
    m_actions->update(selectedUser(), selected, connected, m_commands->isChangingState());
    m_bulk->update(connected ? selected : 0, connected ? &m_connection->store()->description() : nullptr);
    m_transfer->update(connected, connected ? &m_connection->store()->description() : nullptr);
    m_filterBar->setEnabled(m_storeAttached);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_stateSync->saveWindow();
    QMainWindow::closeEvent(event);
}
