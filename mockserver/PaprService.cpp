#include "PaprService.h"

#include "MockJson.h"
#include "SeedPeople.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace {
const QStringList kTypes{ QStringLiteral("developerUser"), QStringLiteral("user"), QStringLiteral("agent") };

MockResponse detail(int status, const QString &message)
{
    return MockResponse::json(status, QJsonDocument(QJsonObject{ { QLatin1String("detail"), message } }));
}

// FastAPI's HTTPValidationError.
MockResponse validation(const QStringList &location, const QString &message, const char *type)
{
    return MockResponse::json(
        422,
        QJsonDocument(QJsonObject{
            { QLatin1String("detail"),
              QJsonArray{ QJsonObject{ { QLatin1String("loc"), QJsonArray::fromStringList(location) },
                                       { QLatin1String("msg"), message },
                                       { QLatin1String("type"), QLatin1String(type) } } } } }));
}
} // namespace

PaprService::PaprService(MockHttpServer *server, QObject *parent) : MockService(parent)
{
    seed();
    addRoutes(server);
}

PaprService::PaprService(MockHttpServer *server, const Generated &generated, QObject *parent)
    : MockService(parent)
{
    generate(generated);
    addRoutes(server);
}

MockService::DemoAccount PaprService::demoAccount() const
{
    return DemoAccount{ serviceKind(), kind().displayName, m_token, QString(), QString() };
}

QJsonObject PaprService::user(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? QJsonObject() : m_users.at(index);
}

int PaprService::indexOf(const QString &id) const
{
    return int(m_users.indexOf(id));
}

int PaprService::indexOfExternal(const QString &externalId) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).value(QLatin1String("external_id")).toString() == externalId)
            return i;
    }
    return -1;
}

QJsonObject PaprService::answer(const QJsonObject &user) const
{
    QJsonObject answer = user;
    answer.insert(QLatin1String("code"), 200);
    answer.insert(QLatin1String("status"), QStringLiteral("success"));
    return answer;
}

void PaprService::seed()
{
    // The reference page's example user, verbatim.
    m_users.append(
        QJsonObject{ { QLatin1String("user_id"), QStringLiteral("abc123") },
                     { QLatin1String("email"), QStringLiteral("user@example.com") },
                     { QLatin1String("external_id"), QStringLiteral("user123") },
                     { QLatin1String("metadata"),
                       QJsonObject{ { QLatin1String("name"), QStringLiteral("John Doe") },
                                    { QLatin1String("preferences"),
                                      QJsonObject{ { QLatin1String("theme"), QStringLiteral("dark") } } } } },
                     { QLatin1String("type"), QStringLiteral("developerUser") },
                     { QLatin1String("created_at"), QStringLiteral("2024-03-20T10:00:00.000Z") },
                     { QLatin1String("updated_at"), QStringLiteral("2024-03-20T10:00:00.000Z") } });
    QRandomGenerator random(0x9A9E);
    const QList<SeedPerson> people = SeedPeople::generate(300, 0x9A9E);
    for (int i = 0; i < people.size(); ++i) {
        const SeedPerson &person = people.at(i);
        const QString type = (person.traits % 100) < 8 ? kTypes.at(2)
            : (person.traits % 100) < 30               ? kTypes.at(1)
                                                       : kTypes.at(0);
        m_users.append(userFrom(person, SeedPeople::hexId(random, 10), 10000 + i, type));
    }
}

