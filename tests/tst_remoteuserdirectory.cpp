// The real client (RemoteUserDirectory + OrgAppDialect + one QNetworkAccessManager) against the
// in-process Org App stand-in: every endpoint, every error the admin can meet, cancellation.

#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "RemoteUserDirectory.h"
#include "ServiceRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace {
// Collects one callback's result; wait() spins the test's event loop through QTRY_.
template<typename T> struct Answer {
    std::optional<Result<T>> result;
    Callback<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
};
} // namespace

class RemoteUserDirectoryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void currentUser();
    void listPages();
    void getUser();
    void createUser();
    void updateUserSendsNameAndRole();
    void activateAndDeactivate();
    void projectsPaging();
    void latestArtifacts();
    void integrations();

    void wrongTokenIs401AndAsksAgain();
    void wrongOrgIs403();
    void unknownUserIs404();
    void duplicateEmailIs409WithField();
    void invalidRoleIs400WithField();
    void serverErrorIs5xx();
    void malformedBodyIsBadResponse();
    void slowServerTimesOut();
    void refusedConnectionIsUnreachable();
    void resetConnectionIsUnreachable();
    void oversizedAnswerIsDropped();
    void getIsRetriedOn503ButPostIsNot();
    void cancelMeansNoCallback();
    void destroyedContextMeansNoCallback();
    void pageIsAnsweredOnTheCallersThread();
    void cancelWhileThePageIsReadMeansNoCallback();
    void directoryGoneWhileThePageIsRead();

private:
    std::unique_ptr<RemoteUserDirectory> makeDirectory(const QString &token, const QString &org,
                                                       int timeoutSeconds = 10, QUrl url = QUrl());
    int requestsTo(const QString &pathPart) const;

    QNetworkAccessManager m_manager;
    std::unique_ptr<MockHttpServer> m_server;
    OrgAppService *m_service = nullptr;
    std::unique_ptr<RemoteUserDirectory> m_directory;
};

void RemoteUserDirectoryTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void RemoteUserDirectoryTest::init()
{
    m_server = std::make_unique<MockHttpServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_server->setRecordingRequests(true); // the tests read what the client sent
    m_service = new OrgAppService(m_server.get(), m_server.get());
    m_directory = makeDirectory(OrgAppService::defaultToken(), OrgAppService::defaultOrg());
}

void RemoteUserDirectoryTest::cleanup()
{
    m_directory.reset();
    m_server.reset();
}

std::unique_ptr<RemoteUserDirectory>
RemoteUserDirectoryTest::makeDirectory(const QString &token, const QString &org, int timeoutSeconds, QUrl url)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("test");
    profile.name = QStringLiteral("test");
    profile.baseUrl = url.isEmpty() ? m_server->baseUrl() : url;
    profile.serviceKind = QStringLiteral("org-app");
    profile.organization = org;
    profile.timeoutSeconds = timeoutSeconds;
    auto directory
        = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(profile), &m_manager, profile);
    directory->setCredential(token);
    return directory;
}

int RemoteUserDirectoryTest::requestsTo(const QString &pathPart) const
{
    const QList<MockRequest> requests = m_server->receivedRequests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [&](const MockRequest &r) { return r.path.contains(pathPart); }));
}

void RemoteUserDirectoryTest::currentUser()
{
    Answer<User> answer;
    m_directory->fetchCurrentUser(this, answer.callback());
    QTRY_VERIFY(answer.result);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().name, QStringLiteral("Sasha Patel"));
    QCOMPARE(answer.result->value().jobTitle, QStringLiteral("Product Ops Lead"));
    const MockRequest sent = m_server->receivedRequests().last();
    QCOMPARE(sent.header("authorization"), QByteArray("Bearer ") + OrgAppService::defaultToken().toUtf8());
    QCOMPARE(sent.header("x-org"), OrgAppService::defaultOrg().toUtf8());
}

