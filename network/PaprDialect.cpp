#include "PaprDialect.h"

#include "Json.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PaprDialect", text);
}

const QString kUsers = QStringLiteral("/v1/user");
const QStringList kTypes{ QStringLiteral("developerUser"), QStringLiteral("user"), QStringLiteral("agent") };

QString encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// FastAPI names the offending input by its location, such as ["body", "users", 0, "email"].
QString fieldFromLocation(const QJsonArray &location)
{
    for (qsizetype i = location.size() - 1; i >= 0; --i) {
        if (!location.at(i).isString())
            continue;
        bool known = false;
        const UserField field = UserFields::fromKey(location.at(i).toString(), &known);
        if (known)
            return UserFields::key(field);
    }
    return QString();
}
} // namespace

PaprDialect::PaprDialect(const ConnectionProfile &profile) : Dialect(profile)
{
    using E = FieldSpec::Editor;
    m_description.displayName = tr("Papr Memory");
    m_description.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::DeleteUser
        | Capability::DeleteByExternalId | Capability::BatchCreate | Capability::ExactTotal;
    m_description.columns = { UserField::Name, UserField::Email, UserField::ExternalId, UserField::CreatedAt,
                              UserField::UpdatedAt };
    m_description.detailFields
        = { UserField::Name, UserField::Email,    UserField::ExternalId, UserField::Type,
            UserField::Id,   UserField::Metadata, UserField::CreatedAt,  UserField::UpdatedAt };
    const FieldSpec metadata = FieldSpec::of(UserField::Metadata, E::Json)
                                   .withMaxLength(65536)
                                   .withPlaceholder(tr("{ \"name\": \"Jane Doe\" }"));
    m_description.createFields = {
        FieldSpec::of(UserField::ExternalId, E::Text)
            .withRequired()
            .withPlaceholder(tr("your system's id, e.g. user123")),
        FieldSpec::of(UserField::Email, E::Email)
            .withRequired()
            .withMaxLength(254)
            .withPlaceholder(tr("name@example.com")),
        FieldSpec::of(UserField::Type, E::Choice)
            .withRequired()
            .withChoices(kTypes)
            .withMaxLength(32)
            .withDefault(QStringLiteral("developerUser")),
        metadata,
    };
    m_description.editFields = {
        FieldSpec::of(UserField::Email, E::Email).withRequired().withMaxLength(254),
        FieldSpec::of(UserField::ExternalId, E::Text).withRequired(),
        FieldSpec::of(UserField::Type, E::Choice).withChoices(kTypes).withMaxLength(32),
        metadata,
    };
    m_description.filterFields = {
        FieldSpec::of(UserField::Email, E::Text).withMaxLength(254).withPlaceholder(tr("Email")),
        FieldSpec::of(UserField::ExternalId, E::Text).withPlaceholder(tr("External ID")),
    };
}

void PaprDialect::authorize(ApiRequest &request) const
{
    const QByteArray secretBytes = secret().toUtf8();
    const QString method = profile().authMethod;
    if (method == QLatin1String("bearer"))
        request.setHeader("Authorization", "Bearer " + secretBytes);
    else if (method == QLatin1String("session-token"))
        request.setHeader("X-Session-Token", secretBytes);
    else
        request.setHeader("X-API-Key", secretBytes);
}

ApiRequest PaprDialect::request(const QByteArray &method, const QString &path, const QString &what) const
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.what = what;
    return request;
}

ApiRequest PaprDialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = request("GET", kUsers, tr("the user list"));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    r.query.addQueryItem(QStringLiteral("page_size"), QString::number(qBound(1, query.pageSize, 100)));
    if (const QString email = query.filter(UserField::Email); !email.isEmpty())
        r.addQueryValue(QStringLiteral("email"), email);
    if (const QString externalId = query.filter(UserField::ExternalId); !externalId.isEmpty())
        r.addQueryValue(QStringLiteral("external_id"), externalId);
    return r;
}

