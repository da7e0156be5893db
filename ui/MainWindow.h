#pragma once

#include "ConnectionProfile.h"
#include "ServiceDescription.h"
#include "User.h"
#include "UserDirectory.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class AutoLoader;
class ConnectionController;
class LoadMoreBar;
class DetailsPane;
class MessageWidget;
class Settings;
class UserTableModel;
class WelcomePage;

// The one window: connection switcher, the user table with its filter, the details pane, and
// the actions the connected service supports (and only those).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Settings *settings, ConnectionController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A connection for this run only (the demo), listed in the switcher but never saved.
    void addTransientProfile(const ConnectionProfile &profile, const QString &credential);
    // Opens a profile (saved or transient); with a credential, the keychain is not asked.
    void openProfile(const ConnectionProfile &profile, const QString &credential = QString());
    void showWelcome();
    void showSettings(bool addNew = false);

    UserTableModel *userModel() const { return m_model; }
    QTableView *userView() const { return m_view; }
    DetailsPane *detailsPane() const { return m_details; }
    MessageWidget *messageWidget() const { return m_message; }
    QLabel *countLabel() const { return m_countLabel; }
    QLabel *signedInLabel() const { return m_signedInLabel; }
    QAction *action(const QString &objectName) const;
    User selectedUser() const;

Q_SIGNALS:
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createWorkspace();
    void createStatusBar();
    void rebuildProfileSwitcher();

    void onConnected(UserDirectory *directory, const ConnectionProfile &profile);
    void onDisconnected();
    void onCredentialNeeded(const ConnectionProfile &profile, const QString &reason);
    void applyCapabilities();
    void loadCurrentUser();
    void reloadUsers();
    void updateCount();
    void updateActions();
    void onCurrentRowChanged();
    void onFilterChanged();

    void rebuildFilterBar();
    UserQuery currentQuery() const;

    void createUser();
    void createUsersInBatch();
    void editUser();
    void toggleState();
    void setState(UserState target);
    void deleteUser();
    void deleteByExternalId();
    void changePassword();
    void showContextMenu(const QPoint &pos);
    void showError(const ApiError &error);
    void selectUserById(const QString &id);

    Settings *m_settings;
    ConnectionController *m_controller;
    QPointer<UserDirectory> m_directory;
    ConnectionProfile m_profile;
    QList<std::pair<ConnectionProfile, QString>> m_transientProfiles;
    QString m_pendingSelection; // the id to select again after a reload
    CallHandle m_meCall;
    CallHandle m_stateCall;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    MessageWidget *m_message = nullptr;
    QLineEdit *m_filter = nullptr;
    QWidget *m_filterBar = nullptr;
    QList<std::pair<FieldSpec, QWidget *>> m_serverFilters; // the service's filter inputs
    QTimer *m_filterDebounce = nullptr;
    QTimer *m_selectionDebounce = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    UserTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AutoLoader *m_autoLoader = nullptr;
    LoadMoreBar *m_loadMoreBar = nullptr;
    DetailsPane *m_details = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_signedInLabel = nullptr;
    QProgressBar *m_busy = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_batchAction = nullptr;
    QAction *m_deleteExternalAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QMenu *m_stateMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyEmailAction = nullptr;
    QAction *m_filterAction = nullptr;
};