void RemoteUserDirectoryTest::listPages()
{
    UserQuery query;
    query.pageSize = 100;
    QSet<QString> seen;
    bool more = true;
    qint64 total = -1;
    for (query.page = 1; more; ++query.page) {
        Answer<Page<User>> answer;
        m_directory->fetchUsers(query, this, answer.callback());
        QTRY_VERIFY(answer.result);
        QVERIFY(answer.result->ok());
        const Page<User> &page = answer.result->value();
        for (const User &user : page.items)
            seen.insert(user.id);
        QVERIFY(page.totalCount);
        total = *page.totalCount;
        more = page.hasNextPage;
        QVERIFY(query.page < 10);
    }
    QCOMPARE(query.page - 1, 3); // 269 users at 100 a page
    QCOMPARE(qint64(seen.size()), total);
    QVERIFY(total >= 250);
}

void RemoteUserDirectoryTest::getUser()
{
    Answer<User> answer;
    m_directory->fetchUser(QStringLiteral("user_9d1c3b5a7f2e4c6d"), this, answer.callback());
    QTRY_VERIFY(answer.result);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().id, QStringLiteral("user_9d1c3b5a7f2e4c6d"));
    QVERIFY(!answer.result->value().email.isEmpty());
}

void RemoteUserDirectoryTest::createUser()
{
    Answer<User> answer;
    const UserChanges input{ { UserField::AccountId, QStringLiteral("acct_new") },
                             { UserField::Role, QStringLiteral("AppMember") },
                             { UserField::Email, QStringLiteral("new.person@auroralabs.com") },
                             { UserField::Name, QStringLiteral("New Person") } };
    m_directory->createUser(input, this, answer.callback());
    QTRY_VERIFY(answer.result);
    QVERIFY2(answer.result->ok(),
             qPrintable(answer.result->ok() ? QString() : answer.result->error().toString()));
    QCOMPARE(answer.result->value().email, QStringLiteral("new.person@auroralabs.com"));
    QCOMPARE(answer.result->value().state, UserState::Active);
    QVERIFY(!m_service->user(answer.result->value().id).isEmpty());
}

void RemoteUserDirectoryTest::updateUserSendsNameAndRole()
{
    User user;
    user.id = QStringLiteral("user_9d1c3b5a7f2e4c6d");
    user.name = QStringLiteral("Before");
    user.roles = { QStringLiteral("AppMember") };
    Answer<User> answer;
    m_directory->updateUser(user, UserChanges{ { UserField::Role, QStringLiteral("AppAdmin") } }, this,
                            answer.callback());
    QTRY_VERIFY(answer.result);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().roles, QStringList{ QStringLiteral("AppAdmin") });
    const QJsonObject body = QJsonDocument::fromJson(m_server->receivedRequests().last().body).object();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("Before"));
    QCOMPARE(body.value(QLatin1String("role")).toString(), QStringLiteral("AppAdmin"));
}

void RemoteUserDirectoryTest::activateAndDeactivate()
{
    User user;
    user.id = QStringLiteral("user_9d1c3b5a7f2e4c6d");
    for (UserState target : { UserState::Inactive, UserState::Active, UserState::Inactive }) {
        Answer<User> answer;
        m_directory->setUserState(user, target, this, answer.callback());
        QTRY_VERIFY(answer.result);
        QVERIFY(answer.result->ok());
        QCOMPARE(answer.result->value().state, target);
        QCOMPARE(m_service->user(user.id).value(QLatin1String("state")).toString(),
                 target == UserState::Active ? QStringLiteral("Active") : QStringLiteral("Inactive"));
    }
}

