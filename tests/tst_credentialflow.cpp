// Where a connection's credential comes from: the keychain, this run's memory when there is no
// keychain, or the admin when neither has it; never the settings file.

#include "ConnectionController.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "SecretStore.h"
#include "UserDirectory.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
// A keychain that is not there (no Secret Service on the session bus).
class MissingKeychain final : public SecretStore {
public:
    int reads = 0;
    int writes = 0;
    void readSecret(const QString &, QObject *context, Callback done) override
    {
        ++reads;
        fail(context, done);
    }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override
    {
        ++writes;
        fail(context, done);
    }
    void removeSecret(const QString &, QObject *context, Callback done) override { fail(context, done); }

private:
    void fail(QObject *context, Callback done)
    {
        QPointer<QObject> receiver(context);
        QTimer::singleShot(0, this, [receiver, done] {
            if (receiver)
                done(SecretResult{ SecretResult::Status::NoBackend, QString(),
                                   QStringLiteral("The name org.freedesktop.secrets was not provided") });
        });
    }
};
} // namespace

class CredentialFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savedCredentialConnects();
    void missingCredentialIsAskedFor();
    void rememberedAnswerGoesToTheKeychain();
    void noKeychainKeepsItForThisRun();
    void rejectedCredentialIsAskedAgain();
    void incompleteProfileIsRefused();

private:
    ConnectionProfile profile() const;

    QNetworkAccessManager m_manager;
    std::unique_ptr<MockHttpServer> m_server;
};

void CredentialFlowTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void CredentialFlowTest::init()
{
    m_server = std::make_unique<MockHttpServer>();
    QVERIFY(m_server->listen());
    new OrgAppService(m_server.get(), m_server.get());
}

void CredentialFlowTest::cleanup()
{
    m_server.reset();
}

ConnectionProfile CredentialFlowTest::profile() const
{
    ConnectionProfile p;
    p.id = QStringLiteral("flow");
    p.name = QStringLiteral("Aurora");
    p.baseUrl = m_server->baseUrl();
    p.serviceKind = QStringLiteral("org-app");
    p.organization = OrgAppService::defaultOrg();
    return p;
}

void CredentialFlowTest::savedCredentialConnects()
{
    MemorySecretStore keychain;
    bool written = false;
    keychain.writeSecret(profile().secretKey(), OrgAppService::defaultToken(), this,
                         [&written](const SecretResult &) { written = true; });
    QTRY_VERIFY(written);
    ConnectionController controller(&m_manager, &keychain);
    QSignalSpy connected(&controller, &ConnectionController::connected);
    QSignalSpy asked(&controller, &ConnectionController::credentialNeeded);
    controller.open(profile());
    QVERIFY(connected.wait());
    QCOMPARE(asked.count(), 0);
    QVERIFY(controller.directory());
}

void CredentialFlowTest::missingCredentialIsAskedFor()
{
    MemorySecretStore keychain;
    ConnectionController controller(&m_manager, &keychain);
    QSignalSpy asked(&controller, &ConnectionController::credentialNeeded);
    QSignalSpy connected(&controller, &ConnectionController::connected);
    controller.open(profile());
    QVERIFY(asked.wait());
    QVERIFY(asked.first().at(1).toString().contains(QStringLiteral("No credential is saved")));
    QCOMPARE(connected.count(), 0);
}

void CredentialFlowTest::rememberedAnswerGoesToTheKeychain()
{
    MemorySecretStore keychain;
    ConnectionController controller(&m_manager, &keychain);
    QSignalSpy asked(&controller, &ConnectionController::credentialNeeded);
    QSignalSpy connected(&controller, &ConnectionController::connected);
    controller.open(profile());
    QVERIFY(asked.wait());
    controller.provideCredential(OrgAppService::defaultToken(), true);
    QTRY_COMPARE(connected.count(), 1);
    std::optional<SecretResult> stored;
    keychain.readSecret(profile().secretKey(), this, [&stored](const SecretResult &r) { stored = r; });
    QTRY_VERIFY(stored);
    QCOMPARE(stored->secret, OrgAppService::defaultToken());
}

void CredentialFlowTest::noKeychainKeepsItForThisRun()
{
    MissingKeychain keychain;
    ConnectionController controller(&m_manager, &keychain);
    QSignalSpy asked(&controller, &ConnectionController::credentialNeeded);
    QSignalSpy notices(&controller, &ConnectionController::notice);
    QSignalSpy connected(&controller, &ConnectionController::connected);
    controller.open(profile());
    QVERIFY(asked.wait());
    QVERIFY(asked.first().at(1).toString().contains(QStringLiteral("memory for this run only")));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(QStringLiteral("keychain is not available")));
    QVERIFY(!controller.isKeychainAvailable());
    controller.provideCredential(OrgAppService::defaultToken(), true);
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(keychain.writes, 0); // known to be missing: not asked again

    // Opening the same connection again in this run does not ask again.
    const int readsBefore = keychain.reads;
    controller.open(profile());
    QTRY_COMPARE(connected.count(), 2);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(keychain.reads, readsBefore);
}

void CredentialFlowTest::rejectedCredentialIsAskedAgain()
{
    MemorySecretStore keychain;
    ConnectionController controller(&m_manager, &keychain);
    QSignalSpy connected(&controller, &ConnectionController::connected);
    QSignalSpy asked(&controller, &ConnectionController::credentialNeeded);
    controller.open(profile(), QStringLiteral("stale-token"));
    QVERIFY(connected.count() == 1 || connected.wait());
    UserDirectory *directory = controller.directory();
    std::optional<ApiError> failure;
    directory->fetchCurrentUser(this, [&failure](const Result<User> &r) {
        if (!r)
            failure = r.error();
    });
    QTRY_VERIFY(failure);
    QCOMPARE(failure->kind(), ApiError::Kind::Unauthorized);
    QTRY_COMPARE(asked.count(), 1);
    QVERIFY(asked.first().at(1).toString().contains(QStringLiteral("did not accept")));
    controller.provideCredential(OrgAppService::defaultToken(), false);
    QTRY_COMPARE(connected.count(), 2);
    QCOMPARE(controller.directory(), directory); // same connection: the window keeps its place
    std::optional<Result<User>> me;
    directory->fetchCurrentUser(this, [&me](const Result<User> &r) { me = r; });
    QTRY_VERIFY(me);
    QVERIFY(me->ok());
}

void CredentialFlowTest::incompleteProfileIsRefused()
{
    MemorySecretStore keychain;
    ConnectionController controller(&m_manager, &keychain);
    QSignalSpy notices(&controller, &ConnectionController::notice);
    ConnectionProfile p = profile();
    p.organization.clear();
    controller.open(p, QStringLiteral("token"));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(QStringLiteral("organization slug")));
    QVERIFY(!controller.directory());
}

QTEST_GUILESS_MAIN(CredentialFlowTest)
#include "tst_credentialflow.moc"
