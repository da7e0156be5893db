#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QTextStream>

#ifndef ROSTER_BENCH_MOCKSERVER
#define ROSTER_BENCH_MOCKSERVER ""
#endif
#ifndef ROSTER_BENCH_ROSTER
#define ROSTER_BENCH_ROSTER ""
#endif

namespace {
QList<int> parseSizes(const QString &text, bool *ok)
{
    QList<int> sizes;
    *ok = true;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.remove(QLatin1Char('_'));
        const int users = part.trimmed().toInt(ok);
        if (!*ok || users < 1) {
            *ok = false;
            return {};
        }
        sizes << users;
    }
    *ok = !sizes.isEmpty();
    return sizes;
}
} // namespace

std::optional<BenchOptions> BenchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loads a generated directory through Roster's own client, dialect, store, table model, filter and "
        "view, and prints how long that takes against the bare transfer, how much memory it holds, how "
        "long a keystroke in the filter box and a click on a column header take, and the longest stall "
        "of the event loop while users stream in. Each size runs in a process of its own, against a mock "
        "server in a process of its own (or against --url)."));
    parser.addHelpOption();
    const QCommandLineOption service(QStringLiteral("service"),
                                     QStringLiteral("The service kind to load (default rest-v1)."),
                                     QStringLiteral("kind"), QStringLiteral("rest-v1"));
    const QCommandLineOption users(
        QStringLiteral("users"),
        QStringLiteral("Directory sizes, comma-separated (default 10000,100000). Rows of 1,000,000 users "
                       "and more are reported, never required."),
        QStringLiteral("list"), QStringLiteral("10000,100000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("The mock server's seed (default 7)."),
                                  QStringLiteral("number"), QStringLiteral("7"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Users per page, at most what the service allows "
                                                     "(default 100)."),
                                      QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("Measure a running server instead of starting mock servers "
                                                "(one row, of however many users it holds)."),
                                 QStringLiteral("url"));
    const QCommandLineOption token(
        QStringLiteral("token"), QStringLiteral("The credential (default: one made up for the mock server)."),
        QStringLiteral("token"));
    const QCommandLineOption org(QStringLiteral("org"),
                                 QStringLiteral("With --url: the organization, where the service needs one."),
                                 QStringLiteral("slug"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("With --url: the user name, where the service signs in."),
                                  QStringLiteral("name"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   QStringLiteral("What to type into the filter box (default muller)."),
                                   QStringLiteral("text"), QStringLiteral("muller"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("One JSON object per size, one per line, instead of a table."));
    const QCommandLineOption smoke(
        QStringLiteral("smoke"),
        QStringLiteral("A quick run that checks every figure is produced; nothing is required of them."));
    QCommandLineOption child(QStringLiteral("child"), QStringLiteral("Internal: measure one size."));
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption mock(QStringLiteral("mockserver"),
                                  QStringLiteral("The roster-mockserver executable to start."),
                                  QStringLiteral("path"), QStringLiteral(ROSTER_BENCH_MOCKSERVER));
    const QCommandLineOption roster(QStringLiteral("roster"),
                                    QStringLiteral("The roster executable whose start-up to time."),
                                    QStringLiteral("path"), QStringLiteral(ROSTER_BENCH_ROSTER));
    parser.addOptions(
        { service, users, seed, pageSize, url, token, org, user, query, json, smoke, child, mock, roster });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        error->clear();
        return std::nullopt;
    }

    BenchOptions options;
    options.service = parser.value(service);
    bool ok = false;
    options.sizes = parseSizes(parser.value(users), &ok);
    if (!ok) {
        *error = QStringLiteral("--users takes positive numbers separated by commas");
        return std::nullopt;
    }
    options.seed = parser.value(seed).toUInt(&ok, 0);
    if (!ok) {
        *error = QStringLiteral("--seed takes a number");
        return std::nullopt;
    }
    options.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || options.pageSize < 1) {
        *error = QStringLiteral("--page-size takes a positive number");
        return std::nullopt;
    }
    if (parser.isSet(url)) {
        options.url = QUrl(parser.value(url));
        if (!options.url.isValid() || options.url.host().isEmpty()) {
            *error = QStringLiteral("--url takes a full http:// or https:// address");
            return std::nullopt;
        }
    }
    if (parser.isSet(token))
        options.token = parser.value(token);
    else if (const QString inherited = qEnvironmentVariable(kTokenVariable); !inherited.isEmpty())
        options.token = inherited; // a child gets it from its parent, never on a visible command line
    else if (!options.url.isEmpty()) {
        *error = QStringLiteral("--url needs --token");
        return std::nullopt;
    }
    options.organization = parser.value(org);
    options.username = parser.value(user);
    options.query = parser.value(query);
    if (options.query.isEmpty()) {
        *error = QStringLiteral("--query must not be empty");
        return std::nullopt;
    }
    options.json = parser.isSet(json);
    options.smoke = parser.isSet(smoke);
    options.child = parser.isSet(child);
    if (options.smoke) {
        options.filterRounds = 1;
        options.startupRuns = 1;
    }
    options.mockServer = parser.value(mock);
    options.roster = parser.value(roster);
    return options;
}

QStringList BenchOptions::childArguments(int users) const
{
    QStringList arguments{ QStringLiteral("--child"),
                           QStringLiteral("--service"),
                           service,
                           QStringLiteral("--users"),
                           QString::number(users),
                           QStringLiteral("--seed"),
                           QString::number(seed),
                           QStringLiteral("--page-size"),
                           QString::number(pageSize),
                           QStringLiteral("--query"),
                           query,
                           QStringLiteral("--mockserver"),
                           mockServer };
    if (!url.isEmpty())
        arguments << QStringLiteral("--url") << url.toString();
    if (!organization.isEmpty())
        arguments << QStringLiteral("--org") << organization;
    if (!username.isEmpty())
        arguments << QStringLiteral("--user") << username;
    if (smoke)
        arguments << QStringLiteral("--smoke");
    return arguments;
}
