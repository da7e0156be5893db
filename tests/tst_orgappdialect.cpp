// Request building and response parsing for every Org App endpoint, with the reference page's
// examples (tests/data/org-app, copied verbatim) as fixtures.

#include "ApiClient.h"
#include "OrgAppDialect.h"
#include "TestSupport.h"

#include <QJsonObject>

using namespace TestSupport;

class OrgAppDialectTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void authorizeAddsBearerAndOrg();
    void requests_data();
    void requests();
    void createBodyMatchesReference();
    void updateBodyMatchesReference();
    void updateKeepsUnchangedField();
    void parseMe();
    void parseUserList();
    void parseCreatedAndFetchedUsers_data();
    void parseCreatedAndFetchedUsers();
    void parseStateAnswers_data();
    void parseStateAnswers();
    void parseProjects();
    void parseArtifacts();
    void parseIntegrations();
    void badBodies_data();
    void badBodies();
    void serverMessages_data();
    void serverMessages();
    void errorMapping_data();
    void errorMapping();
    void description();

private:
    std::unique_ptr<OrgAppDialect> m_dialect;
};

Q_DECLARE_METATYPE(ApiRequest)

void OrgAppDialectTest::init()
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("p1");
    profile.organization = QStringLiteral("aurora-labs");
    m_dialect = std::make_unique<OrgAppDialect>(profile);
    m_dialect->setCredential(QStringLiteral("tok-123"));
}

void OrgAppDialectTest::authorizeAddsBearerAndOrg()
{
    ApiRequest request = m_dialect->listUsers(UserQuery());
    m_dialect->authorize(request);
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer tok-123"));
    QCOMPARE(request.header("x-org"), QByteArray("aurora-labs"));
}

void OrgAppDialectTest::requests_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");

    OrgAppDialect dialect{ ConnectionProfile() };
    UserQuery query;
    query.page = 3;
    query.pageSize = 20;
    User user;
    user.id = QStringLiteral("user_4b7c2a1d9e5f3c8b");
    QTest::newRow("me") << dialect.currentUser() << QByteArray("GET") << QStringLiteral("/api/v1/app/me")
                        << QString();
    QTest::newRow("list") << dialect.listUsers(query) << QByteArray("GET")
                          << QStringLiteral("/api/v1/app/user") << QStringLiteral("page=3&page_size=20");
    QTest::newRow("get") << dialect.getUser(user.id) << QByteArray("GET")
                         << QStringLiteral("/api/v1/app/user/user_4b7c2a1d9e5f3c8b") << QString();
    QTest::newRow("create") << dialect.createUser(UserChanges()) << QByteArray("POST")
                            << QStringLiteral("/api/v1/app/user") << QString();
    QTest::newRow("update") << dialect.updateUser(user, UserChanges()) << QByteArray("PUT")
                            << QStringLiteral("/api/v1/app/user/user_4b7c2a1d9e5f3c8b") << QString();
    QTest::newRow("deactivate") << dialect.setUserState(user, UserState::Inactive) << QByteArray("POST")
                                << QStringLiteral("/api/v1/app/user/user_4b7c2a1d9e5f3c8b/deactivate")
                                << QString();
    QTest::newRow("activate") << dialect.setUserState(user, UserState::Active) << QByteArray("POST")
                              << QStringLiteral("/api/v1/app/user/user_4b7c2a1d9e5f3c8b/activate")
                              << QString();
    QTest::newRow("projects") << dialect.listProjects(user.id, 2, 20) << QByteArray("GET")
                              << QStringLiteral("/api/v1/app/user/user_4b7c2a1d9e5f3c8b/project")
                              << QStringLiteral("page=2&page_size=20");
    QTest::newRow("artifacts") << dialect.latestArtifacts(user.id) << QByteArray("GET")
                               << QStringLiteral("/api/v1/app/user/user_4b7c2a1d9e5f3c8b/latest-artifacts")
                               << QString();
    QTest::newRow("integrations") << dialect.integrations() << QByteArray("GET")
                                  << QStringLiteral("/api/v1/app/user/integrations") << QString();
    User odd;
    odd.id = QStringLiteral("a/b?c");
    QTest::newRow("id is escaped") << dialect.getUser(odd.id) << QByteArray("GET")
                                   << QStringLiteral("/api/v1/app/user/a%2Fb%3Fc") << QString();
}

void OrgAppDialectTest::requests()
{
    QFETCH(ApiRequest, request);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, path);
    QCOMPARE(request.query.toString(), query);
    QVERIFY(!request.what.isEmpty());
    // A base URL with a path of its own keeps it as a prefix.
    const QUrl url = resolveRequestUrl(QUrl(QStringLiteral("https://h.example/base/")), request);
    QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/base") + path);
    QCOMPARE(url.query(), query);
}

