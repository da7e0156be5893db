// Bulk changes through the store against the stand-ins, with injected faults: each user's result,
// bounded concurrency, a pause for Retry-After, cancel mid-way (what was sent is reported as
// sent), retrying the failed ones, the admin's own account left out, batches where the service
// has them.

#include "BulkOperation.h"
#include "StoreStand.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

namespace {
using Stand = StoreStand;

bool finishes(BulkOperation *operation, int timeoutMs = 20000)
{
    QSignalSpy finished(operation, &BulkOperation::finished);
    if (!operation->isRunning())
        operation->start();
    return !finished.isEmpty() || finished.wait(timeoutMs);
}
} // namespace

class BulkTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }
    void eachUserHasItsResult();
    void concurrencyIsBounded();
    void retryAfterPausesThenRetries();
    void hugeRetryAfterFailsTheItem();
    void cancelMidWayReportsWhatWasSent();
    void failedOnesAreRetried();
    void ownAccountIsLeftOut();
    void deleteAndRoleChange();
    void createsInBatchesWhereTheServiceCan();
    void createsOneByOneElsewhere();
    void summaryCountsInTheLocalesDigits();
};

void BulkTest::eachUserHasItsResult()
{
    Stand s(QStringLiteral("rest-v1"));
    QVERIFY(s.users.size() >= 10);
    const QList<User> chosen = s.users.mid(1, 10);
    MockFault forbidden;
    forbidden.status = 403;
    forbidden.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/") + chosen.at(3).id, forbidden);
    s.server.setFault(QStringLiteral("/v1/users/") + chosen.at(7).id, forbidden);
    QSignalSpy changed(s.store.get(), &UserStore::userChanged);
    auto *operation = BulkOperation::setState(s.store.get(), chosen, UserState::Suspended, this);
    QVERIFY(finishes(operation));
    QCOMPARE(operation->count(BulkItem::Status::Succeeded), 8);
    QCOMPARE(operation->count(BulkItem::Status::Failed), 2);
    QCOMPARE(operation->items().at(3).status, BulkItem::Status::Failed);
    QVERIFY(operation->items().at(3).message.contains(QStringLiteral("Access denied")));
    QCOMPARE(operation->items().at(0).user.state, UserState::Suspended); // the server's answer
    QCOMPARE(changed.count(), 8); // every view hears of each confirmed change
    QVERIFY(operation->summary().contains(QStringLiteral("2 failed")));
    QCOMPARE(s.audit.entries().size(), 10); // the refusals too
}

void BulkTest::concurrencyIsBounded()
{
    Stand s(QStringLiteral("rest-v1"));
    const QList<User> chosen = s.users.mid(1, 12);
    MockFault slow;
    slow.delayMs = 150;
    slow.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/.*"), slow);
    auto *operation = BulkOperation::setState(s.store.get(), chosen, UserState::Inactive, this);
    operation->setConcurrency(3);
    int most = 0;
    connect(operation, &BulkOperation::itemChanged, this,
            [&] { most = qMax(most, operation->count(BulkItem::Status::Running)); });
    QVERIFY(finishes(operation));
    QCOMPARE(operation->count(BulkItem::Status::Succeeded), 12);
    QCOMPARE(most, 3); // three at a time, never more
}

void BulkTest::retryAfterPausesThenRetries()
{
    Stand s(QStringLiteral("rest-v1"));
    const QList<User> chosen = s.users.mid(1, 4);
    MockFault slowDown;
    slowDown.status = 429;
    slowDown.retryAfter = "1";
    slowDown.times = 1;
    slowDown.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/") + chosen.at(2).id, slowDown);
    auto *operation = BulkOperation::setState(s.store.get(), chosen, UserState::Inactive, this);
    QSignalSpy paused(operation, &BulkOperation::pausedChanged);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finishes(operation));
    QCOMPARE(operation->count(BulkItem::Status::Succeeded), 4);
    QCOMPARE(operation->items().at(2).attempts, 2);
    QVERIFY(!paused.isEmpty());
    QCOMPARE(paused.first().at(0).toBool(), true);
    QCOMPARE(paused.first().at(1).toInt(), 1);
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
}

