// A server Roster must not trust: each case is one way an audit fooled (or could fool) the client,
// proven against real sockets through the real client, dialects and RemoteUserDirectory.

#include "ApiClient.h"
#include "OrgAppDialect.h"
#include "PapermergeDialect.h"
#include "PaprDialect.h"
#include "RemoteUserDirectory.h"
#include "RestV1Dialect.h"
#include "ServiceRegistry.h"
#include "UserTableModel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {
// A server that answers every request with the bytes a test scripts, with a pause between
// chunks, and records the raw requests it received.
class ScriptedServer : public QObject {
public:
    struct Chunk {
        QByteArray bytes;
        int delayMs = 0;
    };
    QList<Chunk> script;
    QList<QByteArray> requests; // the raw header sections received

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("no port");
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        requests.append(buffer.left(end));
        buffer.clear();
        play(socket, 0);
    }
    void play(QTcpSocket *socket, int index)
    {
        if (index >= script.size())
            return;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(script.at(index).delayMs, this, [this, guard, index] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            guard->write(script.at(index).bytes);
            guard->flush();
            play(guard, index + 1);
        });
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// An answer written one byte every `intervalMs`: never silent for long, never finished.
QList<ScriptedServer::Chunk> trickle(const QByteArray &answer, int intervalMs)
{
    QList<ScriptedServer::Chunk> chunks;
    for (char byte : answer)
        chunks.append({ QByteArray(1, byte), intervalMs });
    return chunks;
}

QByteArray http(int status, const QByteArray &contentType, const QByteArray &body,
                const QByteArray &extraHeaders = QByteArray())
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

ConnectionProfile profileFor(const QString &kind, const QUrl &url)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("hostile");
    profile.name = QStringLiteral("hostile");
    profile.baseUrl = url;
    profile.serviceKind = kind;
    profile.organization = QStringLiteral("acme");
    profile.username = QStringLiteral("admin");
    profile.timeoutSeconds = 5;
    profile.deadlineSeconds = 20;
    return profile;
}

template<typename T> struct Answer {
    std::optional<Result<T>> result;
    Callback<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
};

User userWithId(const QString &id)
{
    User user;
    user.id = id;
    user.externalId = id;
    return user;
}
} // namespace

class HostileServerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }

    void tricklingAnswerHitsTheDeadline();
    void hugeRetryAfterFailsAtOnceAndSaysWhen_data();
    void hugeRetryAfterFailsAtOnceAndSaysWhen();
    void retryAfterIsReadWithoutOverflow_data();
    void retryAfterIsReadWithoutOverflow();
    void headerValuesCannotAddHeaders();
    void organizationWithLineBreakIsRefused();
    void cutShort2xxIsAFailure();
    void htmlPageIsNotADeletion_data();
    void htmlPageIsNotADeletion();
    void restDeleteNeedsItsDocumentedAnswer();
    void refusedRedirectNamesItsTarget();
    void absurdTotalsAreUnknown_data();
    void absurdTotalsAreUnknown();
    void dotIdsAreNeverSent_data();
    void dotIdsAreNeverSent();
    void dotSegmentsAreFound_data();
    void dotSegmentsAreFound();
    void clearedFieldIsClearedInTheTable();

private:
    QNetworkAccessManager m_manager;
};

void HostileServerTest::tricklingAnswerHitsTheDeadline()
{
    // One byte every 200 ms: the 1 s silence timeout never fires; only the whole-request
    // deadline ends it.
    ScriptedServer server;
    const QByteArray body = QByteArray(200, ' ') + "{}";
    server.script = trickle(body, 200);
    server.script.prepend({ "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + QByteArray::number(body.size()) + "\r\n\r\n",
                            0 });
    ClientOptions options;
    options.baseUrl = server.baseUrl();
    options.timeoutMs = 1000;
    options.deadlineMs = 1500;
    ApiClient client(&m_manager, options);
    ApiRequest request;
    request.path = QStringLiteral("/slow");
    request.what = QStringLiteral("the slow list");
    ApiJob *job = client.send(request);
    QSignalSpy finished(job, &ApiJob::finished);
    QElapsedTimer clock;
    clock.start();
    job->start();
    QVERIFY(finished.wait(8000));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    const ApiResponse response = finished.first().first().value<ApiResponse>();
    QVERIFY2(response.localFailure == LocalFailure::DeadlineExceeded,
             qPrintable(QStringLiteral("status %1, error %2 %3")
                            .arg(response.status)
                            .arg(int(response.networkError))
                            .arg(response.networkErrorString)));
    QVERIFY(!response.isSuccess());
    const ApiError error = errorFromResponse(response, ServerMessage());
    QCOMPARE(error.kind(), ApiError::Kind::Timeout);
    QVERIFY2(error.message().contains(QStringLiteral("the slow list")), qPrintable(error.message()));
}

