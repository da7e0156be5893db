#include "PapermergeDialect.h"

#include "Json.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PapermergeDialect", text);
}

const QByteArray kJsonApi = "application/vnd.api+json";

QString encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

struct AttributeName {
    UserField field;
    QLatin1String name;
};
const AttributeName kAttributes[] = {
    { UserField::Username, QLatin1String("username") },
    { UserField::GivenName, QLatin1String("first_name") },
    { UserField::FamilyName, QLatin1String("last_name") },
    { UserField::Email, QLatin1String("email") },
    { UserField::Active, QLatin1String("is_active") },
    { UserField::Staff, QLatin1String("is_staff") },
    { UserField::Superuser, QLatin1String("is_superuser") },
};

QJsonObject attributesOf(const UserChanges &changes)
{
    QJsonObject attributes;
    for (const AttributeName &attribute : kAttributes) {
        if (!changes.contains(attribute.field))
            continue;
        const QVariant value = changes.value(attribute.field);
        if (value.typeId() == QMetaType::Bool)
            attributes.insert(attribute.name, value.toBool());
        else
            attributes.insert(attribute.name, value.toString().trimmed());
    }
    return attributes;
}
} // namespace

PapermergeDialect::PapermergeDialect(const ConnectionProfile &profile) : Dialect(profile)
{
    using E = FieldSpec::Editor;
    m_description.displayName = tr("Papermerge");
    m_description.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::DeleteUser
        | Capability::ToggleState | Capability::ChangePassword | Capability::ServerSearch
        | Capability::ExactTotal | Capability::CurrentUser;
    m_description.columns
        = { UserField::Username, UserField::Name,      UserField::Email,    UserField::State,
            UserField::Staff,    UserField::Superuser, UserField::CreatedAt };
    m_description.detailFields
        = { UserField::Username, UserField::Name,      UserField::Email, UserField::State,
            UserField::Staff,    UserField::Superuser, UserField::Id,    UserField::CreatedAt };
    const FieldSpec username = FieldSpec::of(UserField::Username, E::Text)
                                   .withRequired()
                                   .withMaxLength(150)
                                   .withPlaceholder(tr("letters, digits and @.+-_"));
    m_description.createFields = {
        username,
        FieldSpec::of(UserField::GivenName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::FamilyName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::Email, E::Email).withMaxLength(254).withPlaceholder(tr("name@example.com")),
        FieldSpec::of(UserField::Active, E::Check).withDefault(true),
        FieldSpec::of(UserField::Staff, E::Check),
        FieldSpec::of(UserField::Superuser, E::Check),
    };
    m_description.editFields = {
        username,
        FieldSpec::of(UserField::GivenName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::FamilyName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::Email, E::Email).withMaxLength(254),
        FieldSpec::of(UserField::Staff, E::Check),
        FieldSpec::of(UserField::Superuser, E::Check),
    };
    m_description.states = { QStringLiteral("Active"), QStringLiteral("Inactive") };
    m_description.minPasswordLength = 1;
}

QString PapermergeDialect::prefix() const
{
    QString value = profile().apiPrefix.trimmed();
    if (value.isEmpty())
        value = defaultApiPrefix();
    if (!value.startsWith(QLatin1Char('/')))
        value.prepend(QLatin1Char('/'));
    while (value.endsWith(QLatin1Char('/')))
        value.chop(1);
    return value;
}

void PapermergeDialect::authorize(ApiRequest &request) const
{
    request.setHeader("Authorization", "Token " + secret().toUtf8());
}

ApiRequest PapermergeDialect::request(const QByteArray &method, const QString &path,
                                      const QString &what) const
{
    ApiRequest request;
    request.method = method;
    request.path = prefix() + path;
    request.what = what;
    request.accept = kJsonApi;
    return request;
}

ApiRequest PapermergeDialect::withResource(ApiRequest request, const QJsonObject &resource) const
{
    // The published 2.1.9 spec draws request bodies without the JSON:API "data" wrapper; the
    // server (django-rest-framework-json-api) requires it, so the server is followed here.
    request.body = Json::compact(QJsonObject{ { QLatin1String("data"), resource } });
    request.contentType = kJsonApi;
    return request;
}

