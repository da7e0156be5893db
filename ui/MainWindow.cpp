#include "MainWindow.h"

#include "AutoLoader.h"
#include "BatchCreateDialog.h"
#include "ChangePasswordDialog.h"
#include "ConnectionController.h"
#include "CredentialDialog.h"
#include "DetailsPane.h"
#include "LoadMoreBar.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "UiLogging.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Filters the loaded rows on every visible column, case- and accent-insensitively enough for
// names such as "Zoë" typed as "zoe" by a hurried admin.
class UserFilterProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_needle = fold(text.trimmed());
        invalidateFilter();
    }

    // While a filter hides rows, the view must not fetch pages on its own: an empty filtered
    // view would ask for page after page. The AutoLoader spends a bounded budget instead.
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return m_needle.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (m_needle.isEmpty())
            QSortFilterProxyModel::fetchMore(parent);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_needle.isEmpty())
            return true;
        const QAbstractItemModel *model = sourceModel();
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            const QString text
                = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
            if (fold(text).contains(m_needle))
                return true;
        }
        return false;
    }

private:
    static QString fold(const QString &text)
    {
        QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
        decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        return decomposed;
    }

    QString m_needle;
};
} // namespace

MainWindow::MainWindow(Settings *settings, ConnectionController *controller, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_controller(controller), m_model(new UserTableModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Roster"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));
    createActions();
    createToolBar();
    createWorkspace();
    createStatusBar();

    connect(m_controller, &ConnectionController::connected, this, &MainWindow::onConnected);
    connect(m_controller, &ConnectionController::disconnected, this, &MainWindow::onDisconnected);
    connect(m_controller, &ConnectionController::credentialNeeded, this, &MainWindow::onCredentialNeeded);
    connect(m_controller, &ConnectionController::notice, this, [this](const QString &text, bool isError) {
        m_message->showMessage(text, isError ? MessageWidget::Type::Error : MessageWidget::Type::Warning);
        if (isError && !m_directory)
            m_stack->setCurrentWidget(m_welcome);
    });

    if (!restoreGeometry(m_settings->mainWindowGeometry()))
        resize(1200, 760);
    restoreState(m_settings->mainWindowState());
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({ 760, 440 });
    rebuildProfileSwitcher();
    applyCapabilities(); // no connection yet: no user actions to offer
    showWelcome();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon,
                             const QKeySequence &shortcut) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        if (!shortcut.isEmpty())
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    m_refreshAction = make(QStringLiteral("refreshAction"), tr("Refresh"), QStyle::SP_BrowserReload,
                           QKeySequence::Refresh);
    m_newAction = make(QStringLiteral("newUserAction"), tr("New User…"), QStyle::SP_FileDialogNewFolder,
                       QKeySequence::New);
    m_editAction = make(QStringLiteral("editUserAction"), tr("Edit…"), QStyle::SP_FileDialogDetailedView,
                        QKeySequence(Qt::Key_F2));
    m_toggleAction = make(QStringLiteral("toggleStateAction"), tr("Deactivate"), QStyle::SP_MediaPause,
                          QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction
        = make(QStringLiteral("deleteUserAction"), tr("Delete…"), QStyle::SP_TrashIcon, QKeySequence::Delete);
    m_batchAction = make(QStringLiteral("batchCreateAction"), tr("New Users…"),
                         QStyle::SP_FileDialogNewFolder, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_deleteExternalAction = make(QStringLiteral("deleteByExternalIdAction"), tr("Delete by External ID…"),
                                  QStyle::SP_TrashIcon, QKeySequence());
    m_passwordAction = make(QStringLiteral("changePasswordAction"), tr("Change Password…"),
                            QStyle::SP_DialogResetButton, QKeySequence());
    m_stateMenu = new QMenu(tr("Set State"), this);
    m_stateMenu->setObjectName(QStringLiteral("stateMenu"));
    m_stateMenu->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_stateMenu->menuAction()->setObjectName(QStringLiteral("setStateAction"));
    m_settingsAction = make(QStringLiteral("settingsAction"), tr("Connections…"), QStyle::SP_ComputerIcon,
                            QKeySequence::Preferences);
    m_copyIdAction = make(QStringLiteral("copyIdAction"), tr("Copy ID"), QStyle::SP_FileIcon, QKeySequence());
    m_copyEmailAction
        = make(QStringLiteral("copyEmailAction"), tr("Copy Email"), QStyle::SP_FileIcon, QKeySequence());
    m_filterAction = make(QStringLiteral("filterAction"), tr("Find"), QStyle::SP_FileDialogContentsView,
                          QKeySequence::Find);

    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reloadUsers);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::createUser);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editUser);
    connect(m_toggleAction, &QAction::triggered, this, &MainWindow::toggleState);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteUser);
    connect(m_batchAction, &QAction::triggered, this, &MainWindow::createUsersInBatch);
    connect(m_deleteExternalAction, &QAction::triggered, this, &MainWindow::deleteByExternalId);
    connect(m_passwordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_settingsAction, &QAction::triggered, this, [this] { showSettings(false); });
    connect(m_copyIdAction, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUser().id); });
    connect(m_copyEmailAction, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUser().email); });
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&Connection"));
    fileMenu->addAction(m_settingsAction);
    fileMenu->addAction(m_refreshAction);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    QMenu *userMenu = menuBar()->addMenu(tr("&User"));
    userMenu->addActions({ m_newAction, m_batchAction, m_editAction, m_toggleAction });
    userMenu->addMenu(m_stateMenu);
    userMenu->addActions({ m_passwordAction, m_deleteAction, m_deleteExternalAction });
    userMenu->addSeparator();
    userMenu->addActions({ m_copyIdAction, m_copyEmailAction, m_filterAction });
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Roster"), this, [this] {
        QMessageBox::about(
            this, tr("About Roster"),
            tr("<b>Roster %1</b><p>A desktop console for the users of user-management REST "
               "services.</p><p>Settings: %2</p>")
                .arg(QApplication::applicationVersion(), m_settings->fileName().toHtmlEscaped()));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_profileSwitcher = new QComboBox(this);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Connection"));
    m_profileSwitcher->setToolTip(tr("Switch connection"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileSwitcher->setMinimumContentsLength(16);
    auto *connectionLabel = new QLabel(tr("Connection: "), this);
    connectionLabel->setBuddy(m_profileSwitcher);
    toolbar->addWidget(connectionLabel);
    toolbar->addWidget(m_profileSwitcher);
    toolbar->addAction(m_settingsAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_batchAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_toggleAction);
    toolbar->addAction(m_stateMenu->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_stateMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addAction(m_deleteAction);

    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileSwitcher->itemData(index).toString();
        if (id == m_profile.id && m_directory)
            return;
        for (const auto &[profile, credential] : std::as_const(m_transientProfiles)) {
            if (profile.id == id) {
                openProfile(profile, credential);
                return;
            }
        }
        const ConnectionProfile saved = m_settings->profile(id);
        if (saved.isValid())
            openProfile(saved);
    });
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
    m_filter = new QLineEdit(m_workspace);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter users"));
    m_filter->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_filterBar = new QWidget(m_workspace);
    m_autoLoader = new AutoLoader(
        m_model, [this] { return m_proxy->rowCount(); }, this);
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filter, 1);
    layout->addWidget(m_filterBar);

    m_proxy = new UserFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UserTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(m_workspace);
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
    m_details->setActions({ m_editAction, m_toggleAction, m_passwordAction });

    m_splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_loadMoreBar = new LoadMoreBar(
        m_model, m_autoLoader, [this] { return m_proxy->rowCount(); }, m_workspace);
    layout->addWidget(m_loadMoreBar);
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

    m_filterDebounce = new QTimer(this);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(300);
    m_selectionDebounce = new QTimer(this);
    m_selectionDebounce->setSingleShot(true);
    m_selectionDebounce->setInterval(120);

    connect(m_filter, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this, &MainWindow::onFilterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionDebounce,
            qOverload<>(&QTimer::start));
    connect(m_selectionDebounce, &QTimer::timeout, this, &MainWindow::onCurrentRowChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            editUser();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_details, &DetailsPane::userFetched, this, [this](const User &user) {
        m_model->updateUser(user);
        updateActions();
    });

    connect(m_model, &UserTableModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        updateCount();
    });
    connect(m_model, &UserTableModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &UserTableModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &UserTableModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_model, &UserTableModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QSortFilterProxyModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_model, &UserTableModel::errorOccurred, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Unauthorized)
            return; // the credential prompt says it
        m_message->showMessage(tr("The user list could not be loaded. %1").arg(error.toString()),
                               MessageWidget::Type::Error, tr("Retry"));
    });
    connect(m_message, &MessageWidget::actionTriggered, this, [this] { m_model->retry(); });
    connect(m_model, &UserTableModel::pageLoaded, this, [this](int page) {
        if (page == 1)
            fitColumns(m_view);
        if (!m_pendingSelection.isEmpty())
            selectUserById(m_pendingSelection);
    });
}

