// Contract tests: the client's real requests, built by the dialects and sent by ApiClient, go
// to Stoplight Prism mocking the services' published OpenAPI specs. Prism reports every request
// that breaks the spec: in the sl-violations header, or by refusing it with a problem body (422
// with the list of violations; 401, 404, 405, 406, 415 for a missing credential, a path or
// method the spec does not have, or media types it does not speak). Every request must be
// answered 2xx with no violation, except where a published spec is known to be wrong against
// the real server: those exceptions are named one by one, by location, code and message.

#include "ApiClient.h"
#include "PapermergeDialect.h"
#include "PaprDialect.h"
#include "ServiceRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
const QString kUuid = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");

struct Violation {
    QString location;
    QString code;
    QString message;

    bool operator==(const Violation &other) const = default;
};

// One Prism process mocking one spec on a free loopback port.
class PrismMock {
public:
    ~PrismMock()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
        }
    }

    bool start(const QString &prism, const QString &spec)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(prism,
                        { QStringLiteral("mock"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"), QString::number(m_port), spec });
        // Prism prints "Prism is listening on ..." once it serves.
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        for (int i = 0; i < 120 && !m_log.contains("is listening"); ++i) {
            output.wait(500);
            m_log += m_process.readAll();
            if (m_process.state() == QProcess::NotRunning)
                return false;
        }
        return m_log.contains("is listening");
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QByteArray log() const { return m_log; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

ConnectionProfile profileFor(const QString &kind, const QUrl &url)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("contract");
    profile.name = QStringLiteral("contract");
    profile.baseUrl = url;
    profile.serviceKind = kind;
    profile.username = QStringLiteral("admin");
    return profile;
}
} // namespace

class ContractTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void harnessSeesViolations();
    void papr_data();
    void papr();
    void papermerge_data();
    void papermerge();
    void papermergeHarnessRefuses_data();
    void papermergeHarnessRefuses();

private:
    // Sends through the real client and answers Prism's complaints about the request.
    QList<Violation> send(const QUrl &baseUrl, const ApiRequest &request, int *status = nullptr);
    // Why Prism, mocking the Papermerge spec, refuses `request` once the named exceptions are
    // set aside (empty when it passes).
    QString papermergeProblems(const ApiRequest &request, const QList<Violation> &knownSpecErrors);
    static QString describe(const QList<Violation> &violations);

    QNetworkAccessManager m_manager;
    QString m_prism;
    PrismMock m_paprMock;
    PrismMock m_papermergeMock;
};

void ContractTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    m_prism = qEnvironmentVariable("ROSTER_PRISM");
    QVERIFY2(!m_prism.isEmpty() && QFile::exists(m_prism),
             "ROSTER_PRISM must name the prism executable (the contract_prism_install test installs it)");
    QVERIFY2(m_paprMock.start(m_prism, QStringLiteral(ROSTER_SPECS_DIR "/papr-memory-openapi.yaml")),
             m_paprMock.log().constData());
    QVERIFY2(
        m_papermergeMock.start(m_prism, QStringLiteral(ROSTER_SPECS_DIR "/papermerge-2.1.9-openapi.yaml")),
        m_papermergeMock.log().constData());
}

QList<Violation> ContractTest::send(const QUrl &baseUrl, const ApiRequest &request, int *status)
{
    ClientOptions options;
    options.baseUrl = baseUrl;
    options.timeoutMs = 20000;
    options.maxRetries = 0;
    ApiClient client(&m_manager, options);
    ApiJob *job = client.send(request);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    if (!finished.wait(20000))
        return { Violation{ QStringLiteral("transport"), QStringLiteral("timeout"),
                            QStringLiteral("no answer") } };
    const ApiResponse response = finished.first().first().value<ApiResponse>();
    if (status)
        *status = response.status;
    QList<Violation> violations;
    const auto collect = [&](const QJsonArray &list, bool requestOnly) {
        for (const QJsonValue &entry : list) {
            const QJsonObject object = entry.toObject();
            QStringList location;
            for (const QJsonValue &part : object.value(QLatin1String("location")).toArray())
                location << (part.isString() ? part.toString() : QString::number(part.toInt()));
            if (requestOnly && location.value(0) != QLatin1String("request"))
                continue; // the spec's own examples break its response schemas; not ours to judge
            if (!requestOnly)
                location.prepend(QStringLiteral("request"));
            violations.append(Violation{ location.join(QLatin1Char('.')),
                                         object.value(QLatin1String("code")).toString(),
                                         object.value(QLatin1String("message")).toString() });
        }
    };
    collect(QJsonDocument::fromJson(response.header("sl-violations")).array(), true);
    // Prism answers every request it refuses with a problem body, whatever the status: a 422
    // lists what broke the spec; a 401, 404, 405, 406 or 415 lists nothing, so the refusal
    // itself is the violation.
    if (response.header("Content-Type").startsWith("application/problem+json")) {
        const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        const QJsonArray validation = problem.value(QLatin1String("validation")).toArray();
        if (validation.isEmpty())
            violations.append(Violation{ QStringLiteral("response"), QString::number(response.status),
                                         problem.value(QLatin1String("title")).toString()
                                             + QStringLiteral(": ")
                                             + problem.value(QLatin1String("detail")).toString() });
        else
            collect(validation, false);
    }
    if (response.status == 0)
        violations.append(Violation{ QStringLiteral("transport"), QString::number(response.networkError),
                                     response.networkErrorString });
    return violations;
}

