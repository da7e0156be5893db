#include "CommandLine.h"

#include "ServiceRegistry.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

struct Options {
    QCommandLineOption demo{ QStringLiteral("demo"),
                             tr("Start the built-in demo server with sample data and connect to it.") };
    QCommandLineOption profile{ QStringLiteral("profile"), tr("Open the saved connection <name>."),
                                tr("name") };
    QCommandLineOption connect{ QStringLiteral("connect"),
                                tr("Open an unsaved connection to <url> and ask for its credential."),
                                tr("url") };
    QCommandLineOption service{
        QStringLiteral("service"),
        tr("The kind of service for --connect: %1.").arg(ServiceRegistry::ids().join(QStringLiteral(", "))),
        tr("kind")
    };
    QCommandLineOption org{ QStringLiteral("org"),
                            tr("The organization for --connect, where the service needs one."), tr("slug") };
    QCommandLineOption user{ QStringLiteral("user"),
                             tr("The username for --connect, where the service signs in with one."),
                             tr("name") };
    QCommandLineOption allowPlainHttp{ QStringLiteral("allow-plain-http"),
                                       tr("With --connect: send the credential over plain http:// to a host "
                                          "other than this machine (only for a server you control).") };
    QCommandLineOption config{ QStringLiteral("config"),
                               tr("Use <file> for settings instead of the default location."), tr("file") };
    QCommandLineOption help{ { QStringLiteral("h"), QStringLiteral("help") },
                             tr("Show this help and exit.") };
    QCommandLineOption version{ { QStringLiteral("v"), QStringLiteral("version") },
                                tr("Show the version and exit.") };
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        tr("Roster: a desktop console for the users of user-management REST services."));
    parser.addOptions({ options.demo, options.profile, options.connect, options.service, options.org,
                        options.user, options.allowPlainHttp, options.config, options.help,
                        options.version });
}

CommandLine::Outcome fail(const QString &message)
{
    CommandLine::Outcome outcome;
    outcome.exitNow = true;
    outcome.status = 2;
    outcome.error = QStringLiteral("roster: ") + message + QLatin1Char('\n');
    return outcome;
}
} // namespace

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    Options options;
    configure(parser, options);
    return parser.helpText();
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options options;
    configure(parser, options);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QLatin1Char('\n') + tr("Try \"roster --help\"."));
    Outcome outcome;
    if (parser.isSet(options.help)) {
        outcome.exitNow = true;
        outcome.output = parser.helpText();
        return outcome;
    }
    if (parser.isSet(options.version)) {
        outcome.exitNow = true;
        outcome.output = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return outcome;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument \"%1\". Try \"roster --help\".")
                        .arg(parser.positionalArguments().first()));
    if (parser.isSet(options.demo) + parser.isSet(options.profile) + parser.isSet(options.connect) > 1)
        return fail(tr("--demo, --profile and --connect cannot be combined."));
    if (parser.isSet(options.service) && !parser.isSet(options.connect))
        return fail(tr("--service is used with --connect."));
    if (parser.isSet(options.allowPlainHttp) && !parser.isSet(options.connect))
        return fail(tr("--allow-plain-http is used with --connect."));

    StartRequest &start = outcome.start;
    start.configFile = parser.value(options.config);
    if (parser.isSet(options.demo)) {
        start.open = StartRequest::Open::Demo;
    } else if (parser.isSet(options.profile)) {
        const auto settings = start.configFile.isEmpty() ? std::make_unique<Settings>()
                                                         : std::make_unique<Settings>(start.configFile);
        start.profile = settings->profile(parser.value(options.profile));
        if (!start.profile.isValid()) {
            QStringList names;
            const QList<ConnectionProfile> saved = settings->profiles();
            for (const ConnectionProfile &p : saved)
                names << p.name;
            return fail(names.isEmpty()
                            ? tr("There is no saved connection \"%1\"; no connections are saved yet.")
                                  .arg(parser.value(options.profile))
                            : tr("There is no saved connection \"%1\". Saved: %2.")
                                  .arg(parser.value(options.profile), names.join(QStringLiteral(", "))));
        }
        start.open = StartRequest::Open::Profile;
    } else if (parser.isSet(options.connect)) {
        const QString kind = parser.value(options.service);
        const QString kinds = ServiceRegistry::ids().join(QStringLiteral(", "));
        if (!ServiceRegistry::find(kind))
            return fail(kind.isEmpty() ? tr("--connect needs --service KIND (one of: %1).").arg(kinds)
                                       : tr("Unknown service kind \"%1\"; use one of: %2.").arg(kind, kinds));
        ConnectionProfile &profile = start.profile;
        profile.id = ConnectionProfile::newId();
        profile.baseUrl = QUrl::fromUserInput(parser.value(options.connect));
        profile.name = profile.baseUrl.host();
        profile.serviceKind = kind;
        profile.organization = parser.value(options.org);
        profile.username = parser.value(options.user);
        profile.allowPlainHttp = parser.isSet(options.allowPlainHttp);
        const QString problem = ServiceRegistry::validate(profile);
        if (!problem.isEmpty())
            return fail(profile.isPlainHttpToAnotherHost() && !profile.allowPlainHttp
                            ? problem + QLatin1Char(' ') + tr("Add --allow-plain-http to accept it.")
                            : problem);
        start.open = StartRequest::Open::Unsaved;
    }
    return outcome;
}
