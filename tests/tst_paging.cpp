// Paging that a server cannot steer: a server that always says there is another page, repeats
// a page, or states a false total must not make Roster download without end. Against a real
// HTTP stand-in, through the real client, dialect and models, and through the window's filter.

#include "AutoLoader.h"
#include "LoadMoreBar.h"
#include "MainWindow.h"
#include "RemoteUserDirectory.h"
#include "ServiceRegistry.h"
#include "UserTableModel.h"
#include "WindowFixture.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
// An Org App user list that never ends: every page is full and says has_next_page.
struct EndlessList {
    enum class Pages { Distinct, Repeated };
    Pages pages = Pages::Distinct;
    qint64 total = 1'000'000'000;
    int requests = 0;

    void install(MockHttpServer &server)
    {
        server.route("GET", QStringLiteral("/api/v1/app/user"), [this](const MockRequest &request) {
            ++requests;
            const int page
                = pages == Pages::Repeated ? 1 : request.queryValue(QStringLiteral("page")).toInt();
            const int size = request.queryValue(QStringLiteral("page_size")).toInt();
            QJsonArray data;
            for (int i = 0; i < size; ++i) {
                const QString id = QStringLiteral("u%1-%2").arg(page).arg(i);
                data.append(
                    QJsonObject{ { QLatin1String("id"), id },
                                 { QLatin1String("name"), QStringLiteral("Person %1").arg(id) },
                                 { QLatin1String("email"), QString(id + QStringLiteral("@example.com")) },
                                 { QLatin1String("state"), QStringLiteral("Active") },
                                 { QLatin1String("roles"), QJsonArray{ QStringLiteral("AppMember") } } });
            }
            return MockResponse::json(
                200,
                QJsonDocument(QJsonObject{ { QLatin1String("data"), data },
                                           { QLatin1String("has_next_page"), true },
                                           { QLatin1String("has_previous_page"), page > 1 },
                                           { QLatin1String("total_count"), double(total) } }));
        });
        server.route("GET", QStringLiteral("/api/v1/app/me"), [](const MockRequest &) {
            return MockResponse::json(
                200, QJsonDocument(QJsonObject{ { QLatin1String("id"), QStringLiteral("me") } }));
        });
    }
};

ConnectionProfile orgProfile(const QUrl &url)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("endless");
    profile.name = QStringLiteral("Endless");
    profile.baseUrl = url;
    profile.serviceKind = QStringLiteral("org-app");
    profile.organization = QStringLiteral("acme");
    profile.pageSize = 50;
    profile.timeoutSeconds = 10;
    return profile;
}
} // namespace

class PagingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }
    void repeatedPageEndsTheList();
    void statedTotalEndsTheList();
    void loadAllHasACeiling();
    void filterFetchesABoundedNumberOfPages();

private:
    struct Directory {
        MockHttpServer server;
        EndlessList list;
        QNetworkAccessManager manager;
        std::unique_ptr<RemoteUserDirectory> directory;
        UserTableModel model;

        explicit Directory(EndlessList::Pages pages, qint64 total = 1'000'000'000)
        {
            list.pages = pages;
            list.total = total;
            list.install(server);
            if (!server.listen())
                qFatal("no port");
            const ConnectionProfile profile = orgProfile(server.baseUrl());
            directory = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(profile),
                                                              &manager, profile);
            directory->setCredential(QStringLiteral("token"));
            model.setDirectory(directory.get());
            UserQuery query;
            query.pageSize = 50;
            model.setQuery(query);
        }
    };
};

void PagingTest::repeatedPageEndsTheList()
{
    Directory d(EndlessList::Pages::Repeated);
    QSignalSpy finished(&d.model, &PagedTableModel::batchFinished);
    d.model.reload();
    QTRY_COMPARE(d.model.rowCount(), 50);
    d.model.loadAll();
    QVERIFY(finished.wait(5000));
    QCOMPARE(d.list.requests, 2); // the first page, and the one that repeated it
    QCOMPARE(d.model.rowCount(), 50);
    QVERIFY(!d.model.canFetchMore(QModelIndex()));
    QVERIFY(d.model.stopReason().contains(QStringLiteral("again")));
    QTest::qWait(200);
    QCOMPARE(d.list.requests, 2);
}

void PagingTest::statedTotalEndsTheList()
{
    Directory d(EndlessList::Pages::Distinct, 120);
    QSignalSpy finished(&d.model, &PagedTableModel::batchFinished);
    d.model.reload();
    d.model.loadAll();
    QVERIFY(finished.wait(5000));
    // Three pages of 50 hold the 120 the server counted; it says "more" but is not believed.
    QCOMPARE(d.list.requests, 3);
    QVERIFY(!d.model.canFetchMore(QModelIndex()));
}

void PagingTest::loadAllHasACeiling()
{
    Directory d(EndlessList::Pages::Distinct);
    d.model.setRowCeiling(500);
    QSignalSpy finished(&d.model, &PagedTableModel::batchFinished);
    d.model.reload();
    d.model.loadAll();
    QVERIFY(finished.wait(10000));
    QCOMPARE(d.model.rowCount(), 500);
    QCOMPARE(d.list.requests, 10);
    QVERIFY(!d.model.canFetchMore(QModelIndex()));
    QVERIFY(d.model.stopReason().contains(QLocale().toString(500)));
}

void PagingTest::filterFetchesABoundedNumberOfPages()
{
    WindowFixture f;
    EndlessList list;
    list.install(f.server);
    f.window->openProfile(orgProfile(f.server.baseUrl()), QStringLiteral("token"));
    QTRY_COMPARE(f.window->userModel()->rowCount(), 50);
    QCOMPARE(list.requests, 1);

    // A filter that matches nothing on an endless list: a few pages are searched, then the
    // admin is asked, instead of the whole (endless) directory being fetched unasked.
    auto *filter = f.window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("nobody-has-this-name"));
    auto *bar = f.window->findChild<LoadMoreBar *>(QStringLiteral("loadMoreBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    const int automatic = AutoLoader::DefaultPagesPerChange;
    QCOMPARE(list.requests, 1 + automatic);
    QTest::qWait(300);
    QCOMPARE(list.requests, 1 + automatic); // and then nothing more, unasked

    // "Load More" is one more bounded batch.
    auto *more = bar->findChild<QPushButton *>(QStringLiteral("loadMoreButton"));
    QVERIFY(more && more->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE(list.requests, 1 + 2 * automatic);
    QTRY_VERIFY(bar->isVisible());
    QTest::qWait(300);
    QCOMPARE(list.requests, 1 + 2 * automatic);

    // "Load All" runs until stopped; Stop ends it.
    auto *all = bar->findChild<QPushButton *>(QStringLiteral("loadAllButton"));
    auto *stop = bar->findChild<QPushButton *>(QStringLiteral("stopLoadingButton"));
    QVERIFY(all && stop);
    QTest::mouseClick(all, Qt::LeftButton);
    QTRY_VERIFY(stop->isVisible());
    QTRY_VERIFY(list.requests > 1 + 2 * automatic + 2);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTest::qWait(100); // the page in flight may still arrive
    const int afterStop = list.requests;
    QTest::qWait(300);
    QCOMPARE(list.requests, afterStop);

    // Clearing the filter ends automatic loading altogether.
    filter->clear();
    QTRY_VERIFY(!bar->isVisible());
}

QTEST_MAIN(PagingTest)
#include "tst_paging.moc"
