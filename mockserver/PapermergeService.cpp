#include "PapermergeService.h"

#include "MockJson.h"
#include "SeedPeople.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
const QByteArray kJsonApi = "application/vnd.api+json";

MockResponse jsonApi(int status, const QJsonObject &body)
{
    MockResponse response = MockResponse::json(status, QJsonDocument(body));
    response.contentType = kJsonApi;
    return response;
}

MockResponse errors(int status, const QString &detail, const char *code, const QString &pointer = QString())
{
    QJsonObject error{ { QLatin1String("detail"), detail },
                       { QLatin1String("status"), QString::number(status) },
                       { QLatin1String("code"), QLatin1String(code) } };
    if (!pointer.isEmpty())
        error.insert(QLatin1String("source"), QJsonObject{ { QLatin1String("pointer"), pointer } });
    return jsonApi(status, QJsonObject{ { QLatin1String("errors"), QJsonArray{ error } } });
}

// What filter[search] looks in: username, names and email, folded once per stored user.
QString searchTextOf(const QJsonObject &user)
{
    const QJsonObject a = user.value(QLatin1String("attributes")).toObject();
    return MockJson::fold(a.value(QLatin1String("username")).toString() + QLatin1Char(' ')
                          + a.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
                          + a.value(QLatin1String("last_name")).toString() + QLatin1Char(' ')
                          + a.value(QLatin1String("email")).toString());
}

const QStringList kAttributes{ QStringLiteral("username"),    QStringLiteral("first_name"),
                               QStringLiteral("last_name"),   QStringLiteral("email"),
                               QStringLiteral("is_active"),   QStringLiteral("is_staff"),
                               QStringLiteral("is_superuser") };
} // namespace

PapermergeService::PapermergeService(MockHttpServer *server, const QString &prefix, QObject *parent)
    : MockService(parent), m_users(QStringLiteral("id"), searchTextOf)
{
    seed();
    addRoutes(server, prefix);
}

PapermergeService::PapermergeService(MockHttpServer *server, const Generated &generated,
                                     const QString &prefix, QObject *parent)
    : MockService(parent), m_users(QStringLiteral("id"), searchTextOf)
{
    generate(generated);
    addRoutes(server, prefix);
}

MockService::DemoAccount PapermergeService::demoAccount() const
{
    return DemoAccount{ serviceKind(), kind().displayName, m_passwords.value(m_adminId), QString(),
                        adminUsername() };
}

QJsonObject PapermergeService::user(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? QJsonObject() : m_users.at(index);
}

int PapermergeService::indexOf(const QString &id) const
{
    return int(m_users.indexOf(id));
}

QString PapermergeService::newFolderId()
{
    return QString::number(++m_nextFolder);
}

QJsonObject PapermergeService::resource(const QString &id, const QJsonObject &attributes,
                                        const QString &inbox, const QString &home)
{
    const auto folder = [](const QString &folderId) {
        return QJsonObject{ { QLatin1String("data"),
                              QJsonObject{ { QLatin1String("type"), QStringLiteral("folders") },
                                           { QLatin1String("id"), folderId } } } };
    };
    return QJsonObject{ { QLatin1String("type"), QStringLiteral("users") },
                        { QLatin1String("id"), id },
                        { QLatin1String("attributes"), attributes },
                        { QLatin1String("relationships"),
                          QJsonObject{ { QLatin1String("inbox_folder"), folder(inbox) },
                                       { QLatin1String("home_folder"), folder(home) } } } };
}

void PapermergeService::seed()
{
    QRandomGenerator random(0x9E93);
    const auto add = [this](const QString &id, const QJsonObject &attributes, const QString &inbox,
                            const QString &home) { m_users.append(resource(id, attributes, inbox, home)); };
    m_adminId = SeedPeople::uuid(random);
    add(m_adminId,
        QJsonObject{ { QLatin1String("username"), adminUsername() },
                     { QLatin1String("first_name"), QStringLiteral("Ada") },
                     { QLatin1String("last_name"), QStringLiteral("Admin") },
                     { QLatin1String("email"), QStringLiteral("admin@papermerge.example") },
                     { QLatin1String("is_active"), true },
                     { QLatin1String("is_staff"), true },
                     { QLatin1String("is_superuser"), true },
                     { QLatin1String("date_joined"), QStringLiteral("2021-11-02T08:00:00.000000Z") } },
        QStringLiteral("1"), QStringLiteral("2"));
    m_passwords.insert(m_adminId, adminPassword());
    // The reference page's example user, with its folder ids.
    add(SeedPeople::uuid(random),
        QJsonObject{ { QLatin1String("username"), QStringLiteral("john") },
                     { QLatin1String("first_name"), QString() },
                     { QLatin1String("last_name"), QString() },
                     { QLatin1String("email"), QStringLiteral("john@example.com") },
                     { QLatin1String("is_active"), true },
                     { QLatin1String("is_staff"), false },
                     { QLatin1String("is_superuser"), false },
                     { QLatin1String("date_joined"), QStringLiteral("2021-12-21T10:55:18.976430Z") } },
        QStringLiteral("4"), QStringLiteral("5"));
    const QList<SeedPerson> people = SeedPeople::generate(180, 0x9E93);
    for (const SeedPerson &person : people) {
        const QString handle = person.email.section(QLatin1Char('@'), 0, 0);
        add(SeedPeople::uuid(random),
            QJsonObject{ { QLatin1String("username"), handle },
                         { QLatin1String("first_name"), person.givenName },
                         { QLatin1String("last_name"), person.familyName },
                         { QLatin1String("email"), person.email },
                         { QLatin1String("is_active"), person.traits % 100 >= 12 },
                         { QLatin1String("is_staff"), (person.traits >> 8) % 100 < 6 },
                         { QLatin1String("is_superuser"), false },
                         { QLatin1String("date_joined"), MockJson::isoTimeMs(person.createdAt) } },
            newFolderId(), newFolderId());
    }
}

