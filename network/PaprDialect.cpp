#include "PaprDialect.h"

#include "Json.h"
#include "ServiceRegistry.h"

#include <QCoreApplication>

namespace {
const QString kUsers = QStringLiteral("/v1/user");
const QStringList kTypes{ QStringLiteral("developerUser"), QStringLiteral("user"), QStringLiteral("agent") };

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

ServiceDescription describe()
{
    ServiceDescription d;
    using E = FieldSpec::Editor;
    d.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::DeleteUser
        | Capability::DeleteByExternalId | Capability::BatchCreate | Capability::ExactTotal;
    d.columns = { UserField::Name, UserField::Email, UserField::ExternalId, UserField::CreatedAt,
                  UserField::UpdatedAt };
    d.detailFields = { UserField::Name, UserField::Email,    UserField::ExternalId, UserField::Type,
                       UserField::Id,   UserField::Metadata, UserField::CreatedAt,  UserField::UpdatedAt };
    const FieldSpec metadata
        = FieldSpec::of(UserField::Metadata, E::Json)
              .withMaxLength(65536)
              .withPlaceholder(QCoreApplication::translate("PaprDialect", "{ \"name\": \"Jane Doe\" }"));
    d.createFields = {
        FieldSpec::of(UserField::ExternalId, E::Text)
            .withRequired()
            .withPlaceholder(QCoreApplication::translate("PaprDialect", "your system's id, e.g. user123")),
        FieldSpec::of(UserField::Email, E::Email)
            .withRequired()
            .withMaxLength(254)
            .withPlaceholder(QCoreApplication::translate("PaprDialect", "name@example.com")),
        FieldSpec::of(UserField::Type, E::Choice)
            .withRequired()
            .withChoices(kTypes)
            .withMaxLength(32)
            .withDefault(QStringLiteral("developerUser")),
        metadata,
    };
    d.editFields = {
        FieldSpec::of(UserField::Email, E::Email).withRequired().withMaxLength(254),
        FieldSpec::of(UserField::ExternalId, E::Text).withRequired(),
        FieldSpec::of(UserField::Type, E::Choice).withChoices(kTypes).withMaxLength(32),
        metadata,
    };
    d.filterFields = {
        FieldSpec::of(UserField::Email, E::Text)
            .withMaxLength(254)
            .withPlaceholder(QCoreApplication::translate("PaprDialect", "Email")),
        FieldSpec::of(UserField::ExternalId, E::Text)
            .withPlaceholder(QCoreApplication::translate("PaprDialect", "External ID")),
    };
    return d;
}
} // namespace

const ServiceKind &PaprDialect::serviceKind()
{
    static ServiceKind kind;
    static int built = -1;
    return ServiceRegistry::translated(kind, built, [] {
        ServiceKind k;
        k.id = QStringLiteral("papr-memory");
        k.displayName = QCoreApplication::translate("PaprDialect", "Papr Memory");
        k.summary = QCoreApplication::translate(
            "PaprDialect",
            "Developer-scoped users with free-form metadata, batch create and delete by external ID.");
        k.exampleUrl = QStringLiteral("https://memory.example.com");
        k.maxPageSize = 100;
        k.authMethods
            = { AuthMethod{ QStringLiteral("api-key"),
                            QCoreApplication::translate("PaprDialect", "API key (X-API-Key)"),
                            QCoreApplication::translate("PaprDialect", "API key") },
                AuthMethod{ QStringLiteral("session-token"),
                            QCoreApplication::translate("PaprDialect", "Session token (X-Session-Token)"),
                            QCoreApplication::translate("PaprDialect", "Session token") },
                AuthMethod{ QStringLiteral("bearer"),
                            QCoreApplication::translate("PaprDialect", "Bearer token"),
                            QCoreApplication::translate("PaprDialect", "Bearer token") } };
        k.description = describe();
        k.createDialect = [](const ConnectionProfile &profile) -> std::unique_ptr<Dialect> {
            return std::make_unique<PaprDialect>(profile);
        };
        return k;
    });
}