Result<Page<User>> PaprDialect::parseUserPage(const ApiResponse &response, const UserQuery &query) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    Page<User> page;
    page.page = object->value(QLatin1String("page")).toInt(query.page);
    page.pageSize = object->value(QLatin1String("page_size")).toInt(query.pageSize);
    // The spec lets "data" be null for an empty page.
    const QJsonValue data = object->value(QLatin1String("data"));
    if (auto problem = readObjects(response, data.isNull() ? QJsonValue(QJsonArray()) : data,
                                   QStringLiteral("data"), &PaprDialect::userFromJson, page.items))
        return *problem;
    page.totalCount = Json::count(object->value(QLatin1String("total")));
    if (page.totalCount) {
        page.hasNextPage = qint64(page.page) * page.pageSize < *page.totalCount;
    } else {
        page.hasNextPage = page.items.size() >= page.pageSize;
    }
    return page;
}

ApiRequest PaprDialect::getUser(const QString &id) const
{
    return request("GET", kUsers + QLatin1Char('/') + encodeId(id), tr("the user's profile"));
}

Result<User> PaprDialect::parseUser(const ApiResponse &response) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    if (object->value(QLatin1String("status")).toString() == QLatin1String("error"))
        return badResponse(response, Json::string(*object, QLatin1String("error")));
    const User user = userFromJson(*object);
    if (!user.isValid())
        return badResponse(response, tr("the user has no \"user_id\""));
    return user;
}

QJsonObject PaprDialect::userToJson(const UserChanges &input)
{
    QJsonObject body;
    const auto put = [&](QLatin1String key, UserField field) {
        if (input.contains(field))
            body.insert(key, input.value(field).toString().trimmed());
    };
    put(QLatin1String("email"), UserField::Email);
    put(QLatin1String("external_id"), UserField::ExternalId);
    if (input.contains(UserField::Metadata))
        body.insert(QLatin1String("metadata"),
                    QJsonObject::fromVariantMap(input.value(UserField::Metadata).toMap()));
    put(QLatin1String("type"), UserField::Type);
    return body;
}

ApiRequest PaprDialect::createUser(const UserChanges &input) const
{
    ApiRequest r = request("POST", kUsers, tr("creating the user"));
    r.body = Json::compact(userToJson(input));
    r.contentType = "application/json";
    return r;
}

ApiRequest PaprDialect::updateUser(const User &original, const UserChanges &changes) const
{
    // Every field of UpdateUserRequest is optional: only what the admin changed is sent.
    ApiRequest r = request("PUT", kUsers + QLatin1Char('/') + encodeId(original.id), tr("saving the user"));
    r.body = Json::compact(userToJson(changes));
    r.contentType = "application/json";
    return r;
}

ApiRequest PaprDialect::deleteUser(const User &user) const
{
    ApiRequest r = request("DELETE", kUsers + QLatin1Char('/') + encodeId(user.id), tr("deleting the user"));
    r.query.addQueryItem(QStringLiteral("is_external"), QStringLiteral("false"));
    return r;
}

ApiRequest PaprDialect::deleteUserByExternalId(const QString &externalId) const
{
    ApiRequest r = request("DELETE", kUsers + QLatin1Char('/') + encodeId(externalId),
                           tr("deleting the user by external ID"));
    r.query.addQueryItem(QStringLiteral("is_external"), QStringLiteral("true"));
    return r;
}

ApiRequest PaprDialect::createUsers(const QList<UserChanges> &inputs) const
{
    ApiRequest r = request("POST", kUsers + QStringLiteral("/batch"), tr("creating the users"));
    QJsonArray users;
    for (const UserChanges &input : inputs)
        users.append(userToJson(input));
    r.body = Json::compact(QJsonObject{ { QLatin1String("users"), users } });
    r.contentType = "application/json";
    return r;
}