void BulkTest::hugeRetryAfterFailsTheItem()
{
    Stand s(QStringLiteral("rest-v1"));
    const QList<User> chosen = s.users.mid(1, 2);
    MockFault slowDown;
    slowDown.status = 429;
    slowDown.retryAfter = "3600";
    slowDown.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/") + chosen.at(0).id, slowDown);
    auto *operation = BulkOperation::setState(s.store.get(), chosen, UserState::Inactive, this);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finishes(operation));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(operation->items().at(0).status, BulkItem::Status::Failed);
    QVERIFY(operation->items().at(0).message.contains(QStringLiteral("retried in")));
    QCOMPARE(operation->items().at(1).status, BulkItem::Status::Succeeded);
}

void BulkTest::cancelMidWayReportsWhatWasSent()
{
    Stand s(QStringLiteral("rest-v1"));
    const QList<User> chosen = s.users.mid(1, 12);
    MockFault slow;
    slow.delayMs = 400;
    slow.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/.*"), slow);
    auto *operation = BulkOperation::setState(s.store.get(), chosen, UserState::Inactive, this);
    operation->setConcurrency(2);
    QSignalSpy finished(operation, &BulkOperation::finished);
    operation->start();
    // Once the first two have been answered and the next two are on the server, cancel.
    QTRY_VERIFY_WITH_TIMEOUT(operation->count(BulkItem::Status::Succeeded) >= 2 && s.requests("PATCH") >= 4,
                             10000);
    operation->cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    const int sent = s.requests("PATCH");
    QCOMPARE(operation->count(BulkItem::Status::Succeeded) + operation->count(BulkItem::Status::Unknown),
             sent);
    QVERIFY(operation->count(BulkItem::Status::Unknown) >= 1); // sent, then canceled: not "failed"
    QCOMPARE(operation->count(BulkItem::Status::Canceled), 12 - sent);
    QTest::qWait(600);
    QCOMPARE(s.requests("PATCH"), sent); // nothing more went out
}

void BulkTest::failedOnesAreRetried()
{
    Stand s(QStringLiteral("rest-v1"));
    const QList<User> chosen = s.users.mid(1, 5);
    MockFault broken;
    broken.status = 500;
    broken.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/(") + chosen.at(1).id + QLatin1Char('|') + chosen.at(4).id
                          + QLatin1Char(')'),
                      broken);
    auto *operation = BulkOperation::setState(s.store.get(), chosen, UserState::Inactive, this);
    QVERIFY(finishes(operation));
    QCOMPARE(operation->count(BulkItem::Status::Failed), 2);
    s.server.clearFaults();
    const int before = s.requests("PATCH");
    operation->retryFailed();
    QVERIFY(finishes(operation));
    QCOMPARE(operation->count(BulkItem::Status::Succeeded), 5);
    QCOMPARE(s.requests("PATCH") - before, 2); // only the failed two went again
}

void BulkTest::ownAccountIsLeftOut()
{
    Stand s(QStringLiteral("rest-v1"));
    const QList<User> chosen = s.users.mid(0, 3);
    s.store->setActor(chosen.at(1));
    auto *operation = BulkOperation::setState(s.store.get(), chosen, UserState::Inactive, this);
    QCOMPARE(operation->items().at(1).status, BulkItem::Status::Skipped);
    QVERIFY(finishes(operation));
    QCOMPARE(operation->count(BulkItem::Status::Succeeded), 2);
    QCOMPARE(operation->items().at(1).status, BulkItem::Status::Skipped);
    const QList<MockRequest> sent = s.server.receivedRequests();
    QVERIFY(std::none_of(sent.cbegin(), sent.cend(), [&](const MockRequest &r) {
        return r.method == "PATCH" && r.path.endsWith(chosen.at(1).id);
    }));
}

