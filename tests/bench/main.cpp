// roster-bench: how Roster holds up against a directory of 10,000 to 1,000,000 users, measured
// against the wire. See BENCHMARKS.md for the figures, the machine and what each one means.
#include "BenchOptions.h"
#include "Figures.h"
#include "ListBench.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QProcess>
#include <QTextStream>
#include <algorithm>

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "roster-bench: " << message << '\n';
    return 2;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// One size in this process: prints one JSON line (without the start-up figures).
int runChild(const BenchOptions &options)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "roster-bench";
    char *argv[] = { name, nullptr };
    QApplication app(argc, argv);
    QString error;
    const std::optional<Figures> figures = ListBench(options).run(options.sizes.value(0), &error);
    if (!figures)
        return fail(error);
    QTextStream(stdout) << figures->toJsonLine() << '\n';
    return 0;
}

// Start-up figures, the median of a few runs of the roster executable.
bool measureStartup(const BenchOptions &options, double *firstPaint, double *demoRows)
{
    StartupProbe probe(options.roster);
    QList<double> paints;
    QList<double> rows;
    for (int run = 0; run < options.startupRuns; ++run) {
        const std::optional<double> paint = probe.firstPaintMs();
        const std::optional<double> shown = probe.demoFirstRowsMs();
        if (!paint || !shown) {
            QTextStream(stderr) << "roster-bench: " << probe.errorString() << '\n';
            return false;
        }
        paints << *paint;
        rows << *shown;
    }
    *firstPaint = median(paints);
    *demoRows = median(rows);
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const std::optional<BenchOptions> options = BenchOptions::parse(arguments, &error);
    if (!options)
        return error.isEmpty() ? 0 : fail(error);
    if (options->child)
        return runChild(*options);

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<int> sizes = options->url.isEmpty() ? options->sizes : QList<int>{ 0 };

    double firstPaint = 0;
    double demoRows = 0;
    if (!measureStartup(*options, &firstPaint, &demoRows))
        return 1;

    QList<Figures> rows;
    QStringList missed;
    QStringList goalGaps; // goals beyond the requirements, printed (with --json too), never failed
    for (const int users : sizes) {
        err << "roster-bench: " << options->service << ", " << users << " users\n";
        err.flush();
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kTokenVariable), options->token);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A fresh process per size: the memory a size held is not there when the next is measured.
        child.start(QCoreApplication::applicationFilePath(), options->childArguments(users));
        if (!child.waitForStarted(10000) || !child.waitForFinished(-1)
            || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return fail(QStringLiteral("measuring %1 users failed").arg(users));
        const QByteArray line = child.readAllStandardOutput().trimmed().split('\n').last();
        std::optional<Figures> figures = Figures::fromJsonLine(line, &error);
        if (!figures)
            return fail(QStringLiteral("the run of %1 users printed %2: %3")
                            .arg(users)
                            .arg(error, QString::fromUtf8(line)));
        figures->firstPaintMs = firstPaint;
        figures->demoFirstRowsMs = demoRows;
        // What is printed is read back with every key, so a smoke run proves the output complete.
        const QByteArray printed = figures->toJsonLine();
        if (!Figures::fromJsonLine(printed, &error))
            return fail(QStringLiteral("incomplete figures: %1").arg(error));
        if (options->json) {
            out << printed << '\n';
            out.flush();
        }
        rows << *figures;
        if (!options->smoke) {
            const QStringList misses = Requirements::misses(*figures);
            for (const QString &miss : misses)
                missed << QStringLiteral("%1 users: %2").arg(figures->users).arg(miss);
            const QStringList gaps = Requirements::goalGaps(*figures);
            for (const QString &gap : gaps)
                goalGaps << QStringLiteral("%1 users: %2").arg(figures->users).arg(gap);
        }
    }
    if (!options->json)
        out << figuresTable(rows);
    out.flush();
    for (const QString &gap : std::as_const(goalGaps))
        err << "roster-bench: goal not reached yet at " << gap << '\n';
    for (const QString &miss : std::as_const(missed))
        err << "roster-bench: missed " << miss << '\n';
    return missed.isEmpty() ? 0 : 1;
}