void RemoteUserDirectoryTest::projectsPaging()
{
    // Find a user with more than one page of projects at 20 a page.
    Answer<Page<User>> users;
    UserQuery query;
    query.pageSize = 100;
    m_directory->fetchUsers(query, this, users.callback());
    QTRY_VERIFY(users.result);
    QVERIFY(users.result->ok());
    QVERIFY(!users.result->value().items.isEmpty());
    bool sawSecondPage = false;
    for (const User &user : users.result->value().items) {
        Answer<Page<Project>> first;
        m_directory->fetchProjects(user.id, 1, 20, this, first.callback());
        QTRY_VERIFY(first.result);
        QVERIFY(first.result->ok());
        if (!first.result->value().hasNextPage)
            continue;
        Answer<Page<Project>> second;
        m_directory->fetchProjects(user.id, 2, 20, this, second.callback());
        QTRY_VERIFY(second.result);
        QVERIFY(second.result->ok());
        QCOMPARE(first.result->value().items.size(), 20);
        QCOMPARE(qint64(20 + second.result->value().items.size()), *second.result->value().totalCount);
        sawSecondPage = true;
        break;
    }
    QVERIFY(sawSecondPage);
}

void RemoteUserDirectoryTest::latestArtifacts()
{
    Answer<Page<Artifact>> answer;
    m_directory->fetchArtifacts(m_service->signedInUserId(), this, answer.callback());
    QTRY_VERIFY(answer.result);
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value().items.first().name, QStringLiteral("Q1 Support Summary"));
}

void RemoteUserDirectoryTest::integrations()
{
    Answer<Page<Integration>> answer;
    m_directory->fetchIntegrations(this, answer.callback());
    QTRY_VERIFY(answer.result);
    QVERIFY(answer.result->ok());
    QVERIFY(answer.result->value().items.size() >= 2);
    QCOMPARE(answer.result->value().items.first().type, QStringLiteral("Confluence"));
}

void RemoteUserDirectoryTest::wrongTokenIs401AndAsksAgain()
{
    auto directory = makeDirectory(QStringLiteral("wrong"), OrgAppService::defaultOrg());
    QSignalSpy rejected(directory.get(), &UserDirectory::credentialRejected);
    Answer<Page<User>> answer;
    directory->fetchUsers(UserQuery(), this, answer.callback());
    QTRY_VERIFY(answer.result);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(answer.result->error().httpStatus(), 401);
    QCOMPARE(rejected.count(), 1);
}

void RemoteUserDirectoryTest::wrongOrgIs403()
{
    auto directory = makeDirectory(OrgAppService::defaultToken(), QStringLiteral("other-org"));
    Answer<User> answer;
    directory->fetchCurrentUser(this, answer.callback());
    QTRY_VERIFY(answer.result);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::Forbidden);
    QVERIFY(answer.result->error().message().contains(QStringLiteral("other-org")));
}

void RemoteUserDirectoryTest::unknownUserIs404()
{
    Answer<User> answer;
    m_directory->fetchUser(QStringLiteral("user_nobody"), this, answer.callback());
    QTRY_VERIFY(answer.result);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(answer.result->error().message(), QStringLiteral("User not found."));
}

void RemoteUserDirectoryTest::duplicateEmailIs409WithField()
{
    Answer<User> answer;
    m_directory->createUser(UserChanges{ { UserField::AccountId, QStringLiteral("acct_x") },
                                         { UserField::Role, QStringLiteral("AppMember") },
                                         { UserField::Email, QStringLiteral("SASHA@auroralabs.com") } },
                            this, answer.callback());
    QTRY_VERIFY(answer.result);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::Conflict);
    QCOMPARE(answer.result->error().field(), QStringLiteral("email"));
    QVERIFY(answer.result->error().message().contains(QStringLiteral("already exists")));
}

void RemoteUserDirectoryTest::invalidRoleIs400WithField()
{
    User user;
    user.id = QStringLiteral("user_9d1c3b5a7f2e4c6d");
    user.name = QStringLiteral("X");
    Answer<User> answer;
    m_directory->updateUser(user, UserChanges{ { UserField::Role, QStringLiteral("Overlord") } }, this,
                            answer.callback());
    QTRY_VERIFY(answer.result);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::InvalidRequest);
    QCOMPARE(answer.result->error().field(), QStringLiteral("role"));
    QCOMPARE(answer.result->error().serverCode(), QStringLiteral("invalid_role"));
}

