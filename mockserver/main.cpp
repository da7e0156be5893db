// roster-mockserver: the stand-in services on a port of your choice, for trying Roster (or any
// client) against realistic data without a server of your own.
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RestV1Service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roster-mockserver"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local stand-in for the user-management services Roster speaks."));
    parser.addHelpOption();
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free)."),
                                        QStringLiteral("port"), QStringLiteral("8080"));
    parser.addOptions({ hostOption, portOption });
    parser.process(app);

    MockHttpServer server;
    const QHostAddress address(parser.value(hostOption));
    if (address.isNull() || !server.listen(address, quint16(parser.value(portOption).toUInt()))) {
        QTextStream(stderr) << "roster-mockserver: cannot listen on " << parser.value(hostOption) << ':'
                            << parser.value(portOption) << '\n';
        return 1;
    }
    const QList<MockService *> services{ new OrgAppService(&server, &server),
                                         new PaprService(&server, &server),
                                         new RestV1Service(&server, &server),
                                         new PapermergeService(&server, QStringLiteral("/api"), &server) };
    QTextStream out(stdout);
    out << "Listening on " << server.baseUrl().toString() << '\n';
    for (const MockService *service : services) {
        const MockService::DemoAccount account = service->demoAccount();
        out << "  " << account.displayName << " (--service " << account.serviceKind << "): credential "
            << account.credential;
        if (!account.organization.isEmpty())
            out << ", organization " << account.organization;
        if (!account.username.isEmpty())
            out << ", username " << account.username;
        out << '\n';
    }
    out.flush();
    return app.exec();
}