QJsonObject PaprService::userFrom(const SeedPerson &person, const QString &userId, int number,
                                  const QString &type)
{
    static const char *const plans[] = { "free", "pro", "team", "enterprise" };
    static const char *const themes[] = { "dark", "light", "system" };
    return QJsonObject{ { QLatin1String("user_id"), userId },
                        { QLatin1String("email"), person.email },
                        { QLatin1String("external_id"), QStringLiteral("ext-%1").arg(number) },
                        { QLatin1String("metadata"),
                          QJsonObject{
                              { QLatin1String("name"), person.name() },
                              { QLatin1String("plan"), QLatin1String(plans[(person.traits >> 8) % 4]) },
                              { QLatin1String("preferences"),
                                QJsonObject{ { QLatin1String("theme"),
                                               QLatin1String(themes[(person.traits >> 12) % 3]) } } } } },
                        { QLatin1String("type"), type },
                        { QLatin1String("created_at"), MockJson::isoTimeMs(person.createdAt) },
                        { QLatin1String("updated_at"),
                          MockJson::isoTimeMs(person.createdAt.addDays((person.traits >> 16) % 60)) } };
}

void PaprService::generate(const Generated &generated)
{
    if (!generated.credential.isEmpty())
        m_token = generated.credential;
    const QList<SeedPerson> people = SeedPeople::varied(generated.users, generated.seed);
    m_users.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const SeedPerson &person = people.at(i);
        // The first three take every type once; the rest are spread like the demo's.
        const quint32 roll = person.traits % 100;
        const QString type = i < kTypes.size() ? kTypes.at(i)
            : roll < 8                         ? kTypes.at(2)
            : roll < 30                        ? kTypes.at(1)
                                               : kTypes.at(0);
        const QString userId = SeedPeople::hex(SeedPeople::scramble(i, generated.seed, 40), 10);
        m_users.append(userFrom(person, userId, int(10000 + i), type));
    }
}

