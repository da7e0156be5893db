#include "StartupProbe.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

std::optional<double> StartupProbe::firstPaintMs()
{
    return measure(false);
}

std::optional<double> StartupProbe::demoFirstRowsMs()
{
    return measure(true);
}

std::optional<double> StartupProbe::measure(bool demo)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return std::nullopt;
    }
    const QString report = dir.filePath(QStringLiteral("report.jsonl"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("ROSTER_REPORT_FILE"), report);
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.remove(QStringLiteral("http_proxy"));
    environment.remove(QStringLiteral("https_proxy"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    QStringList arguments{ QStringLiteral("--config"), dir.filePath(QStringLiteral("roster.conf")) };
    if (demo)
        arguments.prepend(QStringLiteral("--demo"));

    QElapsedTimer clock;
    clock.start();
    const qint64 startMs = clock.msecsSinceReference(); // the monotonic clock roster reports in
    process.start(m_roster, arguments);
    if (!process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_roster, process.errorString());
        return std::nullopt;
    }
    std::optional<double> result;
    const QDeadlineTimer deadline(60 * 1000);
    while (!result && !deadline.hasExpired() && process.state() == QProcess::Running) {
        QThread::msleep(5);
        QFile file(report);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            const QString name = event.value(QLatin1String("event")).toString();
            const bool wanted = demo
                ? name == QLatin1String("rows-shown") && event.value(QLatin1String("rows")).toInt() > 0
                : name == QLatin1String("first-paint");
            if (wanted) {
                result = event.value(QLatin1String("monotonic_ms")).toDouble() - double(startMs);
                break;
            }
        }
    }
    if (!result)
        m_error = QStringLiteral("%1 reported no %2")
                      .arg(m_roster, demo ? QStringLiteral("rows") : QStringLiteral("paint"));
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    process.waitForFinished(5000);
    return result;
}
