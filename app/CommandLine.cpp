#include "CommandLine.h"

#include "ServiceRegistry.h"
#include "Settings.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
// The command line speaks English only: it is answered before any translator is installed (the
// language is one of its options) and its --help text is the source of the man page.
QString english(const char *text)
{
    return QString::fromUtf8(text);
}

struct Options {
    QCommandLineOption demo{ QStringLiteral("demo"),
                             english("Start the built-in demo server with sample data and connect to it.") };
    QCommandLineOption profile{ QStringLiteral("profile"), english("Open the saved connection <name>."),
                                english("name") };
    QCommandLineOption connect{ QStringLiteral("connect"),
                                english("Open an unsaved connection to <url> and ask for its credential."),
                                english("url") };
    QCommandLineOption service{ QStringLiteral("service"),
                                english("The kind of service for --connect: %1.")
                                    .arg(ServiceRegistry::ids().join(QStringLiteral(", "))),
                                english("kind") };
    QCommandLineOption org{ QStringLiteral("org"),
                            english("The organization for --connect, where the service needs one."),
                            english("slug") };
    QCommandLineOption user{ QStringLiteral("user"),
                             english("The username for --connect, where the service signs in with one."),
                             english("name") };
    QCommandLineOption allowPlainHttp{ QStringLiteral("allow-plain-http"),
                                       english(
                                           "With --connect: send the credential over plain http:// to a host "
                                           "other than this machine (only for a server you control).") };
    QCommandLineOption config{ QStringLiteral("config"),
                               english("Use <file> for settings instead of the default location."),
                               english("file") };
    QCommandLineOption lang{ QStringLiteral("lang"),
                             english("Show Roster in <language> (a code such as de or en) instead of the "
                                     "system's language."),
                             english("language") };
    QCommandLineOption help{ { QStringLiteral("h"), QStringLiteral("help") },
                             english("Show this help and exit.") };
    QCommandLineOption version{ { QStringLiteral("v"), QStringLiteral("version") },
                                english("Show the version and exit.") };
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        english("Roster: a desktop console for the users of user-management REST services."));
    parser.addOptions({ options.demo, options.profile, options.connect, options.service, options.org,
                        options.user, options.allowPlainHttp, options.config, options.lang, options.help,
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
        return fail(parser.errorText() + QLatin1Char('\n') + english("Try \"roster --help\"."));
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
        return fail(english("Unexpected argument \"%1\". Try \"roster --help\".")
                        .arg(parser.positionalArguments().first()));
    if (parser.isSet(options.demo) + parser.isSet(options.profile) + parser.isSet(options.connect) > 1)
        return fail(english("--demo, --profile and --connect cannot be combined."));
    if (parser.isSet(options.service) && !parser.isSet(options.connect))
        return fail(english("--service is used with --connect."));
    if (parser.isSet(options.allowPlainHttp) && !parser.isSet(options.connect))
        return fail(english("--allow-plain-http is used with --connect."));

    StartRequest &start = outcome.start;
    start.configFile = parser.value(options.config);
    if (parser.isSet(options.lang)) {
        const QString language = parser.value(options.lang);
        start.language = language.isEmpty() ? QString() : Translations::choose(language, {});
        if (start.language.isEmpty())
            return fail(english("Roster has no translation for the language \"%1\"; use one of: %2.")
                            .arg(language, Translations::available().join(QStringLiteral(", "))));
    }
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
                            ? english("There is no saved connection \"%1\"; no connections are saved yet.")
                                  .arg(parser.value(options.profile))
                            : english("There is no saved connection \"%1\". Saved: %2.")
                                  .arg(parser.value(options.profile), names.join(QStringLiteral(", "))));
        }
        start.open = StartRequest::Open::Profile;
    } else if (parser.isSet(options.connect)) {
        const QString kind = parser.value(options.service);
        const QString kinds = ServiceRegistry::ids().join(QStringLiteral(", "));
        if (!ServiceRegistry::find(kind))
            return fail(kind.isEmpty()
                            ? english("--connect needs --service KIND (one of: %1).").arg(kinds)
                            : english("Unknown service kind \"%1\"; use one of: %2.").arg(kind, kinds));
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
                            ? problem + QLatin1Char(' ') + english("Add --allow-plain-http to accept it.")
                            : problem);
        start.open = StartRequest::Open::Unsaved;
    }
    return outcome;
}
