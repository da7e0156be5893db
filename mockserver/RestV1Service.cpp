#include "RestV1Service.h"

#include "MockJson.h"
#include "SeedPeople.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace {
const QStringList kRoles{ QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("viewer") };
const QStringList kStatuses{ QStringLiteral("active"), QStringLiteral("inactive"),
                             QStringLiteral("suspended") };

MockResponse failure(int status, const char *code, const QString &message, const QString &field = QString())
{
    QJsonObject error{ { QLatin1String("code"), QLatin1String(code) },
                       { QLatin1String("message"), message } };
    if (!field.isEmpty())
        error.insert(QLatin1String("field"), field);
    return MockResponse::json(
        status,
        QJsonDocument(QJsonObject{ { QLatin1String("success"), false }, { QLatin1String("error"), error } }));
}

// What a search matches: the name or the email, folded; '\0' keeps a match from spanning both.
QString searchTextOf(const QJsonObject &user)
{
    return MockJson::fold(user.value(QLatin1String("name")).toString()) + QChar(0)
        + MockJson::fold(user.value(QLatin1String("email")).toString());
}
} // namespace

RestV1Service::RestV1Service(MockHttpServer *server, QObject *parent)
    : MockService(parent), m_users(QStringLiteral("id"), searchTextOf)
{
    seed();
    addRoutes(server);
}

RestV1Service::RestV1Service(MockHttpServer *server, const Generated &generated, QObject *parent)
    : MockService(parent), m_users(QStringLiteral("id"), searchTextOf)
{
    generate(generated);
    addRoutes(server);
}

MockService::DemoAccount RestV1Service::demoAccount() const
{
    return DemoAccount{ serviceKind(), kind().displayName, m_token, QString(), QString() };
}

QJsonObject RestV1Service::user(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? QJsonObject() : m_users.at(index);
}

int RestV1Service::indexOf(const QString &id) const
{
    return int(m_users.indexOf(id));
}

QJsonObject RestV1Service::userFrom(const SeedPerson &person, const QString &role, const QString &status)
{
    const QString id = QStringLiteral("usr_%1").arg(++m_nextId);
    return QJsonObject{ { QLatin1String("id"), id },
                        { QLatin1String("name"), person.name() },
                        { QLatin1String("email"), person.email },
                        { QLatin1String("role"), role },
                        { QLatin1String("status"), status },
                        { QLatin1String("avatar"),
                          QString(QStringLiteral("https://example.com/avatars/") + id
                                  + QStringLiteral(".jpg")) },
                        { QLatin1String("created_at"), MockJson::isoTime(person.createdAt) },
                        { QLatin1String("updated_at"),
                          MockJson::isoTime(person.createdAt.addDays((person.traits >> 16) % 90)) } };
}

void RestV1Service::seed()
{
    // The reference page's user object, verbatim, first.
    m_users.append(
        QJsonObject{ { QLatin1String("id"), QStringLiteral("usr_123") },
                     { QLatin1String("name"), QStringLiteral("John Doe") },
                     { QLatin1String("email"), QStringLiteral("john@example.com") },
                     { QLatin1String("role"), QStringLiteral("admin") },
                     { QLatin1String("status"), QStringLiteral("active") },
                     { QLatin1String("avatar"), QStringLiteral("https://example.com/avatars/usr_123.jpg") },
                     { QLatin1String("created_at"), QStringLiteral("2025-01-01T00:00:00Z") },
                     { QLatin1String("updated_at"), QStringLiteral("2025-01-15T10:30:00Z") } });
    const QList<SeedPerson> people = SeedPeople::generate(1200, 0x5E57);
    for (const SeedPerson &person : people) {
        const quint32 roll = person.traits % 100;
        const QString status = roll < 10 ? kStatuses.at(1) : roll < 14 ? kStatuses.at(2) : kStatuses.at(0);
        const quint32 roleRoll = (person.traits >> 8) % 100;
        const QString role = roleRoll < 8 ? kRoles.at(0) : roleRoll < 30 ? kRoles.at(2) : kRoles.at(1);
        m_users.append(userFrom(person, role, status));
    }
}

