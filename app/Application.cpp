#include "Application.h"

#include "ConnectionController.h"
#include "DemoEnvironment.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "SecretStore.h"
#include "ServiceKinds.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>
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
    setOrganizationName(QStringLiteral("Roster"));
    setApplicationName(QStringLiteral("Roster"));
    setApplicationDisplayName(QStringLiteral("Roster"));
    setApplicationVersion(QStringLiteral(ROSTER_VERSION));
    setDesktopFileName(QStringLiteral("io.github.roster.Roster"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));
}

Application::~Application()
{
    // The window and its models go before the network stack they call into.
    m_window.reset();
}

int Application::parseAndStart()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Roster: a desktop console for the users of user-management REST services."));
    parser.addHelpOption();
    parser.addVersionOption();
    QStringList kindIds;
    const QList<ServiceKindInfo> kinds = ServiceKinds::all();
    for (const ServiceKindInfo &kind : kinds)
        kindIds << kind.id;
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Start the built-in demo server with sample data and connect to it."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Open the saved connection <name>."),
                                           tr("name"));
    const QCommandLineOption connectOption(
        QStringLiteral("connect"), tr("Open an unsaved connection to <url> and ask for its credential."),
        tr("url"));
    const QCommandLineOption serviceOption(
        QStringLiteral("service"),
        tr("The kind of service for --connect: %1.").arg(kindIds.join(QStringLiteral(", "))), tr("kind"));
    const QCommandLineOption orgOption(QStringLiteral("org"),
                                       tr("The organization for --connect, where the service needs one."),
                                       tr("slug"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), tr("The username for --connect, where the service signs in with one."),
        tr("name"));
    const QCommandLineOption configOption(
        QStringLiteral("config"), tr("Use <file> for settings instead of the default location."), tr("file"));
    parser.addOptions(
        { demoOption, profileOption, connectOption, serviceOption, orgOption, userOption, configOption });
    // process() prints and exits for --help and --version, and for unknown options with a message.
    parser.process(*this);

    if (parser.isSet(demoOption) + parser.isSet(profileOption) + parser.isSet(connectOption) > 1) {
        printError(tr("--demo, --profile and --connect cannot be combined."));
        return 2;
    }
    if (parser.isSet(serviceOption) && !parser.isSet(connectOption)) {
        printError(tr("--service is used with --connect."));
        return 2;
    }

    m_settings = parser.isSet(configOption) ? std::make_unique<Settings>(parser.value(configOption))
                                            : std::make_unique<Settings>();

    ConnectionProfile requested;
    if (parser.isSet(profileOption)) {
        requested = m_settings->profile(parser.value(profileOption));
        if (!requested.isValid()) {
            QStringList names;
            const QList<ConnectionProfile> saved = m_settings->profiles();
            for (const ConnectionProfile &p : saved)
                names << p.name;
            printError(names.isEmpty()
                           ? tr("There is no saved connection \"%1\"; no connections are saved yet.")
                                 .arg(parser.value(profileOption))
                           : tr("There is no saved connection \"%1\". Saved: %2.")
                                 .arg(parser.value(profileOption), names.join(QStringLiteral(", "))));
            return 2;
        }
    } else if (parser.isSet(connectOption)) {
        const QString kind = parser.value(serviceOption);
        if (!ServiceKinds::find(kind).isValid()) {
            printError(kind.isEmpty() ? tr("--connect needs --service KIND (one of: %1).")
                                            .arg(kindIds.join(QStringLiteral(", ")))
                                      : tr("Unknown service kind \"%1\"; use one of: %2.")
                                            .arg(kind, kindIds.join(QStringLiteral(", "))));
            return 2;
        }
        requested.id = ConnectionProfile::newId();
        requested.baseUrl = QUrl::fromUserInput(parser.value(connectOption));
        requested.name = requested.baseUrl.host();
        requested.serviceKind = kind;
        requested.organization = parser.value(orgOption);
        requested.username = parser.value(userOption);
        const QString problem = ServiceKinds::validate(requested);
        if (!problem.isEmpty()) {
            printError(problem);
            return 2;
        }
    }

    QNetworkAccessManager *network = new QNetworkAccessManager(this);
    m_network = network;
    m_keychain = new KeychainSecretStore(QStringLiteral("Roster"), this);
    m_controller = new ConnectionController(m_network, m_keychain, this);
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_controller);
    connect(m_window.get(), &MainWindow::demoRequested, this, &Application::openDemo);
    m_window->show();

    if (parser.isSet(demoOption)) {
        openDemo();
    } else if (requested.isValid() && parser.isSet(connectOption)) {
        m_window->addTransientProfile(requested, QString());
        m_window->openProfile(requested);
    } else if (requested.isValid()) {
        m_window->openProfile(requested);
    } else {
        const ConnectionProfile last = m_settings->profile(m_settings->lastProfileId());
        if (last.isValid())
            m_window->openProfile(last);
    }
    return -1;
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