QString ContractTest::papermergeProblems(const ApiRequest &request, const QList<Violation> &knownSpecErrors)
{
    int status = 0;
    QList<Violation> violations = send(m_papermergeMock.baseUrl(), request, &status);
    // The spec's Token Authentication is an API key in Authorization "with required prefix
    // Token"; Prism checks only that the header is there, so the prefix is checked here.
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty() && !authorization.startsWith("Token "))
        violations.append(Violation{ QStringLiteral("request.header.Authorization"), QStringLiteral("prefix"),
                                     QStringLiteral("the credential must follow the prefix \"Token \"") });
    const QList<Violation> all = violations;
    violations.removeIf([&](const Violation &v) { return knownSpecErrors.contains(v); });
    const bool sawKnown = violations.size() < all.size();
    QStringList problems;
    if (!violations.isEmpty())
        problems << describe(violations);
    // Prism refuses a request that breaks the spec with 422, also when only the named
    // exceptions break it; anything else but a 2xx is a refusal no exception explains.
    if (sawKnown ? status != 422 : (status < 200 || status >= 300))
        problems << QStringLiteral("answered %1").arg(status);
    for (const Violation &known : knownSpecErrors) {
        if (!all.contains(known))
            problems << QStringLiteral("a known spec error no longer shows (the exception can go): ")
                    + describe({ known });
    }
    return problems.join(QLatin1Char('\n'));
}

QString ContractTest::describe(const QList<Violation> &violations)
{
    QStringList lines;
    for (const Violation &v : violations)
        lines << v.location + QStringLiteral(" [") + v.code + QStringLiteral("] ") + v.message;
    return lines.join(QLatin1Char('\n'));
}

Q_DECLARE_METATYPE(ApiRequest)

void ContractTest::harnessSeesViolations()
{
    // A request that breaks the spec twice (no API key, page_size over 100) must be caught, or
    // every empty result below would prove nothing.
    ApiRequest request;
    request.path = QStringLiteral("/v1/user");
    request.query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("500"));
    const QList<Violation> violations = send(m_paprMock.baseUrl(), request);
    QVERIFY2(violations.size() >= 2, qPrintable(describe(violations)));
    QVERIFY(std::any_of(violations.cbegin(), violations.cend(), [](const Violation &v) {
        return v.location == QLatin1String("request.query.page_size");
    }));
}

void ContractTest::papr_data()
{
    QTest::addColumn<ApiRequest>("request");
    PaprDialect dialect(profileFor(PaprDialect::serviceKind().id, QUrl()));
    dialect.setCredential(QStringLiteral("test-api-key"));
    const auto authorized = [&dialect](ApiRequest request) {
        dialect.authorize(request);
        return request;
    };
    UserQuery query;
    query.page = 2;
    query.pageSize = 25;
    QTest::newRow("list") << authorized(dialect.listUsers(query));
    query.filters.insert(UserField::Email, QStringLiteral("user+tag@example.com"));
    query.filters.insert(UserField::ExternalId, QStringLiteral("user123"));
    QTest::newRow("list filtered") << authorized(dialect.listUsers(query));
    QTest::newRow("get") << authorized(dialect.getUser(QStringLiteral("abc123")));
    const UserChanges input{ { UserField::Email, QStringLiteral("user@example.com") },
                             { UserField::ExternalId, QStringLiteral("user123") },
                             { UserField::Type, QStringLiteral("developerUser") },
                             { UserField::Metadata,
                               QVariantMap{ { QStringLiteral("name"), QStringLiteral("John Doe") } } } };
    QTest::newRow("create") << authorized(dialect.createUser(input));
    User user;
    user.id = QStringLiteral("abc123");
    QTest::newRow("update") << authorized(dialect.updateUser(
        user, UserChanges{ { UserField::Email, QStringLiteral("updated.user@example.com") } }));
    QTest::newRow("delete") << authorized(dialect.deleteUser(user));
    QTest::newRow("delete by external id")
        << authorized(dialect.deleteUserByExternalId(QStringLiteral("user123")));
    QTest::newRow("batch") << authorized(dialect.createUsers({ input, input }));
}