void RestV1Service::generate(const Generated &generated)
{
    if (!generated.credential.isEmpty())
        m_token = generated.credential;
    const QList<SeedPerson> people = SeedPeople::varied(generated.users, generated.seed);
    m_users.reserve(people.size());
    const qsizetype combinations = kRoles.size() * kStatuses.size();
    for (qsizetype i = 0; i < people.size(); ++i) {
        const SeedPerson &person = people.at(i);
        // The first users take every role and status once; the rest are spread like the demo's.
        const quint32 roll = person.traits % 100;
        const quint32 roleRoll = (person.traits >> 8) % 100;
        const QString status = i < combinations ? kStatuses.at(i / kRoles.size())
            : roll < 10                         ? kStatuses.at(1)
            : roll < 14                         ? kStatuses.at(2)
                                                : kStatuses.at(0);
        const QString role = i < combinations ? kRoles.at(i % kRoles.size())
            : roleRoll < 8                    ? kRoles.at(0)
            : roleRoll < 30                   ? kRoles.at(2)
                                              : kRoles.at(1);
        m_users.append(userFrom(person, role, status));
    }
}

std::optional<MockResponse> RestV1Service::invalid(const QJsonObject &fields, bool creating,
                                                   const QString &exceptId) const
{
    if (creating || fields.contains(QLatin1String("name"))) {
        if (fields.value(QLatin1String("name")).toString().trimmed().isEmpty())
            return failure(400, "invalid_request", QStringLiteral("Name is required"),
                           QStringLiteral("name"));
    }
    if (creating || fields.contains(QLatin1String("email"))) {
        const QString email = fields.value(QLatin1String("email")).toString().trimmed();
        if (!MockJson::looksLikeEmail(email))
            return failure(400, "invalid_request", QStringLiteral("Invalid email format"),
                           QStringLiteral("email"));
        for (const QJsonObject &user : m_users.all()) {
            if (user.value(QLatin1String("id")).toString() != exceptId
                && user.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
                return failure(409, "duplicate_email",
                               QStringLiteral("A user with this email already exists"));
        }
    }
    if (creating || fields.contains(QLatin1String("role"))) {
        if (!kRoles.contains(fields.value(QLatin1String("role")).toString()))
            return failure(400, "invalid_request", QStringLiteral("Role must be admin, user or viewer"),
                           QStringLiteral("role"));
    }
    if (fields.contains(QLatin1String("status"))
        && !kStatuses.contains(fields.value(QLatin1String("status")).toString()))
        return failure(400, "invalid_request", QStringLiteral("Status must be active, inactive or suspended"),
                       QStringLiteral("status"));
    if (creating && fields.value(QLatin1String("password")).toString().size() < 8)
        return failure(400, "invalid_request", QStringLiteral("Password must have at least 8 characters"),
                       QStringLiteral("password"));
    return std::nullopt;
}

void RestV1Service::addRoutes(MockHttpServer *server)
{
    const auto guarded = [this](auto handler) {
        return [this, handler](const MockRequest &request) -> MockResponse {
            if (request.header("authorization") != "Bearer " + m_token.toUtf8())
                return failure(401, "unauthorized", QStringLiteral("Invalid or missing API key"));
            return handler(request);
        };
    };

    server->route(
        "GET", QStringLiteral("/v1/users"), guarded([this](const MockRequest &request) {
            bool ok = true;
            const int page = request.query.hasQueryItem(QStringLiteral("page"))
                ? request.queryValue(QStringLiteral("page")).toInt(&ok)
                : 1;
            if (!ok || page < 1)
                return failure(400, "invalid_request", QStringLiteral("page must be a positive integer"),
                               QStringLiteral("page"));
            const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
                ? request.queryValue(QStringLiteral("limit")).toInt(&ok)
                : 20;
            if (!ok || limit < 1 || limit > kind().maxPageSize)
                return failure(400, "invalid_request",
                               QStringLiteral("limit must be between 1 and %1").arg(kind().maxPageSize),
                               QStringLiteral("limit"));
            const QString role = request.queryValue(QStringLiteral("role"));
            const QString status = request.queryValue(QStringLiteral("status"));
            const QString search = MockJson::fold(request.queryValue(QStringLiteral("search")).trimmed());
            const qsizetype first = qsizetype(page - 1) * limit;
            QJsonArray data;
            qsizetype total = 0;
            if (role.isEmpty() && status.isEmpty() && search.isEmpty()) {
                // No filter: the page is a slice, whatever the size of the directory.
                total = m_users.size();
                for (qsizetype i = first; i < total && i < first + limit; ++i)
                    data.append(m_users.at(i));
            } else if (!search.contains(QChar(0))) {
                for (qsizetype i = 0; i < m_users.size(); ++i) {
                    const QJsonObject &user = m_users.at(i);
                    if (!role.isEmpty() && user.value(QLatin1String("role")).toString() != role)
                        continue;
                    if (!status.isEmpty() && user.value(QLatin1String("status")).toString() != status)
                        continue;
                    if (!search.isEmpty() && !m_users.searchText(i).contains(search))
                        continue;
                    if (total >= first && total < first + limit)
                        data.append(user);
                    ++total;
                }
            }
            return MockResponse::json(
                200,
                QJsonDocument(QJsonObject{
                    { QLatin1String("success"), true },
                    { QLatin1String("data"), data },
                    { QLatin1String("pagination"),
                      QJsonObject{ { QLatin1String("page"), page },
                                   { QLatin1String("limit"), limit },
                                   { QLatin1String("total"), total },
                                   { QLatin1String("pages"), int((total + limit - 1) / limit) } } } }));
        }));

    server->route(
        "POST", QStringLiteral("/v1/users"), guarded([this](const MockRequest &request) {
            const auto body = MockJson::body(request);
            if (!body)
                return failure(400, "invalid_request", QStringLiteral("The body must be a JSON object"));
            if (const auto refusal = invalid(*body, true, QString()))
                return *refusal;
            const QString now = MockJson::isoTime(QDateTime::currentDateTimeUtc());
            const QJsonObject user{
                { QLatin1String("id"), QStringLiteral("usr_%1").arg(++m_nextId) },
                { QLatin1String("name"), body->value(QLatin1String("name")).toString().trimmed() },
                { QLatin1String("email"), body->value(QLatin1String("email")).toString().trimmed() },
                { QLatin1String("role"), body->value(QLatin1String("role")).toString() },
                { QLatin1String("status"), QStringLiteral("active") },
                { QLatin1String("created_at"), now },
                { QLatin1String("updated_at"), now }
            };
            m_users.append(user);
            return MockResponse::json(
                201,
                QJsonDocument(QJsonObject{
                    { QLatin1String("success"), true },
                    { QLatin1String("data"), user },
                    { QLatin1String("message"), QStringLiteral("User created successfully") } }));
        }));

    const QString userPath = QStringLiteral("/v1/users/([^/]+)");
    const auto notFound = [] { return failure(404, "not_found", QStringLiteral("User not found")); };

    server->route("GET", userPath, guarded([this, notFound](const MockRequest &request) {
                      const int index = indexOf(request.captures.value(0));
                      if (index < 0)
                          return notFound();
                      return MockResponse::json(
                          200,
                          QJsonDocument(QJsonObject{ { QLatin1String("success"), true },
                                                     { QLatin1String("data"), m_users.at(index) } }));
                  }));

    server->route(
        "PATCH", userPath, guarded([this, notFound](const MockRequest &request) {
            const int index = indexOf(request.captures.value(0));
            if (index < 0)
                return notFound();
            const auto body = MockJson::body(request);
            if (!body)
                return failure(400, "invalid_request", QStringLiteral("The body must be a JSON object"));
            if (const auto refusal = invalid(*body, false, request.captures.value(0)))
                return *refusal;
            QJsonObject user = m_users.at(index);
            for (const char *key : { "name", "email", "role", "status" }) {
                if (body->contains(QLatin1String(key)))
                    user.insert(QLatin1String(key), body->value(QLatin1String(key)).toString().trimmed());
            }
            user.insert(QLatin1String("updated_at"), MockJson::isoTime(QDateTime::currentDateTimeUtc()));
            m_users.replace(index, user);
            return MockResponse::json(
                200,
                QJsonDocument(QJsonObject{
                    { QLatin1String("success"), true },
                    { QLatin1String("data"), user },
                    { QLatin1String("message"), QStringLiteral("User updated successfully") } }));
        }));

    server->route("DELETE", userPath, guarded([this, notFound](const MockRequest &request) {
                      const int index = indexOf(request.captures.value(0));
                      if (index < 0)
                          return notFound();
                      m_users.removeAt(index);
                      return MockResponse::json(
                          200,
                          QJsonDocument(QJsonObject{
                              { QLatin1String("success"), true },
                              { QLatin1String("message"), QStringLiteral("User deleted successfully") } }));
                  }));
}
