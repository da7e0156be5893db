// Papermerge JSON:API: sign-in, the data wrapper, trailing slashes, page[...] and filter[...],
// answers from the reference page's example, errors[] with source.pointer.

#include "PapermergeDialect.h"
#include "TestSupport.h"

#include <QJsonObject>

using namespace TestSupport;

class PapermergeDialectTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void signIn();
    void tokenHeader();
    void apiPrefixIsAProfileSetting();
    void listQuery();
    void writesAreWrappedJsonApi();
    void changePasswordIsPlainJson();
    void parseReferenceUser();
    void parseList();
    void errorsWithPointer();
    void description();

private:
    std::unique_ptr<PapermergeDialect> m_dialect;
};

void PapermergeDialectTest::init()
{
    m_dialect = std::make_unique<PapermergeDialect>(ConnectionProfile());
    m_dialect->setCredential(QStringLiteral("abc123token"));
}

void PapermergeDialectTest::signIn()
{
    const ApiRequest request = m_dialect->signIn(QStringLiteral("admin"), QStringLiteral("pw"));
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/auth/login/"));
    QCOMPARE(request.contentType, QByteArray("application/json"));
    QVERIFY(request.header("Authorization").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             (QJsonObject{ { QLatin1String("username"), QStringLiteral("admin") },
                           { QLatin1String("password"), QStringLiteral("pw") } }));
    const Result<QString> token
        = m_dialect->parseSignIn(response(200, R"({"token":"9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"})"));
    QCOMPARE(token.value(), QStringLiteral("9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"));
    QCOMPARE(m_dialect->parseSignIn(response(200, R"({"expiry":null})")).error().kind(),
             ApiError::Kind::BadResponse);
}

void PapermergeDialectTest::tokenHeader()
{
    ApiRequest request = m_dialect->currentUser();
    m_dialect->authorize(request);
    QCOMPARE(request.header("Authorization"), QByteArray("Token abc123token"));
    QCOMPARE(request.path, QStringLiteral("/api/users/me/"));
    QCOMPARE(request.accept, QByteArray("application/vnd.api+json"));
}

void PapermergeDialectTest::apiPrefixIsAProfileSetting()
{
    ConnectionProfile profile;
    profile.apiPrefix = QStringLiteral("papermerge/api/");
    PapermergeDialect dialect(profile);
    QCOMPARE(dialect.getUser(QStringLiteral("2")).path, QStringLiteral("/papermerge/api/users/2/"));
}

void PapermergeDialectTest::listQuery()
{
    UserQuery query;
    query.page = 3;
    query.pageSize = 25;
    query.search = QStringLiteral("john");
    const ApiRequest request = m_dialect->listUsers(query);
    QCOMPARE(request.path, QStringLiteral("/api/users/"));
    const QString encoded = request.query.query(QUrl::FullyEncoded);
    QVERIFY2(encoded.contains(QStringLiteral("page%5Bnumber%5D=3")), qPrintable(encoded));
    QVERIFY(encoded.contains(QStringLiteral("page%5Bsize%5D=25")));
    QVERIFY(encoded.contains(QStringLiteral("filter%5Bsearch%5D=john")));
}

void PapermergeDialectTest::writesAreWrappedJsonApi()
{
    const ApiRequest create
        = m_dialect->createUser(UserChanges{ { UserField::Username, QStringLiteral("john") },
                                             { UserField::Email, QStringLiteral("john@example.com") },
                                             { UserField::Active, true } });
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, QStringLiteral("/api/users/"));
    QCOMPARE(create.contentType, QByteArray("application/vnd.api+json"));
    const QJsonObject data
        = QJsonDocument::fromJson(create.body).object().value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("type")).toString(), QStringLiteral("users"));
    const QJsonObject attributes = data.value(QLatin1String("attributes")).toObject();
    QCOMPARE(attributes.value(QLatin1String("username")).toString(), QStringLiteral("john"));
    QCOMPARE(attributes.value(QLatin1String("is_active")).toBool(), true);

    User user;
    user.id = QStringLiteral("2");
    const ApiRequest patch
        = m_dialect->updateUser(user, UserChanges{ { UserField::GivenName, QStringLiteral("John") } });
    QCOMPARE(patch.method, QByteArray("PATCH"));
    QCOMPARE(patch.path, QStringLiteral("/api/users/2/"));
    const QJsonObject patched
        = QJsonDocument::fromJson(patch.body).object().value(QLatin1String("data")).toObject();
    QCOMPARE(patched.value(QLatin1String("id")).toString(), QStringLiteral("2"));
    QCOMPARE(patched.value(QLatin1String("attributes")).toObject(),
             (QJsonObject{ { QLatin1String("first_name"), QStringLiteral("John") } }));

    const ApiRequest deactivate = m_dialect->setUserState(user, UserState::Inactive);
    QCOMPARE(QJsonDocument::fromJson(deactivate.body)
                 .object()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("attributes"))
                 .toObject(),
             (QJsonObject{ { QLatin1String("is_active"), false } }));
    QCOMPARE(m_dialect->deleteUser(user).path, QStringLiteral("/api/users/2/"));
}

