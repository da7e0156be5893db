// roster-mockserver: the stand-in services on a port of your choice, for trying Roster (or any
// client) against realistic data without a server of your own, or, with --service, one service
// with a large generated directory for benchmarks.
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RestV1Service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
constexpr int kMaxUsers = 1000000; // a ceiling, so a typo cannot eat the machine's memory

int fail(const QString &message)
{
    QTextStream(stderr) << "roster-mockserver: " << message << '\n';
    return 1;
}

// One service with a generated directory, or nullptr for an unknown kind.
MockService *createService(const QString &kind, MockHttpServer *server,
                           const MockService::Generated &generated)
{
    if (kind == OrgAppService::serviceKind())
        return new OrgAppService(server, generated, server);
    if (kind == PaprService::serviceKind())
        return new PaprService(server, generated, server);
    if (kind == RestV1Service::serviceKind())
        return new RestV1Service(server, generated, server);
    if (kind == PapermergeService::serviceKind())
        return new PapermergeService(server, generated, QStringLiteral("/api"), server);
    return nullptr;
}

void printAccount(QTextStream &out, const MockService::DemoAccount &account)
{
    out << "credential " << account.credential;
    if (!account.organization.isEmpty())
        out << ", organization " << account.organization;
    if (!account.username.isEmpty())
        out << ", username " << account.username;
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // A generated directory leaves the heap with many small free chunks; with glibc's fast bins,
    // the large buffers of every page then set off a consolidation of them, and after a few
    // thousand pages each page costs twice the time. Without fast bins a page costs the same
    // from the first to the millionth, so the server stays a steady yardstick for roster-bench.
    mallopt(M_MXFAST, 0);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roster-mockserver"));
    const QStringList kinds{ OrgAppService::serviceKind(), PaprService::serviceKind(),
                             RestV1Service::serviceKind(), PapermergeService::serviceKind() };
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local stand-in for the user-management services Roster speaks.\n"
        "Without --service, all four demo stand-ins share one port and their credentials are printed.\n"
        "With --service, one service answers at the root of the URL as the real one does "
        "(/api/v1/app/... for org-app, /v1/user... for papr-memory, /v1/users for rest-v1, "
        "/api/users/... for papermerge) with a generated directory, e.g.\n"
        "  roster-mockserver --service rest-v1 --users 100000 --seed 7 --port 8081 --token bench"));
    parser.addHelpOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one (default 8080)."),
        QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption serviceOption(
        QStringLiteral("service"),
        QStringLiteral("Serve only this service, with a generated directory: %1.")
            .arg(kinds.join(QStringLiteral(", "))),
        QStringLiteral("kind"));
    const QCommandLineOption usersOption(
        QStringLiteral("users"),
        QStringLiteral("With --service: how many users to generate (default 1000, at most %1).")
            .arg(kMaxUsers),
        QStringLiteral("count"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral(
            "With --service: the generator's seed; the same seed gives the same users (default 1)."),
        QStringLiteral("number"), QStringLiteral("1"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral(
            "With --service: the one credential accepted, i.e. the Bearer token for org-app (which "
            "also wants the header x-org: %1) and rest-v1, the API key for papr-memory, and for "
            "papermerge the password of user admin at /api/auth/login/ as well as a ready token for "
            "\"Authorization: Token <token>\" (default: the demo credential).")
            .arg(OrgAppService::defaultOrg()),
        QStringLiteral("token"));
    parser.addOptions({ hostOption, portOption, serviceOption, usersOption, seedOption, tokenOption });
    parser.process(app);

    const bool single = parser.isSet(serviceOption);
    if (!single && (parser.isSet(usersOption) || parser.isSet(seedOption) || parser.isSet(tokenOption)))
        return fail(QStringLiteral("--users, --seed and --token need --service"));
    MockService::Generated generated;
    if (single) {
        bool ok = false;
        generated.users = parser.value(usersOption).toInt(&ok);
        if (!ok || generated.users < 0 || generated.users > kMaxUsers)
            return fail(QStringLiteral("--users takes a number from 0 to %1").arg(kMaxUsers));
        generated.seed = parser.value(seedOption).toUInt(&ok, 0);
        if (!ok)
            return fail(QStringLiteral("--seed takes a number from 0 to 4294967295"));
        generated.credential = parser.value(tokenOption);
        if (parser.isSet(tokenOption) && generated.credential.isEmpty())
            return fail(QStringLiteral("--token must not be empty"));
    }

    MockHttpServer server; // it keeps no log of requests: they carry credentials
    const QHostAddress address(parser.value(hostOption));
    if (address.isNull() || !server.listen(address, quint16(parser.value(portOption).toUInt()))) {
        QTextStream(stderr) << "roster-mockserver: cannot listen on " << parser.value(hostOption) << ':'
                            << parser.value(portOption) << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (single) {
        const QString kind = parser.value(serviceOption);
        QElapsedTimer clock;
        clock.start();
        MockService *service = createService(kind, &server, generated);
        if (!service)
            return fail(QStringLiteral("unknown --service \"%1\"; use one of %2")
                            .arg(kind, kinds.join(QStringLiteral(", "))));
        const MockService::DemoAccount account = service->demoAccount();
        out << "Listening on " << server.baseUrl().toString() << '\n';
        out << "  " << account.displayName << " (--service " << account.serviceKind
            << "): " << generated.users << " generated users (seed " << generated.seed << ", made in "
            << clock.elapsed() << " ms), ";
        printAccount(out, account);
        if (kind == PapermergeService::serviceKind())
            out << " (or send Authorization: Token " << account.credential << ')';
        out << '\n';
        out.flush();
        return app.exec();
    }
    const QList<MockService *> services{ new OrgAppService(&server, &server),
                                         new PaprService(&server, &server),
                                         new RestV1Service(&server, &server),
                                         new PapermergeService(&server, QStringLiteral("/api"), &server) };
    out << "Listening on " << server.baseUrl().toString() << '\n';
    for (const MockService *service : services) {
        const MockService::DemoAccount account = service->demoAccount();
        out << "  " << account.displayName << " (--service " << account.serviceKind << "): ";
        printAccount(out, account);
        out << '\n';
    }
    out.flush();
    return app.exec();
}