std::optional<PaprService::Problem> PaprService::problemWith(const QJsonObject &fields, bool creating,
                                                             const QString &exceptId) const
{
    const QString externalId = fields.value(QLatin1String("external_id")).toString().trimmed();
    if (creating && externalId.isEmpty())
        return Problem{ 422, QStringLiteral("external_id"), QStringLiteral("Field required") };
    if (fields.contains(QLatin1String("email")) && !fields.value(QLatin1String("email")).isNull()
        && !MockJson::looksLikeEmail(fields.value(QLatin1String("email")).toString()))
        return Problem{ 422, QStringLiteral("email"), QStringLiteral("value is not a valid email address") };
    if (fields.contains(QLatin1String("type"))
        && !kTypes.contains(fields.value(QLatin1String("type")).toString()))
        return Problem{ 422, QStringLiteral("type"),
                        QStringLiteral("Input should be 'developerUser', 'user' or 'agent'") };
    if (fields.contains(QLatin1String("metadata")) && !fields.value(QLatin1String("metadata")).isObject()
        && !fields.value(QLatin1String("metadata")).isNull())
        return Problem{ 422, QStringLiteral("metadata"),
                        QStringLiteral("Input should be a valid dictionary") };
    for (const QJsonObject &user : m_users.all()) {
        if (user.value(QLatin1String("user_id")).toString() == exceptId)
            continue;
        if (!externalId.isEmpty() && user.value(QLatin1String("external_id")).toString() == externalId)
            return Problem{ 409, QStringLiteral("external_id"),
                            QStringLiteral("A user with external_id %1 already exists").arg(externalId) };
        const QString email = fields.value(QLatin1String("email")).toString();
        if (!email.isEmpty()
            && user.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
            return Problem{ 409, QStringLiteral("email"),
                            QStringLiteral("A user with email %1 already exists").arg(email) };
    }
    return std::nullopt;
}

QJsonObject PaprService::createFrom(const QJsonObject &fields)
{
    QRandomGenerator random(
        quint32(qHash(fields.value(QLatin1String("external_id")).toString()) ^ m_users.size()));
    const QString now = MockJson::isoTimeMs(QDateTime::currentDateTimeUtc());
    QJsonObject user{ { QLatin1String("user_id"), SeedPeople::hexId(random, 10) },
                      { QLatin1String("email"), fields.value(QLatin1String("email")) },
                      { QLatin1String("external_id"),
                        fields.value(QLatin1String("external_id")).toString().trimmed() },
                      { QLatin1String("metadata"), fields.value(QLatin1String("metadata")).toObject() },
                      { QLatin1String("type"), fields.value(QLatin1String("type")).toString(kTypes.first()) },
                      { QLatin1String("created_at"), now },
                      { QLatin1String("updated_at"), now } };
    m_users.append(user);
    return user;
}

void PaprService::addRoutes(MockHttpServer *server)
{
    const auto guarded = [this](auto handler) {
        return [this, handler](const MockRequest &request) -> MockResponse {
            const QByteArray key = m_token.toUtf8();
            if (request.header("x-api-key") != key && request.header("x-session-token") != key
                && request.header("authorization") != "Bearer " + key)
                return detail(401, QStringLiteral("Invalid or missing API key"));
            return handler(request);
        };
    };
    const auto refuse = [](const Problem &problem) {
        return problem.status == 422
            ? validation({ QStringLiteral("body"), problem.field }, problem.message, "value_error")
            : detail(problem.status, problem.message);
    };

    server->route(
        "GET", QStringLiteral("/v1/user"), guarded([this](const MockRequest &request) {
            bool ok = true;
            const int page = request.query.hasQueryItem(QStringLiteral("page"))
                ? request.queryValue(QStringLiteral("page")).toInt(&ok)
                : 1;
            if (!ok || page < 1)
                return validation({ QStringLiteral("query"), QStringLiteral("page") },
                                  QStringLiteral("Input should be greater than or equal to 1"),
                                  "greater_than_equal");
            const int pageSize = request.query.hasQueryItem(QStringLiteral("page_size"))
                ? request.queryValue(QStringLiteral("page_size")).toInt(&ok)
                : 10;
            if (!ok || pageSize < 1 || pageSize > kind().maxPageSize)
                return validation({ QStringLiteral("query"), QStringLiteral("page_size") },
                                  QStringLiteral("Input should be between 1 and %1").arg(kind().maxPageSize),
                                  "less_than_equal");
            const QString email = request.queryValue(QStringLiteral("email"));
            const QString externalId = request.queryValue(QStringLiteral("external_id"));
            const qsizetype first = qsizetype(page - 1) * pageSize;
            QJsonArray data;
            qsizetype total = 0;
            if (email.isEmpty() && externalId.isEmpty()) {
                // No filter: the page is a slice, whatever the size of the directory.
                total = m_users.size();
                for (qsizetype i = first; i < total && i < first + pageSize; ++i)
                    data.append(m_users.at(i));
            } else {
                for (const QJsonObject &user : m_users.all()) {
                    if (!email.isEmpty()
                        && user.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive)
                            != 0)
                        continue;
                    if (!externalId.isEmpty()
                        && user.value(QLatin1String("external_id")).toString() != externalId)
                        continue;
                    if (total >= first && total < first + pageSize)
                        data.append(user);
                    ++total;
                }
            }
            return MockResponse::json(
                200,
                QJsonDocument(QJsonObject{ { QLatin1String("code"), 200 },
                                           { QLatin1String("status"), QStringLiteral("success") },
                                           { QLatin1String("data"), data },
                                           { QLatin1String("page"), page },
                                           { QLatin1String("page_size"), pageSize },
                                           { QLatin1String("total"), total } }));
        }));

    server->route("POST", QStringLiteral("/v1/user"), guarded([this, refuse](const MockRequest &request) {
                      const auto body = MockJson::body(request);
                      if (!body)
                          return validation({ QStringLiteral("body") },
                                            QStringLiteral("Input should be a valid dictionary"),
                                            "dict_type");
                      if (const auto problem = problemWith(*body, true, QString()))
                          return refuse(*problem);
                      return MockResponse::json(200, QJsonDocument(answer(createFrom(*body))));
                  }));

    server->route(
        "POST", QStringLiteral("/v1/user/batch"), guarded([this](const MockRequest &request) {
            const auto body = MockJson::body(request);
            const QJsonArray users = body ? body->value(QLatin1String("users")).toArray() : QJsonArray();
            if (users.isEmpty())
                return validation({ QStringLiteral("body"), QStringLiteral("users") },
                                  QStringLiteral("List should have at least 1 item"), "too_short");
            QJsonArray created;
            QJsonArray errors;
            for (int i = 0; i < users.size(); ++i) {
                const QJsonObject fields = users.at(i).toObject();
                if (const auto problem = problemWith(fields, true, QString())) {
                    errors.append(QJsonObject{
                        { QLatin1String("index"), i },
                        { QLatin1String("external_id"), fields.value(QLatin1String("external_id")) },
                        { QLatin1String("error"), problem->message },
                        { QLatin1String("field"), problem->field },
                        { QLatin1String("code"), problem->status } });
                    continue;
                }
                created.append(createFrom(fields));
            }
            QJsonObject answer{ { QLatin1String("data"), created },
                                { QLatin1String("page"), 1 },
                                { QLatin1String("page_size"), users.size() },
                                { QLatin1String("total"), created.size() } };
            if (errors.isEmpty()) {
                answer.insert(QLatin1String("code"), 200);
                answer.insert(QLatin1String("status"), QStringLiteral("success"));
                return MockResponse::json(200, QJsonDocument(answer));
            }
            // Partial success: what was created stays created; the refused rows are listed.
            answer.insert(QLatin1String("code"), 207);
            answer.insert(QLatin1String("status"), QStringLiteral("partial"));
            answer.insert(QLatin1String("error"),
                          QStringLiteral("%1 of %2 users failed").arg(errors.size()).arg(users.size()));
            answer.insert(QLatin1String("details"), QJsonObject{ { QLatin1String("errors"), errors } });
            return MockResponse::json(207, QJsonDocument(answer));
        }));

    const QString userPath = QStringLiteral("/v1/user/([^/]+)");
    server->route("GET", userPath, guarded([this](const MockRequest &request) {
                      const int index = indexOf(request.captures.value(0));
                      if (index < 0)
                          return detail(404, QStringLiteral("User not found"));
                      return MockResponse::json(200, QJsonDocument(answer(m_users.at(index))));
                  }));

    server->route(
        "PUT", userPath, guarded([this, refuse](const MockRequest &request) {
            const int index = indexOf(request.captures.value(0));
            if (index < 0)
                return detail(404, QStringLiteral("User not found"));
            const auto body = MockJson::body(request);
            if (!body)
                return validation({ QStringLiteral("body") },
                                  QStringLiteral("Input should be a valid dictionary"), "dict_type");
            if (const auto problem = problemWith(*body, false, request.captures.value(0)))
                return refuse(*problem);
            QJsonObject user = m_users.at(index);
            for (const char *key : { "email", "external_id", "metadata", "type" }) {
                if (body->contains(QLatin1String(key)) && !body->value(QLatin1String(key)).isNull())
                    user.insert(QLatin1String(key), body->value(QLatin1String(key)));
            }
            user.insert(QLatin1String("updated_at"), MockJson::isoTimeMs(QDateTime::currentDateTimeUtc()));
            m_users.replace(index, user);
            return MockResponse::json(200, QJsonDocument(answer(user)));
        }));

    server->route(
        "DELETE", userPath, guarded([this](const MockRequest &request) {
            const bool external = request.queryValue(QStringLiteral("is_external")) == QLatin1String("true");
            const QString id = request.captures.value(0);
            const int index = external ? indexOfExternal(id) : indexOf(id);
            if (index < 0)
                return detail(404, QStringLiteral("User not found"));
            const QString userId = m_users.at(index).value(QLatin1String("user_id")).toString();
            m_users.removeAt(index);
            return MockResponse::json(
                200,
                QJsonDocument(QJsonObject{
                    { QLatin1String("code"), 200 },
                    { QLatin1String("message"), QStringLiteral("User and association deleted successfully") },
                    { QLatin1String("status"), QStringLiteral("success") },
                    { QLatin1String("user_id"), userId } }));
        }));
}