void PapermergeService::generate(const Generated &generated)
{
    const QString credential = generated.credential.isEmpty() ? adminPassword() : generated.credential;
    QRandomGenerator random(generated.seed);
    const QList<SeedPerson> people = SeedPeople::varied(qMax(1, generated.users), generated.seed);
    m_users.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const SeedPerson &person = people.at(i);
        // Random-looking, and unique by construction: the last 48 bits number the user.
        QString id = SeedPeople::uuid(random);
        id.replace(id.size() - 12, 12, SeedPeople::hex(SeedPeople::scramble(i, generated.seed, 48), 12));
        // The first is the admin; the next six are every pair of active/inactive and
        // plain/staff/superuser; the rest are spread like the demo's, with a rare superuser.
        const qsizetype pair = i - 1;
        const bool admin = i == 0;
        const bool active = admin || (pair < 6 ? pair < 3 : person.traits % 100 >= 12);
        const bool staff = admin || (pair < 6 ? pair % 3 == 1 : (person.traits >> 8) % 100 < 6);
        const bool superuser = admin || (pair < 6 ? pair % 3 == 2 : (person.traits >> 20) % 1000 < 3);
        const QString username = admin ? adminUsername() : person.email.section(QLatin1Char('@'), 0, 0);
        const QJsonObject attributes{ { QLatin1String("username"), username },
                                      { QLatin1String("first_name"), person.givenName },
                                      { QLatin1String("last_name"), person.familyName },
                                      { QLatin1String("email"), person.email },
                                      { QLatin1String("is_active"), active },
                                      { QLatin1String("is_staff"), staff },
                                      { QLatin1String("is_superuser"), superuser },
                                      { QLatin1String("date_joined"),
                                        MockJson::isoTimeMs(person.createdAt) } };
        const QString inbox = newFolderId();
        m_users.append(resource(id, attributes, inbox, newFolderId()));
        if (admin) {
            m_adminId = id;
            m_passwords.insert(id, credential);
        }
    }
    m_tokens.insert(credential); // so a benchmark can skip the sign-in
}