void OrgAppDialectTest::createBodyMatchesReference()
{
    const QJsonObject reference = fixtureJson(QStringLiteral("org-app/create-user-request.json")).object();
    const QJsonObject info = reference.value(QLatin1String("user_info")).toObject();
    const UserChanges input{ { UserField::AccountId,
                               reference.value(QLatin1String("account_id")).toString() },
                             { UserField::Role, reference.value(QLatin1String("role")).toString() },
                             { UserField::Email, info.value(QLatin1String("email")).toString() },
                             { UserField::Name, info.value(QLatin1String("name")).toString() },
                             { UserField::GivenName, info.value(QLatin1String("given_name")).toString() },
                             { UserField::FamilyName, info.value(QLatin1String("family_name")).toString() } };
    const ApiRequest request = m_dialect->createUser(input);
    QCOMPARE(request.contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), reference);
}

void OrgAppDialectTest::updateBodyMatchesReference()
{
    const QJsonObject reference = fixtureJson(QStringLiteral("org-app/update-user-request.json")).object();
    User user;
    user.id = QStringLiteral("user_4b7c2a1d9e5f3c8b");
    user.name = QStringLiteral("Sasha Patel");
    user.roles = { QStringLiteral("AppMember") };
    const ApiRequest request
        = m_dialect->updateUser(user, UserChanges{ { UserField::Role, QStringLiteral("AppAdmin") } });
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), reference);
}

void OrgAppDialectTest::updateKeepsUnchangedField()
{
    // PUT replaces: a name-only edit still sends the role the server last answered.
    User user;
    user.id = QStringLiteral("u1");
    user.name = QStringLiteral("Old");
    user.roles = { QStringLiteral("AppAdmin") };
    const QJsonObject body
        = QJsonDocument::fromJson(
              m_dialect->updateUser(user, UserChanges{ { UserField::Name, QStringLiteral("New") } }).body)
              .object();
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("New"));
    QCOMPARE(body.value(QLatin1String("role")).toString(), QStringLiteral("AppAdmin"));
}

void OrgAppDialectTest::parseMe()
{
    const Result<User> me
        = m_dialect->parseCurrentUser(response(200, fixture(QStringLiteral("org-app/me.json"))));
    QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().toString()));
    QCOMPARE(me->id, QStringLiteral("user_4b7c2a1d9e5f3c8b"));
    QCOMPARE(me->organization, QStringLiteral("org_2f3a9d1c7b5e4a8f"));
    QCOMPARE(me->accountId, QStringLiteral("acct_6c8a1f3b2d4e5f7a"));
    QCOMPARE(me->name, QStringLiteral("Sasha Patel"));
    QCOMPARE(me->email, QStringLiteral("sasha@auroralabs.com"));
    QCOMPARE(me->jobTitle, QStringLiteral("Product Ops Lead"));
    QCOMPARE(me->jobDescription, QStringLiteral("Owns release coordination and analytics."));
    QCOMPARE(me->state, UserState::Active);
    QCOMPARE(me->roles, QStringList{ QStringLiteral("AppAdmin") });
    QCOMPARE(me->createdAt, QDateTime(QDate(2026, 2, 8), QTime(14, 12, 45), Qt::UTC));
}

void OrgAppDialectTest::parseUserList()
{
    UserQuery query;
    query.page = 1;
    query.pageSize = 20;
    const Result<Page<User>> page
        = m_dialect->parseUserPage(response(200, fixture(QStringLiteral("org-app/list-users.json"))), query);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().name, QStringLiteral("Sasha Patel"));
    QCOMPARE(page->items.first().roles, QStringList{ QStringLiteral("AppAdmin") });
    QCOMPARE(page->hasNextPage, false);
    QCOMPARE(page->totalCount, std::optional<qint64>(1));
    QCOMPARE(page->page, 1);
}

void OrgAppDialectTest::parseCreatedAndFetchedUsers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("role");
    QTest::newRow("create") << QStringLiteral("org-app/create-user-response.json")
                            << QStringLiteral("AppMember");
    QTest::newRow("get") << QStringLiteral("org-app/get-user.json") << QStringLiteral("AppMember");
    QTest::newRow("update") << QStringLiteral("org-app/update-user-response.json")
                            << QStringLiteral("AppAdmin");
}

void OrgAppDialectTest::parseCreatedAndFetchedUsers()
{
    QFETCH(QString, file);
    QFETCH(QString, role);
    const Result<User> user = m_dialect->parseUser(response(200, fixture(file)));
    QVERIFY(user.ok());
    QCOMPARE(user->id, QStringLiteral("user_4b7c2a1d9e5f3c8b"));
    QCOMPARE(user->email, QStringLiteral("sasha@auroralabs.com"));
    QCOMPARE(user->roles, QStringList{ role });
    QCOMPARE(user->state, UserState::Active);
}