void HostileServerTest::hugeRetryAfterFailsAtOnceAndSaysWhen_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("status");
    QTest::newRow("two minutes, within the time limit") << QByteArray("120") << 429;
    QTest::newRow("an hour, 429") << QByteArray("3600") << 429;
    QTest::newRow("an hour, 503") << QByteArray("3600") << 503;
    QTest::newRow("int overflow when in ms") << QByteArray("3000000") << 429;
    QTest::newRow("beyond 64 bits") << QByteArray("99999999999999999999999") << 503;
    QTest::newRow("an HTTP date next year")
        << QDateTime::currentDateTimeUtc().addYears(1).toString(Qt::RFC2822Date).toLatin1() << 429;
}

void HostileServerTest::hugeRetryAfterFailsAtOnceAndSaysWhen()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, status);
    ScriptedServer server;
    server.script = { { http(status, "application/json", R"({"error":{"message":"slow down"}})",
                             "Retry-After: " + retryAfter + "\r\n"),
                        0 } };
    // A long time limit, so that it is the ceiling on waiting that refuses, not the deadline.
    ConnectionProfile profile = profileFor(QStringLiteral("org-app"), server.baseUrl());
    profile.deadlineSeconds = 3600;
    auto directory
        = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(profile), &m_manager, profile);
    directory->setCredential(QStringLiteral("t"));
    Answer<User> answer;
    QElapsedTimer clock;
    clock.start();
    directory->fetchUser(QStringLiteral("u1"), this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 5000);
    QVERIFY2(clock.elapsed() < 3000, "the client waited for what the server asked");
    QCOMPARE(server.requests.size(), 1); // no retry: the wait is beyond what Roster honours
    const ApiError error = answer.result->error();
    QVERIFY(error.kind() == ApiError::Kind::RateLimited || error.kind() == ApiError::Kind::ServerError);
    QVERIFY2(error.message().contains(QStringLiteral("retried in")), qPrintable(error.message()));
}

void HostileServerTest::retryAfterIsReadWithoutOverflow_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds");
    const qint64 tenYears = 10LL * 365 * 24 * 3600;
    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("spaces") << QByteArray("  7 ") << qint64(7);
    QTest::newRow("huge") << QByteArray("3000000") << qint64(3000000);
    QTest::newRow("beyond any integer") << QByteArray("184467440737095516160000") << tenYears;
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
}

void HostileServerTest::retryAfterIsReadWithoutOverflow()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const std::optional<qint64> parsed = parseRetryAfter(value, QDateTime::currentDateTimeUtc());
    QCOMPARE(parsed.value_or(-1), seconds);
}

void HostileServerTest::headerValuesCannotAddHeaders()
{
    ScriptedServer server;
    server.script = { { http(200, "application/json", "{}"), 0 } };
    ClientOptions options;
    options.baseUrl = server.baseUrl();
    ApiClient client(&m_manager, options);
    ApiRequest request;
    request.path = QStringLiteral("/v1/users");
    request.setHeader("x-org", "acme\r\nX-Injected: yes");
    ApiJob *job = client.send(request);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QVERIFY(finished.wait(3000));
    const ApiResponse response = finished.first().first().value<ApiResponse>();
    QCOMPARE(response.localFailure, LocalFailure::UnsafeHeader);
    const ApiError error = errorFromResponse(response, ServerMessage());
    QVERIFY2(error.message().contains(QStringLiteral("x-org")), qPrintable(error.message()));
    QTest::qWait(100);
    QVERIFY(server.requests.isEmpty()); // nothing left the machine

    // A credential read back from a keychain goes the same way.
    auto directory = std::make_unique<RemoteUserDirectory>(
        ServiceRegistry::createDialect(profileFor(QStringLiteral("rest-v1"), server.baseUrl())), &m_manager,
        profileFor(QStringLiteral("rest-v1"), server.baseUrl()));
    directory->setCredential(QStringLiteral("token\r\nX-Injected: yes"));
    Answer<Page<User>> answer;
    directory->fetchUsers(UserQuery(), this, answer.callback());
    QTRY_VERIFY(answer.result.has_value());
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::InvalidRequest);
    QTest::qWait(100);
    QVERIFY(server.requests.isEmpty());
}

