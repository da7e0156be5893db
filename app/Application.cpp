#include "Application.h"

#include "ActivityLog.h"
#include "AuditTrail.h"
#include "ColorScheme.h"
#include "ConnectionManager.h"
#include "DemoEnvironment.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "RecoveryLog.h"
#include "ReportHook.h"
#include "SecretStore.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "Translations.h"

#include <QIcon>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {
void printError(const QString &text)
{
    std::fprintf(stderr, "roster: %s\n", qPrintable(text));
}
} // namespace

Application::Application(int &argc, char **argv) : QApplication(argc, argv)
{
    setIdentity();
    setApplicationDisplayName(QStringLiteral("Roster"));
    setDesktopFileName(QStringLiteral("io.github.roster.Roster"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));
    ColorScheme::apply(); // before the first widget takes the palette
}

Application::~Application()
{
    // The window and its models go before the network stack they call into.
    m_window.reset();
}

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));
}

void Application::start(const StartRequest &request)
{
    // Before the first window; the service kinds' names were translated when the command line
    // read them, with no translator yet.
    Translations::setUp(request.language);
    ServiceRegistry::retranslate();
    m_settings = request.configFile.isEmpty() ? std::make_unique<Settings>()
                                              : std::make_unique<Settings>(request.configFile);
    m_network = new QNetworkAccessManager(this);
    m_keychain = new KeychainSecretStore(QStringLiteral("Roster"), this);
    m_audit = new AuditTrail(AuditTrail::defaultFileName(), this);
    m_recovery = new RecoveryLog(RecoveryLog::defaultFileName(), this);
    m_activity = new ActivityLog(this);
    m_connections = new ConnectionManager(m_network, m_keychain, this);
    m_connections->setAuditTrail(m_audit);
    m_connections->setRecoveryLog(m_recovery);
    m_connections->setActivityLog(m_activity);
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_connections);
    connect(m_window.get(), &MainWindow::demoRequested, this, &Application::openDemo);
    ReportHook::install(m_window.get(), m_window->userView());
    m_window->show();

    switch (request.open) {
    case StartRequest::Open::Demo:
        openDemo();
        break;
    case StartRequest::Open::Unsaved:
        m_window->addTransientProfile(request.profile, QString());
        m_window->openProfile(request.profile);
        break;
    case StartRequest::Open::Profile:
        m_window->openProfile(request.profile);
        break;
    case StartRequest::Open::LastUsed: {
        const ConnectionProfile last = m_settings->profile(m_settings->lastProfileId());
        if (last.isValid())
            m_window->openProfile(last);
        break;
    }
    }
}

void Application::openDemo()
{
    if (!m_demo)
        m_demo = new DemoEnvironment(this);
    const bool fresh = m_demo->connections().isEmpty();
    if (!m_demo->start()) {
        printError(m_demo->errorString());
        m_window->messageWidget()->showMessage(m_demo->errorString(), MessageWidget::Type::Error);
        return;
    }
    const QList<DemoEnvironment::Connection> connections = m_demo->connections();
    if (fresh) {
        for (const auto &connection : connections)
            m_window->addTransientProfile(connection.profile, connection.credential);
    }
    m_window->openProfile(connections.first().profile, connections.first().credential);
}