void MainWindow::createStatusBar()
{
    m_signedInLabel = PlainText::label(QString(), this);
    m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
    m_countLabel = PlainText::label(QString(), this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    statusBar()->addWidget(m_signedInLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::rebuildProfileSwitcher()
{
    m_profileSwitcher->clear();
    const QList<ConnectionProfile> saved = m_settings->profiles();
    for (const auto &[profile, credential] : std::as_const(m_transientProfiles))
        m_profileSwitcher->addItem(profile.name, profile.id);
    for (const ConnectionProfile &profile : saved)
        m_profileSwitcher->addItem(profile.name, profile.id);
    if (m_profileSwitcher->count() == 0)
        m_profileSwitcher->addItem(tr("No connection"), QString());
    const int index = m_profileSwitcher->findData(m_profile.id);
    m_profileSwitcher->setCurrentIndex(qMax(0, index));
    m_welcome->setProfiles(saved);
}

void MainWindow::addTransientProfile(const ConnectionProfile &profile, const QString &credential)
{
    m_transientProfiles.append({ profile, credential });
    rebuildProfileSwitcher();
}

void MainWindow::openProfile(const ConnectionProfile &profile, const QString &credential)
{
    m_message->hideMessage();
    m_profile = profile;
    rebuildProfileSwitcher();
    m_controller->open(profile, credential);
}

void MainWindow::showWelcome()
{
    m_stack->setCurrentWidget(m_welcome);
    updateActions();
}

void MainWindow::showSettings(bool addNew)
{
    auto *dialog = new SettingsDialog(m_settings, m_profile.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::credentialEntered, m_controller, &ConnectionController::storeCredential);
    connect(dialog, &SettingsDialog::profileRemoved, m_controller, &ConnectionController::forgetCredential);
    connect(dialog, &SettingsDialog::credentialInvalidated, m_controller,
            &ConnectionController::forgetCredential);
    connect(dialog, &SettingsDialog::connectRequested, this,
            [this](const ConnectionProfile &profile) { openProfile(profile); });
    connect(dialog, &QDialog::finished, this, [this] { rebuildProfileSwitcher(); });
    if (addNew)
        dialog->addProfile();
    dialog->open();
}

void MainWindow::onConnected(UserDirectory *directory, const ConnectionProfile &profile)
{
    if (directory == m_directory) {
        // A new credential for the open connection: pick up where the admin was.
        m_message->hideMessage();
        if (m_model->lastError().isError())
            m_model->retry();
        else if (m_model->rowCount() == 0)
            reloadUsers();
        loadCurrentUser();
        return;
    }
    m_directory = directory;
    m_profile = profile;
    setWindowTitle(tr("%1 — Roster").arg(profile.name));
    m_settings->setLastProfileId(profile.id);
    rebuildProfileSwitcher();
    m_model->setDirectory(directory);
    UserQuery query;
    query.pageSize = profile.pageSize;
    m_model->setQuery(query);
    m_view->horizontalHeader()->restoreState(m_settings->userTableHeaderState(profile.serviceKind));
    m_details->setDirectory(directory);
    applyCapabilities();
    m_stack->setCurrentWidget(m_workspace);
    m_filter->clear();
    updateActions();
    reloadUsers();
    loadCurrentUser();
}

void MainWindow::onDisconnected()
{
    if (m_directory)
        m_settings->setUserTableHeaderState(m_profile.serviceKind, m_view->horizontalHeader()->saveState());
    m_directory.clear();
    m_model->setDirectory(nullptr);
    m_details->setDirectory(nullptr);
    m_signedInLabel->clear();
    applyCapabilities();
}

void MainWindow::onCredentialNeeded(const ConnectionProfile &profile, const QString &reason)
{
    const ServiceKind *kind = ServiceRegistry::find(profile.serviceKind);
    const QString label = kind ? kind->authMethod(profile.authMethod).credentialLabel : QString();
    // A connection that is not saved (--connect, the demo) has no keychain entry to come back to.
    const bool saved = m_settings->profile(profile.id).isValid();
    auto *dialog = new CredentialDialog(profile.name, label.isEmpty() ? tr("Credential") : label, reason,
                                        m_controller->isKeychainAvailable() && saved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_controller->provideCredential(dialog->credential(), dialog->remember()); });
    connect(dialog, &QDialog::rejected, this, [this, name = profile.name] {
        m_controller->declineCredential();
        m_message->showMessage(tr("Not signed in to \"%1\".").arg(name), MessageWidget::Type::Warning);
        if (!m_directory)
            showWelcome();
    });
    dialog->open();
}

void MainWindow::applyCapabilities()
{
    const ServiceDescription *description = m_directory ? &m_directory->description() : nullptr;
    const auto can
        = [description](Capability capability) { return description && description->can(capability); };
    m_newAction->setVisible(can(Capability::CreateUser));
    m_editAction->setVisible(can(Capability::UpdateUser));
    m_toggleAction->setVisible(can(Capability::ToggleState));
    m_deleteAction->setVisible(can(Capability::DeleteUser));
    m_batchAction->setVisible(can(Capability::BatchCreate));
    m_deleteExternalAction->setVisible(can(Capability::DeleteByExternalId));
    m_passwordAction->setVisible(can(Capability::ChangePassword));
    // More than two states: the toggle keeps its quick flip and a menu offers each state.
    m_stateMenu->clear();
    const QList<UserState> states = description ? description->states : QList<UserState>();
    m_stateMenu->menuAction()->setVisible(can(Capability::ToggleState) && states.size() > 2);
    for (UserState state : states) {
        QAction *action = m_stateMenu->addAction(UserStates::label(state));
        action->setData(int(state));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this,
                [this, action] { setState(UserState(action->data().toInt())); });
    }
    m_details->syncActionButtons();
    rebuildFilterBar();
    m_filter->setPlaceholderText(can(Capability::ServerSearch)
                                     ? tr("Search users on the server")
                                     : tr("Filter loaded users (name, email, role…)"));
    updateActions();
}

void MainWindow::loadCurrentUser()
{
    if (!m_directory || !m_directory->description().can(Capability::CurrentUser)) {
        m_signedInLabel->setText(tr("Connected to %1").arg(m_profile.baseUrl.host()));
        return;
    }
    if (m_meCall)
        m_meCall->cancel();
    m_signedInLabel->setText(tr("Signing in…"));
    m_meCall = m_directory->fetchCurrentUser(this, [this](const Result<User> &result) {
        if (!result) {
            m_signedInLabel->setText(tr("Signed-in user unknown: %1").arg(result.error().title()));
            return;
        }
        const User &me = result.value();
        QString text = tr("Signed in as %1").arg(me.displayName());
        if (!me.email.isEmpty() && me.email != me.displayName())
            text += QStringLiteral(" <%1>").arg(me.email);
        if (!me.roles.isEmpty())
            text += QStringLiteral(" · ") + me.roles.join(QStringLiteral(", "));
        m_signedInLabel->setText(text);
        m_signedInLabel->setToolTip(
            PlainText::toolTip(tr("%1 on %2").arg(me.id, m_profile.baseUrl.toString(QUrl::RemoveUserInfo))));
    });
}

UserQuery MainWindow::currentQuery() const
{
    UserQuery query = m_model->query();
    query.page = 1;
    query.search = m_directory && m_directory->description().can(Capability::ServerSearch)
        ? m_filter->text().trimmed()
        : QString();
    query.filters.clear();
    for (const auto &[spec, widget] : m_serverFilters) {
        QString value;
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            value = combo->currentData().toString();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            value = line->text().trimmed();
        if (!value.isEmpty())
            query.filters.insert(spec.field, value);
    }
    return query;
}

void MainWindow::reloadUsers()
{
    if (!m_directory)
        return;
    const User selected = selectedUser();
    if (selected.isValid())
        m_pendingSelection = selected.id;
    m_message->hideMessage();
    m_model->setQuery(currentQuery());
    m_model->reload();
}

void MainWindow::onFilterChanged()
{
    if (!m_directory)
        return;
    const UserQuery wanted = currentQuery();
    const UserQuery loaded = m_model->query();
    if (wanted.search != loaded.search || wanted.filters != loaded.filters) {
        reloadUsers(); // the server filters: back to page 1 with the new criteria
        return;
    }
    const bool localFilter
        = !m_directory->description().can(Capability::ServerSearch) && !m_filter->text().trimmed().isEmpty();
    static_cast<UserFilterProxy *>(m_proxy)->setText(localFilter ? m_filter->text() : QString());
    updateCount();
    // A few pages are fetched to find matches further down; then the admin decides.
    if (localFilter)
        m_autoLoader->restart();
    else
        m_autoLoader->stop();
}

void MainWindow::rebuildFilterBar()
{
    for (const auto &[spec, widget] : std::as_const(m_serverFilters))
        delete widget;
    m_serverFilters.clear();
    if (!m_directory)
        return;
    auto *layout = static_cast<QHBoxLayout *>(m_filterBar->layout());
    const QList<FieldSpec> filters = m_directory->description().filterFields;
    for (const FieldSpec &spec : filters) {
        QWidget *widget = nullptr;
        if (spec.editor == FieldSpec::Editor::Choice) {
            auto *combo = new QComboBox(m_filterBar);
            combo->addItem(spec.placeholder, QString());
            for (const QString &choice : spec.choices) {
                // A state filter offers UserStates keys; the admin reads the translated word.
                combo->addItem(spec.field == UserField::State ? UserStates::label(UserStates::fromKey(choice))
                                                              : choice,
                               choice);
            }
            connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);
            widget = combo;
        } else {
            auto *line = new QLineEdit(m_filterBar);
            line->setPlaceholderText(spec.placeholder);
            line->setClearButtonEnabled(true);
            line->setMaximumWidth(240);
            connect(line, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
            widget = line;
        }
        widget->setObjectName(UserFields::key(spec.field) + QStringLiteral("Filter"));
        widget->setAccessibleName(tr("Filter by %1").arg(UserFields::label(spec.field)));
        widget->setToolTip(tr("Filter by %1 (on the server)").arg(UserFields::label(spec.field).toLower()));
        layout->addWidget(widget);
        m_serverFilters.append({ spec, widget });
    }
}

void MainWindow::updateCount()
{
    if (!m_directory) {
        m_countLabel->clear();
        return;
    }
    const int loaded = m_model->rowCount();
    const auto total = m_model->totalCount();
    QString text = total ? tr("%1 of %2 users").arg(QLocale().toString(loaded), QLocale().toString(*total))
                         : tr("%1 users").arg(QLocale().toString(loaded));
    if (!m_filter->text().isEmpty() && !m_directory->description().can(Capability::ServerSearch))
        text = tr("%1 match · %2 loaded").arg(QLocale().toString(m_proxy->rowCount()), text);
    if (m_model->isLoading())
        text = tr("Loading… %1").arg(text);
    m_countLabel->setText(text);
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
    if (row < 0)
        return;
    m_pendingSelection.clear();
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
    const User user = selectedUser();
    const bool connected = m_directory && m_stack->currentWidget() == m_workspace;
    const bool hasUser = connected && user.isValid();
    m_refreshAction->setEnabled(connected);
    m_newAction->setEnabled(connected);
    m_editAction->setEnabled(hasUser);
    m_deleteAction->setEnabled(hasUser);
    m_copyIdAction->setEnabled(hasUser);
    m_copyEmailAction->setEnabled(hasUser && !user.email.isEmpty());
    m_filter->setEnabled(connected);
    const bool active = user.state != UserState::Inactive && user.state != UserState::Suspended;
    m_toggleAction->setText(active ? tr("Deactivate") : tr("Activate"));
    m_toggleAction->setIcon(style()->standardIcon(active ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_toggleAction->setEnabled(hasUser && user.state != UserState::Unknown && !m_stateCall);
    m_stateMenu->setEnabled(m_toggleAction->isEnabled());
    const QList<QAction *> stateActions = m_stateMenu->actions();
    for (QAction *action : stateActions)
        action->setChecked(hasUser && UserState(action->data().toInt()) == user.state);
    m_passwordAction->setEnabled(hasUser);
    m_batchAction->setEnabled(connected);
    m_deleteExternalAction->setEnabled(connected);
}

void MainWindow::createUser()
{
    if (!m_directory)
        return;
    auto *dialog = new UserEditDialog(UserEditDialog::Mode::Create, m_directory, User(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditDialog::userSaved, this, [this](const User &user) {
        m_model->addUser(user);
        selectUserById(user.id);
        statusBar()->showMessage(tr("Created %1.").arg(user.displayName()), 5000);
    });
    dialog->open();
}

void MainWindow::editUser()
{
    const User user = selectedUser();
    if (!m_directory || !user.isValid())
        return;
    auto *dialog = new UserEditDialog(UserEditDialog::Mode::Edit, m_directory, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditDialog::userSaved, this, [this](const User &saved) {
        m_model->updateUser(saved);
        m_details->refreshUser(saved);
        updateActions();
        statusBar()->showMessage(tr("Saved %1.").arg(saved.displayName()), 5000);
    });
    dialog->open();
}

void MainWindow::toggleState()
{
    const User user = selectedUser();
    const bool active = user.state != UserState::Inactive && user.state != UserState::Suspended;
    setState(active ? UserState::Inactive : UserState::Active);
}

void MainWindow::setState(UserState target)
{
    const User user = selectedUser();
    if (!m_directory || !user.isValid() || m_stateCall || user.state == target)
        return;
    m_stateCall = m_directory->setUserState(
        user, target, this, [this, name = user.displayName()](const Result<User> &result) {
            m_stateCall.clear();
            if (!result) {
                showError(result.error());
                updateActions();
                return;
            }
            // The table shows what the server answered, not what was asked for.
            m_model->updateUser(result.value());
            m_details->refreshUser(result.value());
            statusBar()->showMessage(
                tr("%1 is now %2.").arg(name, result.value().value(UserField::State).toString()), 5000);
            updateActions();
        });
    updateActions();
}

void MainWindow::createUsersInBatch()
{
    if (!m_directory)
        return;
    auto *dialog = new BatchCreateDialog(m_directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchCreateDialog::usersCreated, this, [this](const QList<User> &users) {
        for (const User &user : users)
            m_model->addUser(user);
        statusBar()->showMessage(tr("Created %n user(s).", nullptr, int(users.size())), 5000);
    });
    dialog->open();
}

void MainWindow::changePassword()
{
    const User user = selectedUser();
    if (!m_directory || !user.isValid())
        return;
    auto *dialog = new ChangePasswordDialog(m_directory, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this](const User &changed) {
        statusBar()->showMessage(tr("Changed the password of %1.").arg(changed.displayName()), 5000);
    });
    dialog->open();
}

void MainWindow::deleteByExternalId()
{
    if (!m_directory)
        return;
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Delete by External ID"));
    input->setLabelText(tr("External ID of the user to delete permanently:"));
    input->setOkButtonText(tr("Delete"));
    const User selected = selectedUser();
    input->setTextValue(selected.externalId);
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &value) {
        const QString externalId = value.trimmed();
        if (externalId.isEmpty() || !m_directory)
            return;
        m_directory->deleteUserByExternalId(externalId, this, [this, externalId](const Result<Done> &result) {
            if (!result) {
                showError(result.error());
                return;
            }
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->userAt(row).externalId == externalId) {
                    m_model->removeUser(m_model->userAt(row).id);
                    break;
                }
            }
            statusBar()->showMessage(tr("Deleted the user with external ID %1.").arg(externalId), 5000);
        });
    });
    input->open();
}