void HostileServerTest::organizationWithLineBreakIsRefused()
{
    ConnectionProfile profile
        = profileFor(QStringLiteral("org-app"), QUrl(QStringLiteral("https://a.example")));
    QVERIFY(ServiceRegistry::validate(profile).isEmpty());
    profile.organization = QStringLiteral("acme\r\nX-Injected: yes");
    QVERIFY(ServiceRegistry::validate(profile).contains(QStringLiteral("control characters")));
    profile.organization = QStringLiteral("acme\u2028");
    QVERIFY(!ServiceRegistry::validate(profile).isEmpty());
}

void HostileServerTest::cutShort2xxIsAFailure()
{
    // 200 and half a body, then the connection closes: nothing may count as done.
    ScriptedServer server;
    const QByteArray body = R"({"success":true,"message":"User deleted successfully"})";
    server.script = { { "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size() + 100) + "\r\n\r\n" + body.left(10),
                        0 },
                      { QByteArray(), 50 } };
    auto directory = std::make_unique<RemoteUserDirectory>(
        ServiceRegistry::createDialect(profileFor(QStringLiteral("rest-v1"), server.baseUrl())), &m_manager,
        profileFor(QStringLiteral("rest-v1"), server.baseUrl()));
    directory->setCredential(QStringLiteral("t"));
    Answer<Done> answer;
    directory->deleteUser(userWithId(QStringLiteral("usr_1")), this, answer.callback());
    // The scripted server never closes by itself; close it from here once the head went out.
    QTRY_COMPARE(server.requests.size(), 1);
    QTest::qWait(200);
    const auto sockets = server.findChildren<QTcpSocket *>();
    QVERIFY(!sockets.isEmpty());
    for (QTcpSocket *socket : sockets)
        socket->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(answer.result.has_value(), 8000);
    QVERIFY(!answer.result->ok());
    QVERIFY2(answer.result->error().message().contains(QStringLiteral("was not used"))
                 || answer.result->error().message().contains(QStringLiteral("closed the connection")),
             qPrintable(answer.result->error().message()));
}

void HostileServerTest::htmlPageIsNotADeletion_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("rest-v1, text/html") << QStringLiteral("rest-v1") << QByteArray("text/html");
    QTest::newRow("papr, text/html") << QStringLiteral("papr-memory")
                                     << QByteArray("text/html; charset=utf-8");
    QTest::newRow("papermerge, no type") << QStringLiteral("papermerge") << QByteArray();
}

void HostileServerTest::htmlPageIsNotADeletion()
{
    // A captive portal or proxy answers 200 with a page of its own.
    QFETCH(QString, kind);
    QFETCH(QByteArray, contentType);
    ScriptedServer server;
    const QByteArray page = "<!DOCTYPE html><html><body>Please sign in to the hotel Wi-Fi</body></html>";
    server.script = { { contentType.isEmpty() ? "HTTP/1.1 200 OK\r\nContent-Length: "
                                + QByteArray::number(page.size()) + "\r\n\r\n" + page
                                              : http(200, contentType, page),
                        0 } };
    auto directory = std::make_unique<RemoteUserDirectory>(
        ServiceRegistry::createDialect(profileFor(kind, server.baseUrl())), &m_manager,
        profileFor(kind, server.baseUrl()));
    directory->setCredential(QStringLiteral("t"));
    Answer<Done> answer;
    directory->deleteUser(userWithId(QStringLiteral("42")), this, answer.callback());
    QTRY_VERIFY(answer.result.has_value());
    QVERIFY(!answer.result->ok());
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(answer.result->error().message().contains(QStringLiteral("HTML")),
             qPrintable(answer.result->error().message()));
}