void PapermergeService::addRoutes(MockHttpServer *server, const QString &prefix)
{
    server->route("POST", prefix + QStringLiteral("/auth/login/"), [this](const MockRequest &request) {
        const auto body = MockJson::body(request);
        const QString username = body ? body->value(QLatin1String("username")).toString() : QString();
        const QString password = body ? body->value(QLatin1String("password")).toString() : QString();
        for (const QJsonObject &user : m_users.all()) {
            const QJsonObject attributes = user.value(QLatin1String("attributes")).toObject();
            const QString id = user.value(QLatin1String("id")).toString();
            if (attributes.value(QLatin1String("username")).toString() == username && m_passwords.contains(id)
                && m_passwords.value(id) == password
                && attributes.value(QLatin1String("is_active")).toBool()) {
                QRandomGenerator random = QRandomGenerator::securelySeeded();
                const QString token = SeedPeople::hexId(random, 40);
                m_tokens.insert(token);
                return MockResponse::json(200,
                                          QJsonDocument(QJsonObject{ { QLatin1String("token"), token } }));
            }
        }
        return MockResponse::json(
            400,
            QJsonDocument(QJsonObject{
                { QLatin1String("non_field_errors"),
                  QJsonArray{ QStringLiteral("Unable to log in with provided credentials.") } } }));
    });

    const auto guarded = [this](auto handler) {
        return [this, handler](const MockRequest &request) -> MockResponse {
            const QByteArray authorization = request.header("authorization");
            if (!authorization.startsWith("Token ")
                || !m_tokens.contains(QString::fromUtf8(authorization.mid(6))))
                return errors(401, QStringLiteral("Invalid token."), "authentication_failed");
            return handler(request);
        };
    };
    // The JSON:API parser: a write must carry {"data": {"type": "users", ...}}.
    const auto resourceOf = [](const MockRequest &request, QJsonObject *out) -> std::optional<MockResponse> {
        const auto body = MockJson::body(request);
        const QJsonObject data = body ? body->value(QLatin1String("data")).toObject() : QJsonObject();
        if (data.isEmpty())
            return errors(400, QStringLiteral("Received document does not contain primary data"),
                          "parse_error", QStringLiteral("/data"));
        if (data.value(QLatin1String("type")).toString() != QLatin1String("users"))
            return errors(
                409,
                QStringLiteral("The resource object's type (%1) is not the type that constitute the "
                               "collection represented by the endpoint (users).")
                    .arg(data.value(QLatin1String("type")).toString()),
                "error", QStringLiteral("/data/type"));
        *out = data;
        return std::nullopt;
    };
    const auto checkAttributes = [this](const QJsonObject &attributes, bool creating,
                                        const QString &exceptId) -> std::optional<MockResponse> {
        static const QRegularExpression usernamePattern(QStringLiteral(R"(^[\w.@+-]+$)"));
        if (creating || attributes.contains(QLatin1String("username"))) {
            const QString username = attributes.value(QLatin1String("username")).toString();
            if (username.isEmpty())
                return errors(400, QStringLiteral("This field is required."), "required",
                              QStringLiteral("/data/attributes/username"));
            if (!usernamePattern.match(username).hasMatch() || username.size() > 150)
                return errors(
                    400,
                    QStringLiteral("Enter a valid username. This value may contain only letters, numbers, "
                                   "and @/./+/-/_ characters."),
                    "invalid", QStringLiteral("/data/attributes/username"));
            for (const QJsonObject &user : m_users.all()) {
                if (user.value(QLatin1String("id")).toString() != exceptId
                    && user.value(QLatin1String("attributes"))
                            .toObject()
                            .value(QLatin1String("username"))
                            .toString()
                        == username)
                    return errors(400, QStringLiteral("A user with that username already exists."), "unique",
                                  QStringLiteral("/data/attributes/username"));
            }
        }
        const QString email = attributes.value(QLatin1String("email")).toString();
        if (!email.isEmpty() && !MockJson::looksLikeEmail(email))
            return errors(400, QStringLiteral("Enter a valid email address."), "invalid",
                          QStringLiteral("/data/attributes/email"));
        return std::nullopt;
    };

    const QString users = prefix + QStringLiteral("/users/");
    server->route(
        "GET", users, guarded([this, users](const MockRequest &request) {
            bool ok = true;
            const int page = request.hasQuery(QStringLiteral("page[number]"))
                ? request.queryValue(QStringLiteral("page[number]")).toInt(&ok)
                : 1;
            if (!ok || page < 1)
                return errors(404, QStringLiteral("Invalid page."), "not_found");
            int size = request.hasQuery(QStringLiteral("page[size]"))
                ? request.queryValue(QStringLiteral("page[size]")).toInt(&ok)
                : 20;
            if (!ok || size < 1)
                size = 20;
            size = qMin(size, kind().maxPageSize);
            const QString search
                = MockJson::fold(request.queryValue(QStringLiteral("filter[search]")).trimmed());
            const qsizetype first = qsizetype(page - 1) * size;
            QJsonArray data;
            qsizetype count = 0;
            if (search.isEmpty()) {
                // No filter: the page is a slice, whatever the size of the directory.
                count = m_users.size();
                for (qsizetype i = first; i < count && i < first + size; ++i)
                    data.append(m_users.at(i));
            } else {
                for (qsizetype i = 0; i < m_users.size(); ++i) {
                    if (!m_users.searchText(i).contains(search))
                        continue;
                    if (count >= first && count < first + size)
                        data.append(m_users.at(i));
                    ++count;
                }
            }
            const int pages = qMax(1, int((count + size - 1) / size));
            if (page > pages)
                return errors(404, QStringLiteral("Invalid page."), "not_found");
            const auto link = [&](int number) -> QJsonValue {
                if (number < 1 || number > pages)
                    return QJsonValue::Null;
                return QStringLiteral("http://papermerge.example%1?page%5Bnumber%5D=%2")
                    .arg(users)
                    .arg(number);
            };
            return jsonApi(
                200,
                QJsonObject{ { QLatin1String("links"),
                               QJsonObject{ { QLatin1String("first"), link(1) },
                                            { QLatin1String("last"), link(pages) },
                                            { QLatin1String("next"), link(page + 1) },
                                            { QLatin1String("prev"), link(page - 1) } } },
                             { QLatin1String("data"), data },
                             { QLatin1String("meta"),
                               QJsonObject{ { QLatin1String("pagination"),
                                              QJsonObject{ { QLatin1String("page"), page },
                                                           { QLatin1String("pages"), pages },
                                                           { QLatin1String("count"), count } } } } } });
        }));

    server->route(
        "POST", users, guarded([this, resourceOf, checkAttributes](const MockRequest &request) {
            QJsonObject data;
            if (const auto refusal = resourceOf(request, &data))
                return *refusal;
            const QJsonObject given = data.value(QLatin1String("attributes")).toObject();
            if (const auto refusal = checkAttributes(given, true, QString()))
                return *refusal;
            QJsonObject attributes{
                { QLatin1String("first_name"), QString() }, { QLatin1String("last_name"), QString() },
                { QLatin1String("email"), QString() },      { QLatin1String("is_active"), true },
                { QLatin1String("is_staff"), false },       { QLatin1String("is_superuser"), false }
            };
            for (const QString &key : kAttributes) {
                if (given.contains(key))
                    attributes.insert(key, given.value(key));
            }
            attributes.insert(QLatin1String("date_joined"),
                              MockJson::isoTimeMs(QDateTime::currentDateTimeUtc()));
            QRandomGenerator random(quint32(qHash(attributes.value(QLatin1String("username")).toString())));
            const QString id = SeedPeople::uuid(random);
            const QString inbox = newFolderId();
            const QJsonObject user = resource(id, attributes, inbox, newFolderId());
            m_users.append(user);
            return jsonApi(201, QJsonObject{ { QLatin1String("data"), user } });
        }));

    // Registered before users/{id}/ so "me" is not taken for an id.
    server->route(
        "GET", users + QStringLiteral("me/"), guarded([this](const MockRequest &) {
            return jsonApi(200, QJsonObject{ { QLatin1String("data"), m_users.at(indexOf(m_adminId)) } });
        }));

    const QString userPath = users + QStringLiteral("([^/]+)/");
    const auto notFound = [] { return errors(404, QStringLiteral("Not found."), "not_found"); };
    server->route("GET", userPath, guarded([this, notFound](const MockRequest &request) {
                      const int index = indexOf(request.captures.value(0));
                      if (index < 0)
                          return notFound();
                      return jsonApi(200, QJsonObject{ { QLatin1String("data"), m_users.at(index) } });
                  }));

    server->route(
        "PATCH", userPath, guarded([this, notFound, resourceOf, checkAttributes](const MockRequest &request) {
            const QString id = request.captures.value(0);
            const int index = indexOf(id);
            if (index < 0)
                return notFound();
            QJsonObject data;
            if (const auto refusal = resourceOf(request, &data))
                return *refusal;
            if (data.contains(QLatin1String("id")) && data.value(QLatin1String("id")).toString() != id)
                return errors(409, QStringLiteral("The resource object's id does not match the URL."),
                              "error", QStringLiteral("/data/id"));
            const QJsonObject given = data.value(QLatin1String("attributes")).toObject();
            if (const auto refusal = checkAttributes(given, false, id))
                return *refusal;
            QJsonObject user = m_users.at(index);
            QJsonObject attributes = user.value(QLatin1String("attributes")).toObject();
            for (const QString &key : kAttributes) {
                if (given.contains(key))
                    attributes.insert(key, given.value(key));
            }
            user.insert(QLatin1String("attributes"), attributes);
            m_users.replace(index, user);
            return jsonApi(200, QJsonObject{ { QLatin1String("data"), user } });
        }));

    server->route("DELETE", userPath, guarded([this, notFound](const MockRequest &request) {
                      const int index = indexOf(request.captures.value(0));
                      if (index < 0)
                          return notFound();
                      m_passwords.remove(request.captures.value(0));
                      m_users.removeAt(index);
                      return MockResponse::empty(204);
                  }));

    server->route(
        "POST", userPath + QStringLiteral("change-password/"), guarded([this](const MockRequest &request) {
            const QString id = request.captures.value(0);
            if (indexOf(id) < 0)
                return MockResponse::json(
                    404,
                    QJsonDocument(QJsonObject{ { QLatin1String("detail"), QStringLiteral("Not found.") } }));
            const auto body = MockJson::body(request);
            const QString password = body ? body->value(QLatin1String("password")).toString() : QString();
            if (password.isEmpty())
                return MockResponse::json(
                    400,
                    QJsonDocument(
                        QJsonObject{ { QLatin1String("password"),
                                       QJsonArray{ QStringLiteral("This field may not be blank.") } } }));
            m_passwords.insert(id, password);
            return MockResponse::json(200,
                                      QJsonDocument(QJsonObject{ { QLatin1String("password"), password } }));
        }));
}
