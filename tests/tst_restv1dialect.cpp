// REST v1: requests against the reference page's bodies, answers from its examples, and the
// error envelope whose field belongs next to its input.

#include "RestV1Dialect.h"
#include "TestSupport.h"

#include <QJsonObject>

using namespace TestSupport;

class RestV1DialectTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listSendsFiltersToTheServer();
    void createBodyMatchesReference();
    void updateIsPatchOfChangesOnly();
    void stateIsPatchOfStatus_data();
    void stateIsPatchOfStatus();
    void deleteRequest();
    void parseReferenceAnswers();
    void parseList();
    void errorEnvelopes_data();
    void errorEnvelopes();
    void description();

private:
    std::unique_ptr<RestV1Dialect> m_dialect;
};

void RestV1DialectTest::init()
{
    m_dialect = std::make_unique<RestV1Dialect>(ConnectionProfile());
    m_dialect->setCredential(QStringLiteral("YOUR_API_KEY"));
}

void RestV1DialectTest::listSendsFiltersToTheServer()
{
    UserQuery query;
    query.page = 1;
    query.pageSize = 20;
    query.filters.insert(UserField::Role, QStringLiteral("admin"));
    query.filters.insert(UserField::State, QStringLiteral("suspended"));
    query.search = QStringLiteral("  zoë  ");
    ApiRequest request = m_dialect->listUsers(query);
    m_dialect->authorize(request);
    QCOMPARE(request.path, QStringLiteral("/v1/users"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer YOUR_API_KEY"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("role")), QStringLiteral("admin"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("status")), QStringLiteral("suspended"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
             QStringLiteral("zoë"));
    query.pageSize = 1000;
    QCOMPARE(m_dialect->listUsers(query).query.queryItemValue(QStringLiteral("limit")),
             QStringLiteral("100"));
}

void RestV1DialectTest::createBodyMatchesReference()
{
    const QJsonObject reference = fixtureJson(QStringLiteral("rest-v1/create-request.json")).object();
    const UserChanges input{ { UserField::Name, reference.value(QLatin1String("name")).toString() },
                             { UserField::Email, reference.value(QLatin1String("email")).toString() },
                             { UserField::Role, reference.value(QLatin1String("role")).toString() },
                             { UserField::Password, reference.value(QLatin1String("password")).toString() } };
    const ApiRequest request = m_dialect->createUser(input);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), reference);
    QCOMPARE(fixtureJson(QStringLiteral("rest-v1/create-request-curl.json")).object(), reference);
}

void RestV1DialectTest::updateIsPatchOfChangesOnly()
{
    const QJsonObject reference = fixtureJson(QStringLiteral("rest-v1/update-request.json")).object();
    User user;
    user.id = QStringLiteral("usr_123");
    user.name = QStringLiteral("John Doe");
    user.email = QStringLiteral("john@example.com");
    const ApiRequest request
        = m_dialect->updateUser(user,
                                UserChanges{ { UserField::Name, QStringLiteral("John Smith") },
                                             { UserField::Role, QStringLiteral("admin") } });
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.path, QStringLiteral("/v1/users/usr_123"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), reference); // no email: it did not change
}

void RestV1DialectTest::stateIsPatchOfStatus_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("wire");
    QTest::newRow("active") << int(UserState::Active) << QStringLiteral("active");
    QTest::newRow("inactive") << int(UserState::Inactive) << QStringLiteral("inactive");
    QTest::newRow("suspended") << int(UserState::Suspended) << QStringLiteral("suspended");
}

void RestV1DialectTest::stateIsPatchOfStatus()
{
    QFETCH(int, state);
    QFETCH(QString, wire);
    User user;
    user.id = QStringLiteral("usr_123");
    const ApiRequest request = m_dialect->setUserState(user, UserState(state));
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             (QJsonObject{ { QLatin1String("status"), wire } }));
}

void RestV1DialectTest::deleteRequest()
{
    User user;
    user.id = QStringLiteral("usr_123");
    const ApiRequest request = m_dialect->deleteUser(user);
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.path, QStringLiteral("/v1/users/usr_123"));
    QVERIFY(fixtureJson(QStringLiteral("rest-v1/delete-response.json"))
                .object()
                .value(QLatin1String("success"))
                .toBool());
}