void HostileServerTest::restDeleteNeedsItsDocumentedAnswer()
{
    ScriptedServer server;
    server.script = { { http(200, "application/json", R"({"success":false})"), 0 } };
    auto directory = std::make_unique<RemoteUserDirectory>(
        ServiceRegistry::createDialect(profileFor(QStringLiteral("rest-v1"), server.baseUrl())), &m_manager,
        profileFor(QStringLiteral("rest-v1"), server.baseUrl()));
    directory->setCredential(QStringLiteral("t"));
    Answer<Done> answer;
    directory->deleteUser(userWithId(QStringLiteral("usr_1")), this, answer.callback());
    QTRY_VERIFY(answer.result.has_value());
    QCOMPARE(answer.result->error().kind(), ApiError::Kind::BadResponse);
}

void HostileServerTest::refusedRedirectNamesItsTarget()
{
    ScriptedServer elsewhere; // the other origin: must never hear from us
    ScriptedServer server;
    const QUrl target = elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/collect")));
    server.script
        = { { "HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded() + "\r\nContent-Length: 0\r\n\r\n",
              0 } };
    auto directory = std::make_unique<RemoteUserDirectory>(
        ServiceRegistry::createDialect(profileFor(QStringLiteral("rest-v1"), server.baseUrl())), &m_manager,
        profileFor(QStringLiteral("rest-v1"), server.baseUrl()));
    directory->setCredential(QStringLiteral("secret-token"));
    Answer<Page<User>> answer;
    directory->fetchUsers(UserQuery(), this, answer.callback());
    QTRY_VERIFY(answer.result.has_value());
    const ApiError error = answer.result->error();
    QCOMPARE(error.kind(), ApiError::Kind::InsecureRedirect);
    QVERIFY2(error.message().contains(target.host() + QLatin1Char(':') + QString::number(target.port())),
             qPrintable(error.message()));
    QVERIFY2(!error.message().contains(QStringLiteral("HTTP 302")), qPrintable(error.message()));
    QTest::qWait(100);
    QVERIFY(elsewhere.requests.isEmpty());
}

void HostileServerTest::absurdTotalsAreUnknown_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("total"); // -1: unknown
    const QByteArray huge = "9223372036854775808";
    QTest::newRow("org-app 2^63") << QStringLiteral(
        "org-app") << QByteArray(R"({"data":[],"has_next_page":false,"total_count":)" + huge + "}")
                                  << qint64(-1);
    QTest::newRow("org-app negative")
        << QStringLiteral("org-app") << QByteArray(R"({"data":[],"has_next_page":false,"total_count":-50})")
        << qint64(-1);
    QTest::newRow("org-app 2^53") << QStringLiteral(
        "org-app") << QByteArray(R"({"data":[],"has_next_page":false,"total_count":9007199254740992})")
                                  << qint64(9007199254740992LL);
    QTest::newRow("papr 1e300") << QStringLiteral("papr-memory")
                                << QByteArray(R"({"code":200,"status":"success","data":[],"total":1e300})")
                                << qint64(-1);
    QTest::newRow("papr fraction") << QStringLiteral("papr-memory")
                                   << QByteArray(R"({"code":200,"status":"success","data":[],"total":3.5})")
                                   << qint64(-1);
    QTest::newRow("rest-v1 negative")
        << QStringLiteral("rest-v1")
        << QByteArray(R"({"success":true,"data":[],"pagination":{"total":-1,"pages":-3}})") << qint64(-1);
    QTest::newRow("papermerge huge") << QStringLiteral(
        "papermerge") << QByteArray(R"({"data":[],"meta":{"pagination":{"count":)" + huge + "}}}")
                                     << qint64(-1);
    QTest::newRow("papermerge sane") << QStringLiteral(
        "papermerge") << QByteArray(R"({"data":[],"meta":{"pagination":{"count":182,"pages":4}}})")
                                     << qint64(182);
}

void HostileServerTest::absurdTotalsAreUnknown()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(qint64, total);
    const auto dialect
        = ServiceRegistry::createDialect(profileFor(kind, QUrl(QStringLiteral("https://x.example"))));
    ApiResponse response;
    response.status = 200;
    response.body = body;
    const Result<Page<User>> page = dialect->parseUserPage(response, UserQuery());
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));
    QCOMPARE(page->totalCount.value_or(-1), total);
}

void HostileServerTest::dotIdsAreNeverSent_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  ");
    QTest::newRow("line break") << QStringLiteral("a\r\nb");
}