void RemoteUserDirectoryTest::serverErrorIs5xx()
{
    MockFault fault;
    fault.status = 500;
    m_server->setFault(QStringLiteral("/api/v1/app/me"), fault);
    Answer<User> answer;
    m_directory->fetchCurrentUser(this, answer.callback());
    QTRY_VERIFY(answer.result);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::ServerError);
    QCOMPARE(answer.result->error().httpStatus(), 500);
}

void RemoteUserDirectoryTest::malformedBodyIsBadResponse()
{
    MockFault fault;
    fault.malformedJson = true;
    m_server->setFault(QStringLiteral("/api/v1/app/user"), fault);
    Answer<Page<User>> answer;
    m_directory->fetchUsers(UserQuery(), this, answer.callback());
    QTRY_VERIFY(answer.result);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::BadResponse);
    QVERIFY(answer.result->error().message().contains(QStringLiteral("not JSON")));
}

void RemoteUserDirectoryTest::slowServerTimesOut()
{
    auto directory = makeDirectory(OrgAppService::defaultToken(), OrgAppService::defaultOrg(), 1);
    MockFault fault;
    fault.delayMs = 4000;
    m_server->setFault(QStringLiteral("/api/v1/app/user/integrations"), fault);
    Answer<Page<Integration>> answer;
    directory->fetchIntegrations(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result, 15000);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::Timeout);
}

void RemoteUserDirectoryTest::refusedConnectionIsUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(probe.serverPort());
    probe.close(); // nobody listens there now
    auto directory = makeDirectory(OrgAppService::defaultToken(), OrgAppService::defaultOrg(), 5, url);
    Answer<User> answer;
    directory->fetchCurrentUser(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result, 15000);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::Unreachable);
    QVERIFY(answer.result->error().message().contains(QString::number(url.port())));
}

void RemoteUserDirectoryTest::resetConnectionIsUnreachable()
{
    MockFault fault;
    fault.resetConnection = true;
    m_server->setFault(QStringLiteral("/api/v1/app/user"), fault);
    Answer<Page<User>> answer;
    m_directory->fetchUsers(UserQuery(), this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result, 15000);
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::Unreachable);
    // A safe request is tried again, twice; QNetworkAccessManager may itself resend once when a
    // reused keep-alive connection closes, so the server sees three to six requests, never more.
    const int attempts = requestsTo(QStringLiteral("/api/v1/app/user"));
    QVERIFY2(attempts >= 3 && attempts <= 6, qPrintable(QString::number(attempts)));
}

void RemoteUserDirectoryTest::oversizedAnswerIsDropped()
{
    MockFault fault;
    fault.status = 200;
    fault.body = QByteArray(40 * 1024 * 1024, 'x');
    m_server->setFault(QStringLiteral("/api/v1/app/me"), fault);
    Answer<User> answer;
    m_directory->fetchCurrentUser(this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result, 20000);
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::TooLarge);
}

void RemoteUserDirectoryTest::getIsRetriedOn503ButPostIsNot()
{
    MockFault fault;
    fault.status = 503;
    fault.times = 1;
    m_server->setFault(QStringLiteral("/api/v1/app/me"), fault);
    Answer<User> me;
    m_directory->fetchCurrentUser(this, me.callback());
    QTRY_VERIFY(me.result);
    QVERIFY(me.result->ok());
    QCOMPARE(requestsTo(QStringLiteral("/me")), 2);

    MockFault always;
    always.status = 503;
    m_server->setFault(QStringLiteral("/api/v1/app/user/[^/]+/deactivate"), always);
    User user;
    user.id = QStringLiteral("user_9d1c3b5a7f2e4c6d");
    Answer<User> state;
    m_directory->setUserState(user, UserState::Inactive, this, state.callback());
    QTRY_VERIFY(state.result);
    QCOMPARE(state.result->error().kind(), ApiError::Kind::ServerError);
    QCOMPARE(requestsTo(QStringLiteral("/deactivate")), 1);
}

