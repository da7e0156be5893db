// Credentials in a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-keyring.sh) through QtKeychain, and the in-memory store used for the demo and as the
// fallback when there is no keychain.

#include "SecretStore.h"

#include <QTest>

namespace {
struct Outcome {
    std::optional<SecretResult> result;
    SecretStore::Callback callback()
    {
        return [this](const SecretResult &r) { result = r; };
    }
};
} // namespace

class SecretStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void neverWrittenIsNotFound_data();
    void neverWrittenIsNotFound();
    void deadContextGetsNoCallback();

private:
    static std::unique_ptr<SecretStore> make(const QString &kind);
    static SecretResult run(const std::function<void(SecretStore::Callback)> &call);
};

std::unique_ptr<SecretStore> SecretStoreTest::make(const QString &kind)
{
    if (kind == QLatin1String("keychain"))
        return std::make_unique<KeychainSecretStore>(QStringLiteral("RosterTest"));
    return std::make_unique<MemorySecretStore>();
}

SecretResult SecretStoreTest::run(const std::function<void(SecretStore::Callback)> &call)
{
    Outcome outcome;
    call(outcome.callback());
    if (!QTest::qWaitFor([&] { return outcome.result.has_value(); }, 20000))
        return SecretResult{ SecretResult::Status::Failed, QString(), QStringLiteral("no answer") };
    return *outcome.result;
}

void SecretStoreTest::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("keychain") << QStringLiteral("keychain");
    QTest::newRow("memory") << QStringLiteral("memory");
}

void SecretStoreTest::roundTrip()
{
    QFETCH(QString, kind);
    auto store = make(kind);
    const QString key = QStringLiteral("profile/round-trip");
    SecretResult written
        = run([&](auto done) { store->writeSecret(key, QStringLiteral("s3cr3t-ä"), this, done); });
    QVERIFY2(written.ok(), qPrintable(written.message));
    SecretResult read = run([&](auto done) { store->readSecret(key, this, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, QStringLiteral("s3cr3t-ä"));
    QVERIFY(run([&](auto done) { store->writeSecret(key, QStringLiteral("second"), this, done); }).ok());
    QCOMPARE(run([&](auto done) { store->readSecret(key, this, done); }).secret, QStringLiteral("second"));
    QVERIFY(run([&](auto done) { store->removeSecret(key, this, done); }).ok());
    QCOMPARE(run([&](auto done) { store->readSecret(key, this, done); }).status,
             SecretResult::Status::NotFound);
}

void SecretStoreTest::neverWrittenIsNotFound_data()
{
    roundTrip_data();
}

void SecretStoreTest::neverWrittenIsNotFound()
{
    QFETCH(QString, kind);
    auto store = make(kind);
    const SecretResult read
        = run([&](auto done) { store->readSecret(QStringLiteral("profile/never"), this, done); });
    QCOMPARE(read.status, SecretResult::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void SecretStoreTest::deadContextGetsNoCallback()
{
    for (const QString &kind : { QStringLiteral("keychain"), QStringLiteral("memory") }) {
        auto store = make(kind);
        bool called = false;
        auto *context = new QObject;
        store->readSecret(QStringLiteral("profile/never"), context,
                          [&called](const SecretResult &) { called = true; });
        delete context;
        // Give the store time to answer; a live context would have been called by now.
        Outcome probe;
        store->readSecret(QStringLiteral("profile/never"), this, probe.callback());
        QVERIFY(QTest::qWaitFor([&] { return probe.result.has_value(); }, 20000));
        QTest::qWait(50);
        QVERIFY2(!called, qPrintable(kind));
    }
}

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "tst_secretstore.moc"