void RestV1DialectTest::parseReferenceAnswers()
{
    const Result<User> got
        = m_dialect->parseUser(response(200, fixture(QStringLiteral("rest-v1/get-response.json"))));
    QVERIFY(got.ok());
    QCOMPARE(got->id, QStringLiteral("usr_123"));
    QCOMPARE(got->name, QStringLiteral("John Doe"));
    QCOMPARE(got->email, QStringLiteral("john@example.com"));
    QCOMPARE(got->roles, QStringList{ QStringLiteral("admin") });
    QCOMPARE(got->state, UserState::Active);
    QCOMPARE(got->updatedAt, QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC));
    QCOMPARE(got->related.value(0).second, QStringLiteral("https://example.com/avatars/usr_123.jpg"));
    const Result<User> created
        = m_dialect->parseUser(response(201, fixture(QStringLiteral("rest-v1/create-response.json"))));
    QCOMPARE(created->id, QStringLiteral("usr_456"));
    QCOMPARE(created->roles, QStringList{ QStringLiteral("user") });
    const Result<User> updated
        = m_dialect->parseUser(response(200, fixture(QStringLiteral("rest-v1/update-response.json"))));
    QCOMPARE(updated->name, QStringLiteral("John Smith"));
    QVERIFY(!updated->createdAt.isValid()); // the example leaves it out; the table keeps the old one
}

void RestV1DialectTest::parseList()
{
    UserQuery query;
    query.pageSize = 20;
    const Result<Page<User>> page = m_dialect->parseUserPage(
        response(200, fixture(QStringLiteral("rest-v1/list-response.json"))), query);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->totalCount, std::optional<qint64>(1));
    QVERIFY(!page->hasNextPage);
    // Paging follows what Roster asked for; the server's pages count says whether more follow.
    query.page = 2;
    const Result<Page<User>> more = m_dialect->parseUserPage(
        response(200,
                 R"({"success":true,"data":[],"pagination":{"page":2,"limit":20,"total":95,"pages":5}})"),
        query);
    QVERIFY(more->hasNextPage);
    QCOMPARE(more->page, 2);
    query.page = 5;
    const Result<Page<User>> last = m_dialect->parseUserPage(
        response(200,
                 R"({"success":true,"data":[],"pagination":{"page":5,"limit":20,"total":95,"pages":5}})"),
        query);
    QVERIFY(!last->hasNextPage);
}

void RestV1DialectTest::errorEnvelopes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("kind");
    QTest::newRow("400") << QStringLiteral("rest-v1/error-400.json") << 400
                         << QStringLiteral("invalid_request") << QStringLiteral("email")
                         << int(ApiError::Kind::InvalidRequest);
    QTest::newRow("404") << QStringLiteral("rest-v1/error-404.json") << 404 << QStringLiteral("not_found")
                         << QString() << int(ApiError::Kind::NotFound);
    QTest::newRow("409") << QStringLiteral("rest-v1/error-409.json") << 409
                         << QStringLiteral("duplicate_email") << QStringLiteral("email")
                         << int(ApiError::Kind::Conflict);
}

void RestV1DialectTest::errorEnvelopes()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(int, kind);
    const ApiResponse answer = response(status, fixture(file));
    const ApiError error = errorFromResponse(answer, m_dialect->parseServerMessage(answer));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.serverCode(), code);
    QCOMPARE(error.field(), field);
    QCOMPARE(error.message(),
             fixtureJson(file)
                 .object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString());
}

void RestV1DialectTest::description()
{
    const ServiceDescription &d = m_dialect->description();
    QVERIFY(d.can(Capability::DeleteUser));
    QVERIFY(d.can(Capability::ToggleState));
    QVERIFY(d.can(Capability::ServerSearch));
    QCOMPARE(d.states.size(), 3);
    const auto password = std::find_if(d.createFields.cbegin(), d.createFields.cend(),
                                       [](const FieldSpec &s) { return s.field == UserField::Password; });
    QVERIFY(password != d.createFields.cend());
    QVERIFY(password->confirm);
    QCOMPARE(password->editor, FieldSpec::Editor::Password);
}

QTEST_GUILESS_MAIN(RestV1DialectTest)
#include "tst_restv1dialect.moc"