ApiRequest PapermergeDialect::signIn(const QString &username, const QString &password) const
{
    ApiRequest r = request("POST", QStringLiteral("/auth/login/"), tr("signing in"));
    r.accept = "application/json";
    r.body = Json::compact(
        QJsonObject{ { QLatin1String("username"), username }, { QLatin1String("password"), password } });
    r.contentType = "application/json";
    return r;
}

Result<QString> PapermergeDialect::parseSignIn(const ApiResponse &response) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    const QString token = Json::string(*object, QLatin1String("token"));
    if (token.isEmpty())
        return badResponse(response, tr("it has no \"token\""));
    return token;
}

ApiRequest PapermergeDialect::currentUser() const
{
    return request("GET", QStringLiteral("/users/me/"), tr("who am I"));
}

ApiRequest PapermergeDialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = request("GET", QStringLiteral("/users/"), tr("the user list"));
    r.addQueryValue(QStringLiteral("page[number]"), QString::number(query.page));
    r.addQueryValue(QStringLiteral("page[size]"), QString::number(query.pageSize));
    if (const QString search = query.search.trimmed(); !search.isEmpty())
        r.addQueryValue(QStringLiteral("filter[search]"), search);
    return r;
}

Result<Page<User>> PapermergeDialect::parseUserPage(const ApiResponse &response, const UserQuery &query) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    Page<User> page;
    if (auto problem = readObjects(response, object->value(QLatin1String("data")), QStringLiteral("data"),
                                   &PapermergeDialect::userFromJson, page.items))
        return *problem;
    const QJsonObject pagination
        = object->value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject();
    page.page = pagination.value(QLatin1String("page")).toInt(query.page);
    page.pageSize = query.pageSize;
    page.totalCount = Json::count(pagination.value(QLatin1String("count")));
    const QJsonValue next = object->value(QLatin1String("links")).toObject().value(QLatin1String("next"));
    const int pages = pagination.value(QLatin1String("pages")).toInt(-1);
    page.hasNextPage = next.isString() ? !next.toString().isEmpty() : (pages >= 0 && page.page < pages);
    return page;
}

ApiRequest PapermergeDialect::getUser(const QString &id) const
{
    return request("GET", QStringLiteral("/users/") + encodeId(id) + QLatin1Char('/'),
                   tr("the user's profile"));
}

Result<User> PapermergeDialect::parseUser(const ApiResponse &response) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    // The server wraps the resource in "data"; the published spec draws some answers bare.
    const QJsonObject resource = object->value(QLatin1String("data")).isObject()
        ? object->value(QLatin1String("data")).toObject()
        : *object;
    const User user = userFromJson(resource);
    if (!user.isValid())
        return badResponse(response, tr("the user has no \"id\""));
    return user;
}

ApiRequest PapermergeDialect::createUser(const UserChanges &input) const
{
    QJsonObject resource{ { QLatin1String("type"), QStringLiteral("users") },
                          { QLatin1String("attributes"), attributesOf(input) } };
    return withResource(request("POST", QStringLiteral("/users/"), tr("creating the user")), resource);
}

ApiRequest PapermergeDialect::updateUser(const User &original, const UserChanges &changes) const
{
    QJsonObject resource{ { QLatin1String("type"), QStringLiteral("users") },
                          { QLatin1String("id"), original.id },
                          { QLatin1String("attributes"), attributesOf(changes) } };
    return withResource(request("PATCH", QStringLiteral("/users/") + encodeId(original.id) + QLatin1Char('/'),
                                tr("saving the user")),
                        resource);
}

ApiRequest PapermergeDialect::setUserState(const User &user, UserState state) const
{
    const bool active = state == UserState::Active;
    QJsonObject resource{ { QLatin1String("type"), QStringLiteral("users") },
                          { QLatin1String("id"), user.id },
                          { QLatin1String("attributes"),
                            QJsonObject{ { QLatin1String("is_active"), active } } } };
    return withResource(request("PATCH", QStringLiteral("/users/") + encodeId(user.id) + QLatin1Char('/'),
                                active ? tr("activating the user") : tr("deactivating the user")),
                        resource);
}

