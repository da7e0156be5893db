#pragma once

#include "CommandLine.h"

#include <QApplication>
#include <memory>

class ActivityLog;
class AuditTrail;
class ConnectionManager;
class RecoveryLog;
class DemoEnvironment;
class MainWindow;
class QNetworkAccessManager;
class SecretStore;
class Settings;

// Start-up: the one QNetworkAccessManager, the settings, the keychain and the window, opened as
// the command line asked. Everything after start-up happens in the libraries.
class Application : public QApplication {
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    ~Application() override;

    // The organization, name and version every QCoreApplication of this program carries.
    static void setIdentity();
    void start(const StartRequest &request);

private:
    void openDemo();

    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_keychain = nullptr;
    ConnectionManager *m_connections = nullptr;
    AuditTrail *m_audit = nullptr;
    RecoveryLog *m_recovery = nullptr;
    ActivityLog *m_activity = nullptr;
    DemoEnvironment *m_demo = nullptr;
    std::unique_ptr<MainWindow> m_window;
};