PaprDialect::PaprDialect(const ConnectionProfile &profile) : Dialect(serviceKind(), profile) { }

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

ApiRequest PaprDialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = request("GET", kUsers, QCoreApplication::translate("PaprDialect", "the user list"));
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
    return readObjectBody<Page<User>>(response, [&](const auto &object) -> Result<Page<User>> {
        Page<User> page;
        page.page = query.page;
        page.pageSize = query.pageSize;
        // The spec lets "data" be null for an empty page.
        const auto data = object.value(QLatin1String("data"));
        if (!data.isNull()) {
            if (auto problem = readObjects(
                    response, data, QStringLiteral("data"), [](const auto &item) { return readUser(item); },
                    page.items))
                return *problem;
        }
        // Whether more pages follow is worked out from what was asked, not from the page size the
        // server echoes, which could be zero and promise pages forever.
        page.totalCount = Json::count(object.value(QLatin1String("total")));
        if (page.totalCount)
            page.hasNextPage = qint64(query.page) * query.pageSize < *page.totalCount;
        else
            page.hasNextPage = page.items.size() >= query.pageSize;
        return page;
    });
}

ApiRequest PaprDialect::getUser(const QString &id) const
{
    return request("GET", kUsers + QLatin1Char('/') + encodeId(id),
                   QCoreApplication::translate("PaprDialect", "the user's profile"));
}

Result<User> PaprDialect::parseUser(const ApiResponse &response) const
{
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    if (object->value(QLatin1String("status")).toString() == QLatin1String("error"))
        return badResponse(response, Json::string(*object, QLatin1String("error")));
    const User user = userFromJson(*object);
    if (!user.isValid())
        return badResponse(response,
                           QCoreApplication::translate("PaprDialect", "the user has no \"user_id\""));
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
    ApiRequest r = request("POST", kUsers, QCoreApplication::translate("PaprDialect", "creating the user"));
    r.body = Json::compact(userToJson(input));
    r.contentType = "application/json";
    return r;
}

ApiRequest PaprDialect::updateUser(const User &original, const UserChanges &changes) const
{
    // Every field of UpdateUserRequest is optional: only what the admin changed is sent.
    ApiRequest r = request("PUT", kUsers + QLatin1Char('/') + encodeId(original.id),
                           QCoreApplication::translate("PaprDialect", "saving the user"));
    r.body = Json::compact(userToJson(changes));
    r.contentType = "application/json";
    return r;
}

ApiRequest PaprDialect::deleteUser(const User &user) const
{
    ApiRequest r = request("DELETE", kUsers + QLatin1Char('/') + encodeId(user.id),
                           QCoreApplication::translate("PaprDialect", "deleting the user"));
    r.query.addQueryItem(QStringLiteral("is_external"), QStringLiteral("false"));
    return r;
}

ApiRequest PaprDialect::deleteUserByExternalId(const QString &externalId) const
{
    ApiRequest r = request("DELETE", kUsers + QLatin1Char('/') + encodeId(externalId),
                           QCoreApplication::translate("PaprDialect", "deleting the user by external ID"));
    r.query.addQueryItem(QStringLiteral("is_external"), QStringLiteral("true"));
    return r;
}