void PapermergeDialectTest::changePasswordIsPlainJson()
{
    User user;
    user.id = QStringLiteral("2");
    const ApiRequest request = m_dialect->changePassword(user, QStringLiteral("newpassword"));
    QCOMPARE(request.path, QStringLiteral("/api/users/2/change-password/"));
    QCOMPARE(request.contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             fixtureJson(QStringLiteral("papermerge/change-password-request.json")).object());
}

void PapermergeDialectTest::parseReferenceUser()
{
    const Result<User> user
        = m_dialect->parseUser(response(200, fixture(QStringLiteral("papermerge/get-user-response.json"))));
    QVERIFY(user.ok());
    QCOMPARE(user->id, QStringLiteral("2"));
    QCOMPARE(user->username, QStringLiteral("john"));
    QCOMPARE(user->email, QStringLiteral("john@example.com"));
    QCOMPARE(user->displayName(), QStringLiteral("john")); // no first or last name
    QCOMPARE(user->state, UserState::Active);
    QCOMPARE(user->staff, false);
    QCOMPARE(user->createdAt.date(), QDate(2021, 12, 21));
    QCOMPARE(user->related.size(), 2);
    QCOMPARE(user->related.at(0).second, QStringLiteral("5")); // home folder
    QCOMPARE(user->related.at(1).second, QStringLiteral("4")); // inbox folder
}

void PapermergeDialectTest::parseList()
{
    const QByteArray body
        = R"({"links":{"first":"http://x/api/users/?page%5Bnumber%5D=1","last":"http://x/api/users/?page%5Bnumber%5D=3",
        "next":"http://x/api/users/?page%5Bnumber%5D=2","prev":null},
        "data":[{"type":"users","id":"7","attributes":{"username":"ann","first_name":"Ann","last_name":"Lee","is_active":false}}],
        "meta":{"pagination":{"page":1,"pages":3,"count":41}}})";
    UserQuery query;
    query.pageSize = 20;
    const Result<Page<User>> page = m_dialect->parseUserPage(response(200, body), query);
    QVERIFY(page.ok());
    QCOMPARE(page->items.first().name, QStringLiteral("Ann Lee"));
    QCOMPARE(page->items.first().state, UserState::Inactive);
    QCOMPARE(page->totalCount, std::optional<qint64>(41));
    QVERIFY(page->hasNextPage);
}

void PapermergeDialectTest::errorsWithPointer()
{
    const QByteArray body
        = R"({"errors":[{"detail":"A user with that username already exists.","status":"400",
        "source":{"pointer":"/data/attributes/username"},"code":"unique"}]})";
    const ServerMessage message = m_dialect->parseServerMessage(response(400, body));
    QCOMPARE(message.field, QStringLiteral("username"));
    QCOMPARE(message.code, QStringLiteral("unique"));
    QCOMPARE(message.message, QStringLiteral("A user with that username already exists."));
    const ApiResponse notFound = response(404, fixture(QStringLiteral("papermerge/error-404.json")));
    const ApiError error = errorFromResponse(notFound, m_dialect->parseServerMessage(notFound));
    QCOMPARE(error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(error.message(), QStringLiteral("Not found."));
    const ServerMessage plain
        = m_dialect->parseServerMessage(response(400, R"({"password":["This field may not be blank."]})"));
    QCOMPARE(plain.field, QStringLiteral("password"));
    QCOMPARE(plain.message, QStringLiteral("This field may not be blank."));
}

void PapermergeDialectTest::description()
{
    const ServiceDescription &d = m_dialect->description();
    QVERIFY(m_dialect->signsIn());
    QVERIFY(d.can(Capability::ChangePassword));
    QVERIFY(d.can(Capability::ToggleState));
    QVERIFY(d.can(Capability::DeleteUser));
    QVERIFY(d.can(Capability::CurrentUser));
    QVERIFY(!d.can(Capability::BatchCreate));
}

QTEST_GUILESS_MAIN(PapermergeDialectTest)
#include "tst_papermergedialect.moc"