void RemoteUserDirectoryTest::cancelMeansNoCallback()
{
    MockFault fault;
    fault.delayMs = 300;
    m_server->setFault(QStringLiteral("/api/v1/app/me"), fault);
    bool called = false;
    CallHandle call = m_directory->fetchCurrentUser(this, [&called](const Result<User> &) { called = true; });
    QVERIFY(call);
    call->cancel();
    QTest::qWait(800);
    QVERIFY(!called);
}

void RemoteUserDirectoryTest::destroyedContextMeansNoCallback()
{
    MockFault fault;
    fault.delayMs = 300;
    m_server->setFault(QStringLiteral("/api/v1/app/me"), fault);
    bool called = false;
    auto *context = new QObject;
    m_directory->fetchCurrentUser(context, [&called](const Result<User> &) { called = true; });
    delete context;
    QTest::qWait(800);
    QVERIFY(!called);
}

// Pages of users are read on a worker thread; the answer still comes on the caller's thread,
// where the model that asked can touch it.
void RemoteUserDirectoryTest::pageIsAnsweredOnTheCallersThread()
{
    QThread *answeredOn = nullptr;
    int users = 0;
    UserQuery query;
    query.pageSize = 100;
    m_directory->fetchUsers(query, this, [&](const Result<Page<User>> &page) {
        answeredOn = QThread::currentThread();
        users = page.ok() ? int(page.value().items.size()) : -1;
    });
    QTRY_VERIFY(answeredOn);
    QCOMPARE(answeredOn, QCoreApplication::instance()->thread());
    QCOMPARE(users, 100);
}

namespace {
// Runs `then` once the page's answer has arrived and its reading has begun on a worker thread
// (the directory's own handler of finished() is connected first, so it runs first).
void afterTheAnswerArrives(const CallHandle &call, QObject *context, const std::function<void()> &then)
{
    auto *job = qobject_cast<ApiJob *>(call.data());
    QVERIFY(job);
    QObject::connect(job, &ApiJob::finished, context, then);
}
} // namespace

void RemoteUserDirectoryTest::cancelWhileThePageIsReadMeansNoCallback()
{
    bool called = false;
    bool arrived = false;
    UserQuery query;
    query.pageSize = 100;
    const CallHandle call
        = m_directory->fetchUsers(query, this, [&called](const Result<Page<User>> &) { called = true; });
    afterTheAnswerArrives(call, this, [&] {
        arrived = true;
        call->cancel();
    });
    QTRY_VERIFY(arrived);
    QTest::qWait(300);
    QVERIFY(!called);
}

void RemoteUserDirectoryTest::directoryGoneWhileThePageIsRead()
{
    // The directory goes right after the answer arrives, usually while a worker still reads
    // the page (which of the two comes first is up to the scheduler, so it is tried often).
    // A worker still reading must neither crash nor answer for a directory that is gone.
    for (int round = 0; round < 10; ++round) {
        if (!m_directory)
            m_directory = makeDirectory(OrgAppService::defaultToken(), OrgAppService::defaultOrg());
        bool gone = false;
        bool answeredAfterGone = false;
        UserQuery query;
        query.pageSize = 100;
        const CallHandle call = m_directory->fetchUsers(
            query, this, [&](const Result<Page<User>> &) { answeredAfterGone = answeredAfterGone || gone; });
        afterTheAnswerArrives(call, this, [&] {
            // Not inside the job's own signal: the directory owns the job.
            QTimer::singleShot(0, this, [&] {
                m_directory.reset();
                gone = true;
            });
        });
        QTRY_VERIFY(gone);
        QTest::qWait(100);
        QVERIFY2(!answeredAfterGone, qPrintable(QString::number(round)));
    }
}

QTEST_GUILESS_MAIN(RemoteUserDirectoryTest)
#include "tst_remoteuserdirectory.moc"
