#pragma once

#include "Connection.h"
#include "ConnectionProfile.h"
#include "User.h"

#include <QMainWindow>
#include <QPointer>

class BulkCommands;
class ConnectionManager;
class ConnectionSwitcher;
class CertificatePrompter;
class CredentialPrompter;
class DetailsPane;
class FilterBar;
class MessageWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class Settings;
class UserActions;
class UserCommands;
class TransferCommands;
class UserListPane;
class UserListStatus;
class UserTableModel;
class WelcomePage;
class WindowStateSync;

// The one window: the connection switcher, the user table with its filter, the details pane,
// and the actions the connected service supports. It wires the pieces together and lays them
// out; the actions, the filter bar, the commands, the credential prompt and the layout's
// persistence are classes of their own.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Settings *settings, ConnectionManager *connections, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A connection for this run only (the demo, --connect), listed in the switcher, never saved.
    void addTransientProfile(const ConnectionProfile &profile, const QString &credential);
    // Opens a profile (saved or transient); with a credential, the keychain is not asked.
    void openProfile(const ConnectionProfile &profile, const QString &credential = QString());
    void showWelcome();
    void showSettings(bool addNew = false);

    Connection *connection() const { return m_connection; }
    UserTableModel *userModel() const;
    QTableView *userView() const;
    DetailsPane *detailsPane() const { return m_details; }
    MessageWidget *messageWidget() const { return m_message; }
    QLabel *countLabel() const;
    QLabel *signedInLabel() const;
    QAction *action(const QString &objectName) const;
    User selectedUser() const;

Q_SIGNALS:
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWorkspace();
    void createStatusBar();
    void connectActions();
    void rebuildProfileSwitcher();

    void onConnectionChanged(Connection *connection);
    void onConnectionState(Connection::State state);
    void attachStore();
    void reloadUsers();
    void onCurrentRowChanged();
    void updateActions();

    Settings *m_settings;
    ConnectionManager *m_connections;
    QPointer<Connection> m_connection;
    bool m_storeAttached = false;

    UserActions *m_actions = nullptr;
    UserCommands *m_commands = nullptr;
    CredentialPrompter *m_prompter = nullptr;
    BulkCommands *m_bulk;
    TransferCommands *m_transfer;
    CertificatePrompter *m_certificatePrompter = nullptr;
    WindowStateSync *m_stateSync = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    MessageWidget *m_message = nullptr;
    UserListPane *m_list = nullptr;
    FilterBar *m_filterBar = nullptr; // the list's, kept for brevity
    QTableView *m_view = nullptr; // the list's
    UserTableModel *m_model = nullptr; // the list's
    QSplitter *m_splitter = nullptr;
    DetailsPane *m_details = nullptr;
    ConnectionSwitcher *m_profileSwitcher = nullptr;
    UserListStatus *m_status = nullptr;
};
