#include "ListBench.h"

#include "ActivityLog.h"
#include "AuditTrail.h"
#include "ConnectionManager.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "MockServerProcess.h"
#include "Probes.h"
#include "RecoveryLog.h"
#include "SecretStore.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "UserStore.h"
#include "UserTableModel.h"
#include "WireFetch.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <memory>

namespace {
// The window and what it needs, wired as the application wires them, with files of its own.
struct AppRig {
    QTemporaryDir dir;
    AuditTrail audit{ dir.filePath(QStringLiteral("audit.jsonl")) };
    RecoveryLog recovery{ dir.filePath(QStringLiteral("recovery.jsonl")) };
    ActivityLog activity;
    RecordingAccessManager manager;
    Settings settings{ dir.filePath(QStringLiteral("roster.conf")) };
    MemorySecretStore keychain;
    ConnectionManager connections{ &manager, &keychain };
    std::unique_ptr<MainWindow> window;

    AppRig()
    {
        connections.setAuditTrail(&audit);
        connections.setRecoveryLog(&recovery);
        connections.setActivityLog(&activity);
        window = std::make_unique<MainWindow>(&settings, &connections);
        window->resize(1200, 800);
        window->show();
    }
    ~AppRig() { window.reset(); } // before the connections and network it uses
};

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread (the GUI thread) in ms, to the nanosecond: what a keystroke or a
// click cost the GUI thread itself, apart from the time other processes held the cores.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    // Nearest rank: the smallest sample with at least `fraction` of the samples at or below it.
    const auto rank = qsizetype(std::ceil(fraction * double(samples.size())));
    return samples.at(qBound<qsizetype>(0, rank - 1, samples.size() - 1));
}

// Runs the event loop until `done` holds or `timeoutMs` passes.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// The view has the new rows: whatever the model change left for later (the delayed item
// layout) is done, and the visible rows are painted.
void settleAndPaint(QTableView *view)
{
    QCoreApplication::processEvents();
    view->viewport()->repaint();
}

// Clicks a column header as a person does, and measures until the view has the sorted rows.
double clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    settleAndPaint(view);
    return elapsedMs(clock);
}
} // namespace