void BulkTest::deleteAndRoleChange()
{
    Stand s(QStringLiteral("rest-v1"));
    auto *roles = BulkOperation::changeRole(s.store.get(), s.users.mid(1, 3), QStringLiteral("viewer"), this);
    QVERIFY(finishes(roles));
    QCOMPARE(roles->count(BulkItem::Status::Succeeded), 3);
    QCOMPARE(roles->items().at(0).user.roles, QStringList{ QStringLiteral("viewer") });
    QSignalSpy removed(s.store.get(), &UserStore::userRemoved);
    auto *deletion = BulkOperation::remove(s.store.get(), s.users.mid(5, 4), this);
    QVERIFY(finishes(deletion));
    QCOMPARE(deletion->count(BulkItem::Status::Succeeded), 4);
    QCOMPARE(removed.count(), 4);
}

void BulkTest::createsInBatchesWhereTheServiceCan()
{
    Stand s(QStringLiteral("papr-memory"));
    QList<UserChanges> rows;
    for (int i = 0; i < 120; ++i)
        rows << UserChanges{ { UserField::ExternalId, QStringLiteral("imported-%1").arg(i) },
                             { UserField::Email, QStringLiteral("imported%1@example.com").arg(i) },
                             { UserField::Type, QStringLiteral("user") } };
    rows[60].insert(UserField::ExternalId, QStringLiteral("user123")); // taken by the reference user
    QSignalSpy added(s.store.get(), &UserStore::usersAdded);
    auto *operation = BulkOperation::create(s.store.get(), rows, this);
    QVERIFY(finishes(operation, 30000));
    QCOMPARE(operation->count(BulkItem::Status::Succeeded), 119);
    QCOMPARE(operation->items().at(60).status, BulkItem::Status::Failed);
    QVERIFY(!operation->items().at(60).message.isEmpty());
    QCOMPARE(operation->items().at(61).user.externalId, QStringLiteral("imported-61"));
    QCOMPARE(s.requests("POST"), 3); // 50 + 50 + 20
    QVERIFY(!added.isEmpty());
}

void BulkTest::createsOneByOneElsewhere()
{
    Stand s(QStringLiteral("rest-v1"));
    QList<UserChanges> rows;
    for (int i = 0; i < 5; ++i)
        rows << UserChanges{ { UserField::Name, QStringLiteral("Imported %1").arg(i) },
                             { UserField::Email, QStringLiteral("imported%1@example.com").arg(i) },
                             { UserField::Role, QStringLiteral("user") },
                             { UserField::Password, QStringLiteral("long-enough-password") } };
    rows[2].insert(UserField::Email, QStringLiteral("john@example.com")); // taken: 409
    auto *operation = BulkOperation::create(s.store.get(), rows, this);
    QVERIFY(finishes(operation));
    QCOMPARE(operation->count(BulkItem::Status::Succeeded), 4);
    QCOMPARE(operation->items().at(2).status, BulkItem::Status::Failed);
    QVERIFY(operation->items().at(2).message.contains(QStringLiteral("already exists")));
    QCOMPARE(s.requests("POST"), 5);
}

void BulkTest::summaryCountsInTheLocalesDigits()
{
    Stand s(QStringLiteral("rest-v1"));
    QList<User> many;
    for (int i = 0; i < 1300; ++i) {
        User user = s.users.at(1);
        user.id = QStringLiteral("bulk-%1").arg(i);
        many << user;
    }
    auto *operation = BulkOperation::remove(s.store.get(), many, this);
    operation->start();
    operation->cancel(); // all but the few in flight are never sent
    QVERIFY(finishes(operation));
    const int notSent = operation->count(BulkItem::Status::Canceled);
    QVERIFY(notSent >= 1000);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = operation->summary();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = operation->summary();
    QLocale::setDefault(before);
    QVERIFY2(english.contains(QStringLiteral("1,%1 not sent").arg(notSent % 1000, 3, 10, QLatin1Char('0'))),
             qPrintable(english));
    QVERIFY2(german.contains(QStringLiteral("1.%1").arg(notSent % 1000, 3, 10, QLatin1Char('0'))),
             qPrintable(german));
}

QTEST_GUILESS_MAIN(BulkTest)
#include "tst_bulk.moc"