void OrgAppDialectTest::parseStateAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("state");
    QTest::newRow("deactivate") << QStringLiteral("org-app/deactivate.json") << int(UserState::Inactive);
    QTest::newRow("activate") << QStringLiteral("org-app/activate.json") << int(UserState::Active);
}

void OrgAppDialectTest::parseStateAnswers()
{
    QFETCH(QString, file);
    QFETCH(int, state);
    User known;
    known.id = QStringLiteral("user_9d1c3b5a7f2e4c6d");
    known.name = QStringLiteral("Known Name");
    const Result<User> answer = m_dialect->parseStateAnswer(response(200, fixture(file)), known);
    QVERIFY(answer.ok());
    QCOMPARE(int(answer->state), state);
    QCOMPARE(answer->id, known.id);
    // The answer names another user: refused rather than applied to the wrong row.
    User other;
    other.id = QStringLiteral("user_other");
    QCOMPARE(m_dialect->parseStateAnswer(response(200, fixture(file)), other).error().kind(),
             ApiError::Kind::BadResponse);
}

void OrgAppDialectTest::parseProjects()
{
    const Result<Page<Project>> page
        = m_dialect->parseProjectPage(response(200, fixture(QStringLiteral("org-app/projects.json"))), 1, 20);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const Project &project = page->items.first();
    QCOMPARE(project.id, QStringLiteral("proj_7a5c3e1b9d2f4a6c"));
    QCOMPARE(project.name, QStringLiteral("Customer Insights"));
    QCOMPARE(project.goal, QStringLiteral("Summarize weekly support trends."));
    QCOMPARE(project.deadline, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(project.visibility, QStringLiteral("Private"));
    QCOMPARE(project.memberCount, 4);
    QCOMPARE(project.defaultMemberRole, QStringLiteral("Editor"));
    QCOMPARE(project.defaultRoleEnabled, true);
    QCOMPARE(project.projectContext, QStringLiteral("Support analytics for Q1."));
    QCOMPARE(project.answerContext, QStringLiteral("Use approved templates."));
    QCOMPARE(project.pinned, true);
    QCOMPARE(page->totalCount, std::optional<qint64>(1));
    QVERIFY(!page->hasNextPage);
}

void OrgAppDialectTest::parseArtifacts()
{
    const Result<Page<Artifact>> page
        = m_dialect->parseArtifacts(response(200, fixture(QStringLiteral("org-app/latest-artifacts.json"))));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const Artifact &artifact = page->items.first();
    QCOMPARE(artifact.id, QStringLiteral("artifact_2b4d6f8a1c3e5a7b"));
    QCOMPARE(artifact.projectId, QStringLiteral("proj_7a5c3e1b9d2f4a6c"));
    QCOMPARE(artifact.name, QStringLiteral("Q1 Support Summary"));
    QCOMPARE(artifact.type, QStringLiteral("Document"));
    QCOMPARE(artifact.source, QStringLiteral("User"));
    QCOMPARE(artifact.state, QStringLiteral("Ready"));
    QCOMPARE(artifact.ingestStatus, QStringLiteral("Done"));
    QCOMPARE(artifact.hasContent, true);
    QCOMPARE(artifact.createdAt, QDateTime(QDate(2026, 2, 8), QTime(14, 30, 12), Qt::UTC));
}

void OrgAppDialectTest::parseIntegrations()
{
    const Result<Page<Integration>> page
        = m_dialect->parseIntegrations(response(200, fixture(QStringLiteral("org-app/integrations.json"))));
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    const Integration &integration = page->items.first();
    QCOMPARE(integration.id, QStringLiteral("conf_8a7b6c5d4e3f2a1b"));
    QCOMPARE(integration.userId, QStringLiteral("user_4b7c2a1d9e5f3c8b"));
    QCOMPARE(integration.organization, QStringLiteral("org_2f3a9d1c7b5e4a8f"));
    QCOMPARE(integration.type, QStringLiteral("Confluence"));
    QCOMPARE(integration.createdAt, QDateTime(QDate(2026, 2, 5), QTime(9, 10), Qt::UTC));
    QCOMPARE(integration.updatedAt, QDateTime(QDate(2026, 2, 8), QTime(10, 2, 11), Qt::UTC));
}

void OrgAppDialectTest::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("not JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("object");
    QTest::newRow("no data") << QByteArray(R"({"items": []})") << QStringLiteral("\"data\"");
    QTest::newRow("data not list") << QByteArray(R"({"data": {}})") << QStringLiteral("\"data\"");
}

void OrgAppDialectTest::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const Result<Page<User>> page
        = m_dialect->parseUserPage(response(200, body, QStringLiteral("the user list")), UserQuery());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(page.error().message().contains(mentions), qPrintable(page.error().message()));
    QVERIFY(page.error().message().contains(QStringLiteral("the user list")));
}

