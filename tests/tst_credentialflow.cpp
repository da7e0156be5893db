// Where a connection's credential comes from: the keychain, this run's memory when there is no
// keychain, or the admin when neither has it; never the settings file.

#include "ConnectionManager.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "SecretStore.h"
#include "UserDirectory.h"
#include "UserStore.h"

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
    void unsavedConnectionRemembersNothing();
    void noKeychainKeepsItForThisRun();
    void rejectedCredentialIsAskedAgain();
    void declinedPromptSignsOut();
    void incompleteProfileFails();

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

namespace {
QList<Connection::State> statesOf(const QSignalSpy &spy)
{
    QList<Connection::State> states;
    for (const QList<QVariant> &arguments : spy)
        states << arguments.first().value<Connection::State>();
    return states;
}
} // namespace

void CredentialFlowTest::savedCredentialConnects()
{
    MemorySecretStore keychain;
    bool written = false;
    keychain.writeSecret(profile().secretKey(), OrgAppService::defaultToken(), this,
                         [&written](const SecretResult &) { written = true; });
    QTRY_VERIFY(written);
    ConnectionManager manager(&m_manager, &keychain);
    Connection *connection = manager.open(profile(), true);
    QSignalSpy states(connection, &Connection::stateChanged);
    QTRY_COMPARE(connection->state(), Connection::State::Connected);
    QVERIFY(!statesOf(states).contains(Connection::State::AskingForCredential));
    QVERIFY(connection->directory());
    QVERIFY(connection->store());
    // The signed-in admin is read once connected, for the status bar and the audit trail.
    QSignalSpy me(connection, &Connection::signedInUserChanged);
    QVERIFY(me.count() == 1 || me.wait());
    QVERIFY(connection->signedInUser().isValid());
}

void CredentialFlowTest::missingCredentialIsAskedFor()
{
    MemorySecretStore keychain;
    ConnectionManager manager(&m_manager, &keychain);
    Connection *connection = manager.open(profile(), true);
    QTRY_COMPARE(connection->state(), Connection::State::AskingForCredential);
    QVERIFY(connection->stateMessage().contains(QStringLiteral("No credential is saved")));
    QVERIFY(connection->canRememberCredential());
    QVERIFY(!connection->store());
}

void CredentialFlowTest::rememberedAnswerGoesToTheKeychain()
{
    MemorySecretStore keychain;
    ConnectionManager manager(&m_manager, &keychain);
    Connection *connection = manager.open(profile(), true);
    QTRY_COMPARE(connection->state(), Connection::State::AskingForCredential);
    connection->provideCredential(OrgAppService::defaultToken(), true);
    QTRY_COMPARE(connection->state(), Connection::State::Connected);
    std::optional<SecretResult> stored;
    keychain.readSecret(profile().secretKey(), this, [&stored](const SecretResult &r) { stored = r; });
    QTRY_VERIFY(stored);
    QCOMPARE(stored->secret, OrgAppService::defaultToken());
}

void CredentialFlowTest::unsavedConnectionRemembersNothing()
{
    // --connect and the demo have no keychain entry to come back to: nothing is written there.
    MemorySecretStore keychain;
    ConnectionManager manager(&m_manager, &keychain);
    Connection *connection = manager.open(profile(), false);
    QTRY_COMPARE(connection->state(), Connection::State::AskingForCredential);
    QVERIFY(!connection->canRememberCredential());
    connection->provideCredential(OrgAppService::defaultToken(), true);
    QTRY_COMPARE(connection->state(), Connection::State::Connected);
    std::optional<SecretResult> stored;
    keychain.readSecret(profile().secretKey(), this, [&stored](const SecretResult &r) { stored = r; });
    QTRY_VERIFY(stored);
    QCOMPARE(stored->status, SecretResult::Status::NotFound);
}

void CredentialFlowTest::noKeychainKeepsItForThisRun()
{
    MissingKeychain keychain;
    ConnectionManager manager(&m_manager, &keychain);
    QSignalSpy notices(&manager, &ConnectionManager::notice);
    Connection *connection = manager.open(profile(), true);
    QTRY_COMPARE(connection->state(), Connection::State::AskingForCredential);
    QVERIFY(connection->stateMessage().contains(QStringLiteral("memory for this run only")));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(QStringLiteral("keychain is not available")));
    QVERIFY(!manager.isKeychainAvailable());
    QVERIFY(!connection->canRememberCredential());
    connection->provideCredential(OrgAppService::defaultToken(), true);
    QTRY_COMPARE(connection->state(), Connection::State::Connected);
    QCOMPARE(keychain.writes, 0); // known to be missing: not asked again

    // Opening the same connection again in this run does not ask again.
    const int readsBefore = keychain.reads;
    connection = manager.open(profile(), true);
    QSignalSpy states(connection, &Connection::stateChanged);
    QTRY_COMPARE(connection->state(), Connection::State::Connected);
    QVERIFY(!statesOf(states).contains(Connection::State::AskingForCredential));
    QCOMPARE(keychain.reads, readsBefore);
}

void CredentialFlowTest::rejectedCredentialIsAskedAgain()
{
    MemorySecretStore keychain;
    ConnectionManager manager(&m_manager, &keychain);
    Connection *connection = manager.open(profile(), true, QStringLiteral("stale-token"));
    QTRY_COMPARE(connection->state(), Connection::State::AskingForCredential); // /me refused it
    QVERIFY(connection->stateMessage().contains(QStringLiteral("did not accept")));
    UserDirectory *directory = connection->directory();
    UserStore *store = connection->store();
    QVERIFY(directory && store);
    connection->provideCredential(OrgAppService::defaultToken(), false);
    QTRY_COMPARE(connection->state(), Connection::State::Connected);
    // Same connection, same directory and store: the window keeps its place.
    QCOMPARE(connection->directory(), directory);
    QCOMPARE(connection->store(), store);
    std::optional<Result<User>> me;
    directory->fetchCurrentUser(this, [&me](const Result<User> &r) { me = r; });
    QTRY_VERIFY(me);
    QVERIFY(me->ok());
}

void CredentialFlowTest::declinedPromptSignsOut()
{
    MemorySecretStore keychain;
    ConnectionManager manager(&m_manager, &keychain);
    Connection *connection = manager.open(profile(), true);
    QTRY_COMPARE(connection->state(), Connection::State::AskingForCredential);
    connection->declineCredential();
    QCOMPARE(connection->state(), Connection::State::SignedOut);
}

void CredentialFlowTest::incompleteProfileFails()
{
    MemorySecretStore keychain;
    ConnectionManager manager(&m_manager, &keychain);
    ConnectionProfile p = profile();
    p.organization.clear();
    Connection *connection = manager.open(p, true, QStringLiteral("token"));
    QCOMPARE(connection->state(), Connection::State::Failed);
    QVERIFY(connection->stateMessage().contains(QStringLiteral("organization slug")));
    QVERIFY(!connection->directory());
}

QTEST_GUILESS_MAIN(CredentialFlowTest)
#include "tst_credentialflow.moc"