void ContractTest::papr()
{
    QFETCH(ApiRequest, request);
    int status = 0;
    const QList<Violation> violations = send(m_paprMock.baseUrl(), request, &status);
    QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
    QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
}

namespace {
// The published Papermerge spec's known errors against the server, as Prism words them.
//
// The server wraps JSON:API bodies in {"data": ...}; the 2.1.9 spec draws them bare, so the
// wrapped body breaks the spec at its root. Rows "... resource" send the inner resource alone,
// so what is inside the wrapper is still checked against the schema.
const QList<Violation> kDataWrapper{
    { QStringLiteral("request.body"), QStringLiteral("required"),
      QStringLiteral("Request body must have required property 'type'") },
    { QStringLiteral("request.body"), QStringLiteral("additionalProperties"),
      QStringLiteral("Request body must NOT have additional properties; found 'data'") },
};
// PatchedUser marks username required, but the server's PATCH is a partial update
// (django-rest-framework partial=True), so a change without the username is valid there.
const QList<Violation> kPartialPatch{
    { QStringLiteral("request.body.attributes"), QStringLiteral("required"),
      QStringLiteral("Request body property attributes must have required property 'username'") },
};

ApiRequest unwrapped(ApiRequest request)
{
    request.body = QJsonDocument(
                       QJsonDocument::fromJson(request.body).object().value(QLatin1String("data")).toObject())
                       .toJson(QJsonDocument::Compact);
    return request;
}

std::unique_ptr<PapermergeDialect> papermergeDialect()
{
    auto dialect
        = std::make_unique<PapermergeDialect>(profileFor(PapermergeDialect::serviceKind().id, QUrl()));
    dialect->setCredential(QStringLiteral("0123456789abcdef"));
    return dialect;
}
} // namespace

Q_DECLARE_METATYPE(Violation)

void ContractTest::papermerge_data()
{
    QTest::addColumn<ApiRequest>("request");
    // Errors of the published spec allowed in this row, each matched on location, code and
    // message, so that they hide nothing else.
    QTest::addColumn<QList<Violation>>("knownSpecErrors");
    const auto owner = papermergeDialect();
    const PapermergeDialect &dialect = *owner;
    const auto authorized = [&dialect](ApiRequest request) {
        dialect.authorize(request);
        return request;
    };
    QTest::newRow("sign in") << dialect.signIn(QStringLiteral("admin"), QStringLiteral("secret"))
                             << QList<Violation>();
    QTest::newRow("me") << authorized(dialect.currentUser()) << QList<Violation>();
    UserQuery query;
    query.page = 3;
    query.pageSize = 20;
    query.search = QStringLiteral("jo hn");
    QTest::newRow("list") << authorized(dialect.listUsers(query)) << QList<Violation>();
    QTest::newRow("get") << authorized(dialect.getUser(kUuid)) << QList<Violation>();
    const UserChanges input{ { UserField::Username, QStringLiteral("john") },
                             { UserField::GivenName, QStringLiteral("John") },
                             { UserField::Email, QStringLiteral("john@example.com") },
                             { UserField::Active, true },
                             { UserField::Staff, false } };
    const ApiRequest create = authorized(dialect.createUser(input));
    QTest::newRow("create") << create << kDataWrapper;
    QTest::newRow("create resource") << unwrapped(create) << QList<Violation>();
    User user;
    user.id = kUuid;
    const ApiRequest update = authorized(
        dialect.updateUser(user, UserChanges{ { UserField::Email, QStringLiteral("j@example.com") } }));
    QTest::newRow("update") << update << kDataWrapper;
    QTest::newRow("update resource") << unwrapped(update) << kPartialPatch;
    const ApiRequest deactivate = authorized(dialect.setUserState(user, UserState::Inactive));
    QTest::newRow("deactivate") << deactivate << kDataWrapper;
    QTest::newRow("deactivate resource") << unwrapped(deactivate) << kPartialPatch;
    QTest::newRow("delete") << authorized(dialect.deleteUser(user)) << QList<Violation>();
    QTest::newRow("change password") << authorized(
        dialect.changePassword(user, QStringLiteral("newpassword")))
                                     << QList<Violation>();
}