ApiRequest PapermergeDialect::deleteUser(const User &user) const
{
    return request("DELETE", QStringLiteral("/users/") + encodeId(user.id) + QLatin1Char('/'),
                   tr("deleting the user"));
}

ApiRequest PapermergeDialect::changePassword(const User &user, const QString &password) const
{
    // This endpoint takes plain JSON, not JSON:API (the reference page's note).
    ApiRequest r
        = request("POST", QStringLiteral("/users/") + encodeId(user.id) + QStringLiteral("/change-password/"),
                  tr("changing the password"));
    r.accept = "application/json";
    r.body = Json::compact(QJsonObject{ { QLatin1String("password"), password } });
    r.contentType = "application/json";
    return r;
}

QString PapermergeDialect::fieldFromPointer(const QString &pointer)
{
    const QString name = pointer.section(QLatin1Char('/'), -1);
    for (const AttributeName &attribute : kAttributes) {
        if (attribute.name == name)
            return UserFields::key(attribute.field);
    }
    if (name == QLatin1String("password"))
        return UserFields::key(UserField::Password);
    return QString();
}

ServerMessage PapermergeDialect::parseServerMessage(const ApiResponse &response) const
{
    ServerMessage message;
    const auto object = Json::object(response.body);
    if (!object)
        return message;
    const QJsonArray errors = object->value(QLatin1String("errors")).toArray();
    QStringList details;
    for (const QJsonValue &entry : errors) {
        const QJsonObject error = entry.toObject();
        QString detail = Json::string(error, QLatin1String("detail"));
        if (detail.isEmpty())
            detail = Json::string(error, QLatin1String("title"));
        details << detail;
        if (message.code.isEmpty())
            message.code = Json::string(error, QLatin1String("code"));
        if (message.field.isEmpty()) {
            const QString pointer
                = Json::string(error.value(QLatin1String("source")).toObject(), QLatin1String("pointer"));
            message.field = fieldFromPointer(pointer);
        }
    }
    details.removeAll(QString());
    message.message = details.join(QLatin1Char(' '));
    if (message.message.isEmpty())
        message.message = Json::string(*object, QLatin1String("detail"));
    // DRF's plain-JSON answer (change-password): {"password": ["This field may not be blank."]}.
    for (auto it = object->constBegin(); it != object->constEnd() && message.message.isEmpty(); ++it) {
        if (it.value().isArray() && !it.value().toArray().isEmpty()
            && it.value().toArray().first().isString()) {
            message.message = it.value().toArray().first().toString();
            message.field = fieldFromPointer(it.key());
        }
    }
    return message;
}

User PapermergeDialect::userFromJson(const QJsonObject &resource)
{
    User user;
    user.id = Json::idString(resource.value(QLatin1String("id")));
    const QJsonObject attributes = resource.value(QLatin1String("attributes")).toObject();
    user.username = Json::string(attributes, QLatin1String("username"));
    user.givenName = Json::string(attributes, QLatin1String("first_name"));
    user.familyName = Json::string(attributes, QLatin1String("last_name"));
    user.name = QStringList{ user.givenName, user.familyName }.join(QLatin1Char(' ')).trimmed();
    user.email = Json::string(attributes, QLatin1String("email"));
    if (attributes.contains(QLatin1String("is_active")))
        user.state
            = attributes.value(QLatin1String("is_active")).toBool() ? UserState::Active : UserState::Inactive;
    user.staff = attributes.value(QLatin1String("is_staff")).toBool();
    user.superuser = attributes.value(QLatin1String("is_superuser")).toBool();
    user.createdAt = Json::dateTime(attributes, QLatin1String("date_joined"));
    const QJsonObject relationships = resource.value(QLatin1String("relationships")).toObject();
    const auto related = [&](QLatin1String key, const QString &label) {
        const QString id = Json::idString(relationships.value(key)
                                              .toObject()
                                              .value(QLatin1String("data"))
                                              .toObject()
                                              .value(QLatin1String("id")));
        if (!id.isEmpty())
            user.related.append({ label, id });
    };
    related(QLatin1String("home_folder"), QCoreApplication::translate("PapermergeDialect", "Home folder"));
    related(QLatin1String("inbox_folder"), QCoreApplication::translate("PapermergeDialect", "Inbox folder"));
    return user;
}