ApiRequest PaprDialect::createUsers(const QList<UserChanges> &inputs) const
{
    ApiRequest r = request("POST", kUsers + QStringLiteral("/batch"),
                           QCoreApplication::translate("PaprDialect", "creating the users"));
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

    // One refused row: by its "index" in the request, else by its "external_id", else by
    // `position` (-1: not known); its message in "error" or "message", its HTTP-like "code"
    // (409 a conflict, anything else invalid input) and the "field" it concerns.
    const auto failureOf = [&inputs](const QJsonObject &entry, int position, int defaultCode) {
        BatchFailure row;
        row.index = entry.value(QLatin1String("index")).toInt(-1);
        if (row.index < 0) {
            const QString externalId = Json::string(entry, QLatin1String("external_id"));
            for (int i = 0; i < inputs.size() && !externalId.isEmpty(); ++i) {
                if (inputs.at(i).value(UserField::ExternalId).toString() == externalId)
                    row.index = i;
            }
        }
        if (row.index < 0)
            row.index = position;
        QString message = Json::string(entry, QLatin1String("error"));
        if (message.isEmpty())
            message = Json::string(entry, QLatin1String("message"));
        if (message.isEmpty())
            message = QCoreApplication::translate("PaprDialect", "The server did not create this user.");
        const int code = entry.value(QLatin1String("code")).toInt(defaultCode);
        row.error = ApiError(code == 409 ? ApiError::Kind::Conflict : ApiError::Kind::InvalidRequest, message,
                             code);
        bool known = false;
        const UserField field = UserFields::fromKey(Json::string(entry, QLatin1String("field")), &known);
        if (known)
            row.error.setField(UserFields::key(field));
        return row;
    };

    // The published spec documents 200 with a UserListResponse: "data" holds one UserResponse
    // per requested user, and a UserResponse may itself be an error ("status": "error", a
    // "code" of 400 or more, or an "error" without a "user_id"). Such an entry is a refused
    // row, placed by its own index or external_id, else by its position when "data" has one
    // entry per requested user.
    BatchResult result;
    const QJsonArray data = object->value(QLatin1String("data")).toArray();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        const bool refused = Json::string(item, QLatin1String("status")) == QLatin1String("error")
            || item.value(QLatin1String("code")).toInt(0) >= 400
            || (!Json::string(item, QLatin1String("error")).isEmpty()
                && Json::string(item, QLatin1String("user_id")).isEmpty());
        if (refused)
            result.failures.append(failureOf(item, data.size() == inputs.size() ? int(i) : -1, 422));
        else
            result.created.append(userFromJson(item));
    }

    // A 207 that lists the refused rows in "details" (a list, or {"errors": [...]}) is not in the
    // published spec, which documents 200 and 422 alone; it is read all the same.
    QJsonValue details = object->value(QLatin1String("details"));
    if (details.isObject())
        details = details.toObject().value(QLatin1String("errors"));
    for (const QJsonValue &entry : details.toArray())
        result.failures.append(failureOf(entry.toObject(), -1, 409));
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
                                               ? QCoreApplication::translate(
                                                   "PaprDialect", "The server did not create this user.")
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

namespace {
UserMetadata metadataFrom(const QJsonObject &object)
{
    return object.toVariantMap();
}

// From a page: kept as its text, read into a map only if the user is opened.
UserMetadata metadataFrom(const JsonNode &object)
{
    return object.isObject() ? UserMetadata::fromJsonText(object.text().toByteArray()) : UserMetadata();
}
} // namespace

template<typename Object> User PaprDialect::readUser(const Object &object)
{
    User user;
    UserReader read(object, user);
    read.id(QLatin1String(object.contains(QLatin1String("user_id")) ? "user_id" : "id"));
    read.text(QLatin1String("email"), UserField::Email);
    read.text(QLatin1String("external_id"), UserField::ExternalId);
    read.text(QLatin1String("type"), UserField::Type);
    if (read.has(QLatin1String("metadata"))) {
        const auto metadata = object.value(QLatin1String("metadata")).toObject();
        user.metadata = metadataFrom(metadata);
        // The display name lives in the metadata: it is said exactly when the metadata is.
        user.name = metadata.value(QLatin1String("name")).toVariant().toString();
        read.mark(UserField::Metadata);
        read.mark(UserField::Name);
    }
    read.dateTime(QLatin1String("created_at"), UserField::CreatedAt);
    read.dateTime(QLatin1String("updated_at"), UserField::UpdatedAt);
    return user;
}

User PaprDialect::userFromJson(const QJsonObject &object)
{
    return readUser(object);
}