void MainWindow::deleteUser()
{
    const User user = selectedUser();
    if (!m_directory || !user.isValid())
        return;
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Delete User"),
                          tr("Delete %1 permanently?").arg(user.displayName()), QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // the name is the server's
    box->setInformativeText(tr("The server removes the account; this cannot be undone from Roster."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, user] {
        if (box->clickedButton() != confirm || !m_directory)
            return;
        m_directory->deleteUser(user, this, [this, user](const Result<Done> &result) {
            if (!result) {
                showError(result.error());
                return;
            }
            m_model->removeUser(user.id);
            statusBar()->showMessage(tr("Deleted %1.").arg(user.displayName()), 5000);
        });
    });
    box->open();
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction *action :
         { m_editAction, m_toggleAction, m_stateMenu->menuAction(), m_passwordAction, m_deleteAction }) {
        if (action->isVisible())
            menu->addAction(action);
    }
    menu->addSeparator();
    menu->addAction(m_copyIdAction);
    menu->addAction(m_copyEmailAction);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::showError(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized)
        return; // the credential prompt is already on its way
    m_message->showMessage(error.toString(), MessageWidget::Type::Error);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    if (m_directory)
        m_settings->setUserTableHeaderState(m_profile.serviceKind, m_view->horizontalHeader()->saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}
