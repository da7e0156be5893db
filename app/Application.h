#pragma once

#include <QApplication>
#include <memory>

class ConnectionController;
class DemoEnvironment;
class MainWindow;
class QNetworkAccessManager;
class SecretStore;
class Settings;

// Start-up: the command line, the one QNetworkAccessManager, the settings, the keychain and the
// window. Everything after start-up happens in the libraries.
class Application : public QApplication {
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    ~Application() override;

    // Parses the command line and opens the window. Returns an exit status when the process
    // should end at once (--help, --version, a bad option), or -1 to enter the event loop.
    int parseAndStart();

private:
    void openDemo();

    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_keychain = nullptr;
    ConnectionController *m_controller = nullptr;
    DemoEnvironment *m_demo = nullptr;
    std::unique_ptr<MainWindow> m_window;
};