std::optional<Figures> ListBench::run(int users, QString *error)
{
    QTextStream log(stderr);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    const ServiceKind *kind = ServiceRegistry::find(m_options.service);
    if (!kind) {
        *error = QStringLiteral("unknown service \"%1\"; use one of %2")
                     .arg(m_options.service, ServiceRegistry::ids().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const int pageSize = qMin(m_options.pageSize, kind->maxPageSize);

    MockServerProcess server;
    ConnectionProfile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("Bench");
    profile.serviceKind = kind->id;
    profile.pageSize = pageSize;
    profile.timeoutSeconds = 60;
    profile.deadlineSeconds = 600;
    if (m_options.url.isEmpty()) {
        QElapsedTimer started;
        started.start();
        if (!server.start(m_options.mockServer, kind->id, users, m_options.seed, m_options.token)) {
            *error = server.errorString();
            return std::nullopt;
        }
        log << "  mock server: " << users << " users generated in " << server.generationMs()
            << " ms, up after " << started.elapsed() << " ms\n";
        profile.baseUrl = server.url();
        profile.organization = server.organization();
        profile.username = server.username();
    } else {
        profile.baseUrl = m_options.url;
        profile.organization = m_options.organization;
        profile.username = m_options.username;
    }
    if (const QString problem = ServiceRegistry::validate(profile); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }

    AppRig app;
    MainWindow *window = app.window.get();
    if (!QTest::qWaitForWindowExposed(window)) {
        *error = QStringLiteral("the window was never shown");
        return std::nullopt;
    }
    UserTableModel *model = window->userModel();
    QTableView *view = window->userView();
    window->openProfile(profile, m_options.token);
    if (!waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }, 120000)) {
        *error = QStringLiteral("the first page never arrived: %1").arg(model->lastError().toString());
        return std::nullopt;
    }

    // The filter box filters the loaded rows where the service does not search itself; where it
    // does, typing asks the server. The figure is about filtering loaded rows, so the bar is told
    // the service does not search.
    auto *filterBar = window->findChild<FilterBar *>();
    auto *filterEdit = window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    if (!filterBar || !filterEdit) {
        *error = QStringLiteral("no filter box");
        return std::nullopt;
    }
    ServiceDescription localOnly = window->connection()->store()->description();
    localOnly.capabilities &= ~Capabilities(Capability::ServerSearch);
    filterBar->setDescription(&localOnly);
    // The settle delay is for typing people; each measured keystroke is taken as settled at once.
    const QList<QTimer *> timers = filterBar->findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
    for (QTimer *timer : timers)
        timer->setInterval(0);

    QAction *refresh = window->action(QStringLiteral("refreshAction"));
    QAction *loadAll = window->action(QStringLiteral("loadAllAction"));
    if (!refresh || !loadAll || !refresh->isEnabled() || !loadAll->isEnabled()) {
        *error = QStringLiteral("the window offers no Refresh and Load All");
        return std::nullopt;
    }

    // ---- Load All: from an empty list to every user, with the view attached ----
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 rssBefore = residentBytes();
    StallProbe probe;
    bool finished = false;
    QEventLoop loadLoop;
    const auto checkDone = [&] {
        if (finished && !model->isLoading())
            loadLoop.quit();
    };
    const QMetaObject::Connection onBatch
        = QObject::connect(model, &PagedTableModel::batchFinished, &loadLoop, [&] {
              finished = true;
              checkDone();
          });
    const QMetaObject::Connection onLoading
        = QObject::connect(model, &PagedTableModel::loadingChanged, &loadLoop, checkDone);
    app.manager.startRecording();
    // The server's CPU is known only for a server this run started (pid 0 would be this process).
    const qint64 serverPid = m_options.url.isEmpty() ? server.pid() : 0;
    const auto serverCpu = [serverPid] { return serverPid > 0 ? cpuSeconds(serverPid) : 0.0; };
    const double serverCpuBeforeLoad = serverCpu();
    const double cpuBeforeLoad = cpuSeconds();
    const QHash<QString, double> threadsBeforeLoad = threadCpuSeconds();
    const SystemCpu systemBefore = SystemCpu::now();
    probe.start();
    QElapsedTimer clock;
    clock.start();
    refresh->trigger();
    loadAll->trigger();
    loadLoop.exec();
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    const double serverCpuLoad = serverCpu() - serverCpuBeforeLoad;
    const double cpuLoad = cpuSeconds() - cpuBeforeLoad;
    const QHash<QString, double> threadsAfterLoad = threadCpuSeconds();
    const double busy = SystemCpu::now().busySince(systemBefore);

    QObject::disconnect(onBatch);
    QObject::disconnect(onLoading);
    const QList<QNetworkRequest> requests = app.manager.stopRecording();
    const int depth = app.manager.maxInFlight();
    if (model->rowCount() != users && m_options.url.isEmpty()) {
        *error = QStringLiteral("loaded %1 users of %2: %3")
                     .arg(model->rowCount())
                     .arg(users)
                     .arg(model->lastError().isError() ? model->lastError().toString() : model->stopReason());
        return std::nullopt;
    }
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const qint64 rssAfter = residentBytes();

    // ---- The same requests with a bare client that reads each body and drops it: one request at a
    // time, as a plain loop fetches them (wire_s), and, for the record, as many at a time as the app
    // had in flight ----
    const double serverCpuBeforeWire = serverCpu();
    const double cpuBeforeWire = cpuSeconds();
    const WireFetch::Outcome wire = WireFetch::run(requests, 1);
    const double serverCpuWire = serverCpu() - serverCpuBeforeWire;
    const double cpuWire = cpuSeconds() - cpuBeforeWire;
    const WireFetch::Outcome wireAtDepth = depth > 1 ? WireFetch::run(requests, depth) : wire;
    if (wire.failures > 0 || wireAtDepth.failures > 0) {
        *error = QStringLiteral("%1 of the bare client's requests failed")
                     .arg(wire.failures + wireAtDepth.failures);
        return std::nullopt;
    }
    const double pages = double(qMax<qsizetype>(1, requests.size()));
    const auto perPage = [&](double seconds) { return QString::number(seconds * 1000.0 / pages, 'f', 3); };
    const auto serverPerPage
        = [&](double seconds) { return serverPid > 0 ? perPage(seconds) : QStringLiteral("unknown"); };
    log << "  " << requests.size() << " pages; ms per page: app " << perPage(loadSeconds) << " with " << depth
        << " in flight (CPU: app " << perPage(cpuLoad) << ", server " << serverPerPage(serverCpuLoad)
        << "); wire " << perPage(wire.seconds) << " one at a time (CPU: client " << perPage(cpuWire)
        << ", server " << serverPerPage(serverCpuWire) << "), " << perPage(wireAtDepth.seconds) << " "
        << depth << " at a time\n";
    log << "  during Load All: both cores " << QString::number(busy * 100.0, 'f', 0)
        << "% busy; CPU ms per page by thread:";
    for (auto it = threadsAfterLoad.cbegin(); it != threadsAfterLoad.cend(); ++it) {
        const double used = it.value() - threadsBeforeLoad.value(it.key());
        if (used > 0)
            log << ' ' << it.key() << ' ' << perPage(used);
    }
    log << '\n';

    // ---- Sorting: a click on a header with every user loaded ----
    const int nameColumn = model->columnOf(UserField::Name);
    const int createdColumn = model->columnOf(UserField::CreatedAt);
    if (nameColumn < 0 || createdColumn < 0) {
        *error = QStringLiteral("the service shows no Name or Created column");
        return std::nullopt;
    }
    const double cpuBeforeName = threadCpuMs();
    const double sortName = clickHeader(view, nameColumn);
    const double sortNameCpu = threadCpuMs() - cpuBeforeName;
    if (view->horizontalHeader()->sortIndicatorSection() != nameColumn) {
        *error = QStringLiteral("clicking the Name header did not sort by it");
        return std::nullopt;
    }
    const double cpuBeforeCreated = threadCpuMs();
    const double sortCreated = clickHeader(view, createdColumn);
    const double sortCreatedCpu = threadCpuMs() - cpuBeforeCreated;

    // ---- Filtering: the query typed one key at a time, each key until the view has its rows ----
    bool filtered = false;
    QObject::connect(filterBar, &FilterBar::changed, filterBar, [&] { filtered = true; });
    const auto settleFilter = [&] {
        while (!filtered)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        settleAndPaint(view);
    };
    QList<double> keystrokes;
    QList<double> keystrokesCpu;
    for (int round = 0; round < m_options.filterRounds; ++round) {
        for (const QChar key : m_options.query) {
            filtered = false;
            const double cpuBefore = threadCpuMs();
            clock.restart();
            QTest::keyClicks(filterEdit, QString(key));
            settleFilter();
            keystrokes << elapsedMs(clock);
            keystrokesCpu << threadCpuMs() - cpuBefore;
        }
        log << "  \"" << m_options.query << "\" matches " << view->model()->rowCount() << " users\n";
        filtered = false;
        filterEdit->clear();
        settleFilter();
    }

    const auto ms = [](double value) { return QString::number(value, 'f', 1); };
    log << "  GUI-thread CPU ms (the wall-clock figures less the time others held the cores): keystroke p95 "
        << ms(percentile(keystrokesCpu, 0.95)) << ", max "
        << ms(*std::max_element(keystrokesCpu.cbegin(), keystrokesCpu.cend())) << "; sort by name "
        << ms(sortNameCpu) << ", by created " << ms(sortCreatedCpu) << '\n';

    Figures figures;
    figures.service = kind->id;
    figures.users = model->rowCount();
    figures.pageSize = pageSize;
    figures.loadAllS = loadSeconds;
    figures.wireS = wire.seconds;
    figures.jsonBytes = wire.bodyBytes;
    figures.rssGrowthBytes = rssAfter - rssBefore;
    figures.filterMsP95 = percentile(keystrokes, 0.95);
    figures.filterMsMax = *std::max_element(keystrokes.cbegin(), keystrokes.cend());
    figures.sortMsName = sortName;
    figures.sortMsCreated = sortCreated;
    figures.maxStallMs = probe.maxGapMs();
    log.flush();
    return figures;
}