void ContractTest::papermerge()
{
    QFETCH(ApiRequest, request);
    QFETCH(QList<Violation>, knownSpecErrors);
    const QString problems = papermergeProblems(request, knownSpecErrors);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// Calibration: requests that break the spec in ways Prism answers without a 422 list, and
// broken requests that also carry a named exception. Each must be refused by the very check the
// rows above pass, or their passing would prove nothing.
void ContractTest::papermergeHarnessRefuses_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QList<Violation>>("knownSpecErrors");
    QTest::addColumn<QString>("reason"); // a part of the harness's complaint
    const auto owner = papermergeDialect();
    const PapermergeDialect &dialect = *owner;
    const auto authorized = [&dialect](ApiRequest request) {
        dialect.authorize(request);
        return request;
    };
    User user;
    user.id = kUuid;

    ApiRequest noSlash = authorized(dialect.getUser(kUuid));
    // (A dialect that already drops it fails the "get" row above.)
    if (noSlash.path.endsWith(QLatin1Char('/')))
        noSlash.path.chop(1);
    QTest::newRow("trailing slash dropped") << noSlash << QList<Violation>() << QStringLiteral("404");
    QTest::newRow("no token") << dialect.getUser(kUuid) << QList<Violation>() << QStringLiteral("401");
    ApiRequest bearer = dialect.getUser(kUuid);
    bearer.setHeader("Authorization", "Bearer 0123456789abcdef");
    QTest::newRow("bearer instead of token") << bearer << QList<Violation>() << QStringLiteral("Token ");
    ApiRequest wrongMethod = authorized(dialect.deleteUser(user));
    wrongMethod.method = "PUT";
    QTest::newRow("method the spec lacks") << wrongMethod << QList<Violation>() << QStringLiteral("405");
    ApiRequest wrongAccept = authorized(dialect.getUser(kUuid));
    wrongAccept.accept = "text/csv";
    QTest::newRow("accepts what the spec cannot give")
        << wrongAccept << QList<Violation>() << QStringLiteral("406");
    ApiRequest wrongType
        = unwrapped(authorized(dialect.createUser({ { UserField::Username, QStringLiteral("j") } })));
    wrongType.contentType = "text/plain";
    QTest::newRow("body of a media type the spec lacks")
        << wrongType << QList<Violation>() << QStringLiteral("415");
    // The named exceptions must not let anything else through.
    const ApiRequest update = authorized(
        dialect.updateUser(user, UserChanges{ { UserField::Email, QStringLiteral("j@example.com") } }));
    ApiRequest wrappedNoToken
        = dialect.updateUser(user, UserChanges{ { UserField::Email, QStringLiteral("j@example.com") } });
    QTest::newRow("wrapper exception, no token") << wrappedNoToken << kDataWrapper << QStringLiteral("401");
    ApiRequest badEmail = unwrapped(update);
    badEmail.body.replace("j@example.com", "not an address");
    QTest::newRow("partial exception, bad email") << badEmail << kPartialPatch << QStringLiteral("email");
    ApiRequest notStaff = unwrapped(update);
    QJsonObject resource = QJsonDocument::fromJson(notStaff.body).object();
    QJsonObject attributes = resource.value(QLatin1String("attributes")).toObject();
    attributes.insert(QLatin1String("is_staff"), QStringLiteral("yes"));
    resource.insert(QLatin1String("attributes"), attributes);
    notStaff.body = QJsonDocument(resource).toJson(QJsonDocument::Compact);
    QTest::newRow("partial exception, flag as text")
        << notStaff << kPartialPatch << QStringLiteral("is_staff");
    // Broken at the very locations the exceptions name: only their code and message tell the
    // spec's error from the client's.
    ApiRequest strayMember = update;
    QJsonObject wrapped = QJsonDocument::fromJson(strayMember.body).object();
    wrapped.insert(QLatin1String("extra"), true);
    strayMember.body = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    QTest::newRow("wrapper exception, stray member")
        << strayMember << kDataWrapper << QStringLiteral("'extra'");
    ApiRequest listAttributes = unwrapped(update);
    QJsonObject listResource = QJsonDocument::fromJson(listAttributes.body).object();
    listResource.insert(QLatin1String("attributes"), QJsonArray{ QStringLiteral("j@example.com") });
    listAttributes.body = QJsonDocument(listResource).toJson(QJsonDocument::Compact);
    QTest::newRow("partial exception, attributes not an object")
        << listAttributes << kPartialPatch << QStringLiteral("must be object");
    // An exception that no longer shows is reported too, so it cannot outlive the spec's error.
    QTest::newRow("stale exception") << authorized(dialect.getUser(kUuid)) << kPartialPatch
                                     << QStringLiteral("no longer shows");
}

void ContractTest::papermergeHarnessRefuses()
{
    QFETCH(ApiRequest, request);
    QFETCH(QList<Violation>, knownSpecErrors);
    QFETCH(QString, reason);
    const QString problems = papermergeProblems(request, knownSpecErrors);
    qInfo().noquote() << problems;
    QVERIFY2(!problems.isEmpty(), "the harness let a request that breaks the spec pass");
    QVERIFY2(problems.contains(reason), qPrintable(problems));
}

QTEST_GUILESS_MAIN(ContractTest)
#include "tst_contract.moc"