void OrgAppDialectTest::serverMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("invalid role") << QByteArray(
        R"({"error":{"code":"invalid_role","message":"Invalid role \"Boss\""}})")
                                  << QStringLiteral("invalid_role") << QStringLiteral("Invalid role \"Boss\"")
                                  << QStringLiteral("role");
    QTest::newRow("duplicate email") << QByteArray(
        R"({"error":{"code":"duplicate_email","message":"taken"}})")
                                     << QStringLiteral("duplicate_email") << QStringLiteral("taken")
                                     << QStringLiteral("email");
    QTest::newRow("flat") << QByteArray(R"({"error":"not_found","message":"User not found."})")
                          << QStringLiteral("not_found") << QStringLiteral("User not found.") << QString();
    QTest::newRow("detail") << QByteArray(R"({"detail":"Forbidden"})") << QString()
                            << QStringLiteral("Forbidden") << QString();
    QTest::newRow("not json") << QByteArray("oops") << QString() << QString() << QString();
}

void OrgAppDialectTest::serverMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);
    const ServerMessage parsed = m_dialect->parseServerMessage(response(400, body));
    QCOMPARE(parsed.code, code);
    QCOMPARE(parsed.message, message);
    QCOMPARE(parsed.field, field);
}

void OrgAppDialectTest::errorMapping_data()
{
    QTest::addColumn<ApiResponse>("response");
    QTest::addColumn<int>("kind");
    QTest::newRow("400") << response(400, "{}") << int(ApiError::Kind::InvalidRequest);
    QTest::newRow("401") << response(401, "{}") << int(ApiError::Kind::Unauthorized);
    QTest::newRow("403") << response(403, "{}") << int(ApiError::Kind::Forbidden);
    QTest::newRow("404") << response(404, "{}") << int(ApiError::Kind::NotFound);
    QTest::newRow("409") << response(409, "{}") << int(ApiError::Kind::Conflict);
    QTest::newRow("429") << response(429, "{}") << int(ApiError::Kind::RateLimited);
    QTest::newRow("500") << response(500, "{}") << int(ApiError::Kind::ServerError);
    QTest::newRow("503") << response(503, "") << int(ApiError::Kind::ServerError);
    QTest::newRow("418") << response(418, "") << int(ApiError::Kind::Http);
    QTest::newRow("refused") << transportFailure(QNetworkReply::ConnectionRefusedError)
                             << int(ApiError::Kind::Unreachable);
    QTest::newRow("no host") << transportFailure(QNetworkReply::HostNotFoundError)
                             << int(ApiError::Kind::Unreachable);
    QTest::newRow("timeout") << transportFailure(QNetworkReply::OperationCanceledError)
                             << int(ApiError::Kind::Timeout);
    QTest::newRow("tls") << transportFailure(QNetworkReply::SslHandshakeFailedError)
                         << int(ApiError::Kind::Tls);
    QTest::newRow("redirect") << transportFailure(QNetworkReply::InsecureRedirectError)
                              << int(ApiError::Kind::InsecureRedirect);
    ApiResponse big = response(200, "");
    big.tooLarge = true;
    QTest::newRow("too large") << big << int(ApiError::Kind::TooLarge);
}

void OrgAppDialectTest::errorMapping()
{
    QFETCH(ApiResponse, response);
    QFETCH(int, kind);
    const ApiError error = errorFromResponse(response, m_dialect->parseServerMessage(response));
    QCOMPARE(int(error.kind()), kind);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.title().isEmpty());
}

void OrgAppDialectTest::description()
{
    const ServiceDescription &d = m_dialect->description();
    QVERIFY(d.can(Capability::ToggleState));
    QVERIFY(d.can(Capability::Projects));
    QVERIFY(d.can(Capability::Artifacts));
    QVERIFY(d.can(Capability::Integrations));
    QVERIFY(d.can(Capability::CurrentUser));
    QVERIFY(!d.can(Capability::DeleteUser)); // no delete is documented
    QCOMPARE(d.roles, (QStringList{ QStringLiteral("AppAdmin"), QStringLiteral("AppMember") }));
    QCOMPARE(d.editFields.size(), 2);
    QVERIFY(!m_dialect->deleteUser(User()).isValid());
}

QTEST_GUILESS_MAIN(OrgAppDialectTest)
#include "tst_orgappdialect.moc"