Result<BatchResult> PaprDialect::parseBatch(const ApiResponse &response,
                                            const QList<UserChanges> &inputs) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    BatchResult result;
    for (const QJsonValue &item : object->value(QLatin1String("data")).toArray())
        result.created.append(userFromJson(item.toObject()));

    // A 207 lists the refused rows in "details" (a list, or {"errors": [...]}), each by its index
    // in the request or by its external_id.
    QJsonValue details = object->value(QLatin1String("details"));
    if (details.isObject())
        details = details.toObject().value(QLatin1String("errors"));
    for (const QJsonValue &entry : details.toArray()) {
        const QJsonObject failure = entry.toObject();
        BatchFailure row;
        row.index = failure.value(QLatin1String("index")).toInt(-1);
        if (row.index < 0) {
            const QString externalId = Json::string(failure, QLatin1String("external_id"));
            for (int i = 0; i < inputs.size(); ++i) {
                if (inputs.at(i).value(UserField::ExternalId).toString() == externalId)
                    row.index = i;
            }
        }
        QString message = Json::string(failure, QLatin1String("error"));
        if (message.isEmpty())
            message = Json::string(failure, QLatin1String("message"));
        const int code = failure.value(QLatin1String("code")).toInt(409);
        row.error = ApiError(code == 409 ? ApiError::Kind::Conflict : ApiError::Kind::InvalidRequest, message,
                             code);
        bool known = false;
        const UserField field = UserFields::fromKey(Json::string(failure, QLatin1String("field")), &known);
        if (known)
            row.error.setField(UserFields::key(field));
        result.failures.append(row);
    }
    if (response.status == 207 && result.failures.isEmpty()) {
        // Partial success with no detail: everything not created counts as refused.
        for (int i = 0; i < inputs.size(); ++i) {
            const QString externalId = inputs.at(i).value(UserField::ExternalId).toString();
            const bool created = std::any_of(result.created.cbegin(), result.created.cend(),
                                             [&](const User &user) { return user.externalId == externalId; });
            if (!created)
                result.failures.append(
                    BatchFailure{ i,
                                  ApiError(ApiError::Kind::InvalidRequest,
                                           Json::string(*object, QLatin1String("error")).isEmpty()
                                               ? tr("The server did not create this user.")
                                               : Json::string(*object, QLatin1String("error")),
                                           207) });
        }
    }
    return result;
}

ServerMessage PaprDialect::parseServerMessage(const ApiResponse &response) const
{
    ServerMessage message;
    const auto object = Json::object(response.body);
    if (!object)
        return message;
    const QJsonValue detail = object->value(QLatin1String("detail"));
    if (detail.isString()) {
        message.message = detail.toString();
    } else if (detail.isArray()) {
        // HTTPValidationError: [{loc, msg, type}]
        QStringList parts;
        for (const QJsonValue &entry : detail.toArray()) {
            const QJsonObject item = entry.toObject();
            parts << Json::string(item, QLatin1String("msg"));
            if (message.field.isEmpty())
                message.field = fieldFromLocation(item.value(QLatin1String("loc")).toArray());
            if (message.code.isEmpty())
                message.code = Json::string(item, QLatin1String("type"));
        }
        message.message = parts.join(QStringLiteral("; "));
    }
    if (message.message.isEmpty())
        message.message = Json::string(*object, QLatin1String("error"));
    if (message.message.isEmpty())
        message.message = Json::string(*object, QLatin1String("message"));
    if (message.field.isEmpty()) {
        bool known = false;
        const UserField field = UserFields::fromKey(Json::string(*object, QLatin1String("field")), &known);
        if (known)
            message.field = UserFields::key(field);
    }
    return message;
}

User PaprDialect::userFromJson(const QJsonObject &object)
{
    User user;
    user.id = Json::string(object, QLatin1String("user_id"));
    if (user.id.isEmpty())
        user.id = Json::string(object, QLatin1String("id"));
    user.email = Json::string(object, QLatin1String("email"));
    user.externalId = Json::string(object, QLatin1String("external_id"));
    user.type = Json::string(object, QLatin1String("type"));
    user.metadata = object.value(QLatin1String("metadata")).toObject().toVariantMap();
    user.name = user.metadata.value(QStringLiteral("name")).toString();
    user.createdAt = Json::dateTime(object, QLatin1String("created_at"));
    user.updatedAt = Json::dateTime(object, QLatin1String("updated_at"));
    return user;
}