void HostileServerTest::dotIdsAreNeverSent()
{
    QFETCH(QString, id);
    ScriptedServer server;
    server.script = { { http(200, "application/json", R"({"success":true})"), 0 } };
    for (const QString &kind : ServiceRegistry::ids()) {
        auto directory = std::make_unique<RemoteUserDirectory>(
            ServiceRegistry::createDialect(profileFor(kind, server.baseUrl())), &m_manager,
            profileFor(kind, server.baseUrl()));
        directory->setCredential(QStringLiteral("t"));
        Answer<User> fetched;
        directory->fetchUser(id, this, fetched.callback());
        Answer<Done> deleted;
        directory->deleteUser(userWithId(id), this, deleted.callback());
        Answer<User> saved;
        directory->updateUser(userWithId(id), { { UserField::Name, QStringLiteral("x") } }, this,
                              saved.callback());
        QTRY_VERIFY(fetched.result && deleted.result && saved.result);
        QList<ApiError> errors{ fetched.result->error(), saved.result->error() };
        // A service with no delete refuses that for want of the capability, not of the id.
        if (directory->description().can(Capability::DeleteUser))
            errors << deleted.result->error();
        else
            QVERIFY(!deleted.result->ok());
        for (const ApiError &error : std::as_const(errors)) {
            QCOMPARE(error.kind(), ApiError::Kind::InvalidRequest);
            QVERIFY2(error.message().contains(QStringLiteral("Nothing was sent")),
                     qPrintable(kind + QStringLiteral(": ") + error.message()));
        }
    }
    QTest::qWait(100);
    QVERIFY(server.requests.isEmpty());
}

void HostileServerTest::dotSegmentsAreFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("unsafe");
    QTest::newRow("plain") << QStringLiteral("/v1/users/usr_1") << false;
    QTest::newRow("trailing slash") << QStringLiteral("/api/users/5/") << false;
    QTest::newRow("dot dot") << QStringLiteral("/v1/users/..") << true;
    QTest::newRow("encoded dot dot") << QStringLiteral("/v1/users/%2E%2E") << true;
    QTest::newRow("dot") << QStringLiteral("/v1/users/./x") << true;
    QTest::newRow("double slash") << QStringLiteral("/v1/users//x") << true;
    QTest::newRow("encoded slash inside an id") << QStringLiteral("/v1/users/a%2Fb") << false;
}

void HostileServerTest::dotSegmentsAreFound()
{
    QFETCH(QString, path);
    QFETCH(bool, unsafe);
    QCOMPARE(hasDotSegments(path), unsafe);
}

void HostileServerTest::clearedFieldIsClearedInTheTable()
{
    // A full answer that carries an empty email means "cleared"; a partial answer that leaves
    // the email out means "not said". The table follows the server in both.
    const auto rest = ServiceRegistry::createDialect(profileFor(QStringLiteral("rest-v1"), QUrl()));
    const auto org = ServiceRegistry::createDialect(profileFor(QStringLiteral("org-app"), QUrl()));
    ApiResponse listed;
    listed.status = 200;
    listed.body = R"({"success":true,"data":[{"id":"usr_1","name":"Ada","email":"ada@example.com",
        "role":"user","status":"active","avatar":"https://example.com/a.png"}],"pagination":{"total":1,"pages":1}})";
    const Result<Page<User>> page = rest->parseUserPage(listed, UserQuery());
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);

    ApiResponse cleared;
    cleared.status = 200;
    cleared.body = R"({"success":true,"data":{"id":"usr_1","name":"Ada","email":"","role":"user",
        "status":"active","avatar":null}})";
    const Result<User> answer = rest->parseUser(cleared);
    QVERIFY(answer.ok());
    const User merged = mergeUser(page->items.first(), *answer);
    QCOMPARE(merged.email, QString());
    QVERIFY(merged.related.isEmpty()); // the avatar link went with it
    QCOMPARE(merged.name, QStringLiteral("Ada"));

    ApiResponse state;
    state.status = 200;
    state.body = R"({"id":"usr_1","state":"Inactive"})";
    const Result<User> partial = org->parseStateAnswer(state, page->items.first());
    QVERIFY(partial.ok());
    const User afterToggle = mergeUser(page->items.first(), *partial);
    QCOMPARE(afterToggle.state, UserState::Inactive);
    QCOMPARE(afterToggle.email, QStringLiteral("ada@example.com"));
    QCOMPARE(afterToggle.name, QStringLiteral("Ada"));
}

QTEST_MAIN(HostileServerTest)
#include "tst_hostileserver.moc"
