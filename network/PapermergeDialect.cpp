#include "PapermergeDialect.h"

#include "Json.h"
#include "ServiceRegistry.h"

#include <QCoreApplication>

namespace {
const QByteArray kJsonApi = "application/vnd.api+json";

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

ServiceDescription describe()
{
    ServiceDescription d;
    using E = FieldSpec::Editor;
    d.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::DeleteUser
        | Capability::ToggleState | Capability::ChangePassword | Capability::ServerSearch
        | Capability::ExactTotal | Capability::CurrentUser;
    d.columns = { UserField::Username, UserField::Name,      UserField::Email,    UserField::State,
                  UserField::Staff,    UserField::Superuser, UserField::CreatedAt };
    d.detailFields = { UserField::Username, UserField::Name,      UserField::Email, UserField::State,
                       UserField::Staff,    UserField::Superuser, UserField::Id,    UserField::CreatedAt };
    const FieldSpec username
        = FieldSpec::of(UserField::Username, E::Text)
              .withRequired()
              .withMaxLength(150)
              .withPlaceholder(QCoreApplication::translate("PapermergeDialect", "letters, digits and @.+-_"));
    d.createFields = {
        username,
        FieldSpec::of(UserField::GivenName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::FamilyName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::Email, E::Email)
            .withMaxLength(254)
            .withPlaceholder(QCoreApplication::translate("PapermergeDialect", "name@example.com")),
        FieldSpec::of(UserField::Active, E::Check).withDefault(true),
        FieldSpec::of(UserField::Staff, E::Check),
        FieldSpec::of(UserField::Superuser, E::Check),
    };
    d.editFields = {
        username,
        FieldSpec::of(UserField::GivenName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::FamilyName, E::Text).withMaxLength(150),
        FieldSpec::of(UserField::Email, E::Email).withMaxLength(254),
        FieldSpec::of(UserField::Staff, E::Check),
        FieldSpec::of(UserField::Superuser, E::Check),
    };
    d.states = { UserState::Active, UserState::Inactive };
    d.minPasswordLength = 1;
    return d;
}
} // namespace

const ServiceKind &PapermergeDialect::serviceKind()
{
    static ServiceKind kind;
    static int built = -1;
    return ServiceRegistry::translated(kind, built, [] {
        ServiceKind k;
        k.id = QStringLiteral("papermerge");
        k.displayName = QCoreApplication::translate("PapermergeDialect", "Papermerge");
        k.summary = QCoreApplication::translate(
            "PapermergeDialect",
            "Papermerge core 2.1 users over JSON:API: sign in with a username and password.");
        k.exampleUrl = QStringLiteral("https://papermerge.example.com");
        k.usesApiPrefix = true;
        k.defaultApiPrefix = PapermergeDialect::defaultApiPrefix();
        k.usesUsername = true;
        k.maxPageSize = 100;
        k.authMethods
            = { AuthMethod{ QStringLiteral("password"),
                            QCoreApplication::translate("PapermergeDialect", "Username and password"),
                            QCoreApplication::translate("PapermergeDialect", "Password") } };
        k.description = describe();
        k.createDialect = [](const ConnectionProfile &profile) -> std::unique_ptr<Dialect> {
            return std::make_unique<PapermergeDialect>(profile);
        };
        return k;
    });
}

PapermergeDialect::PapermergeDialect(const ConnectionProfile &profile) : Dialect(serviceKind(), profile) { }

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

ApiRequest PapermergeDialect::jsonApiRequest(const QByteArray &method, const QString &path,
                                             const QString &what) const
{
    ApiRequest r = request(method, prefix() + path, what);
    r.accept = kJsonApi;
    return r;
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
    ApiRequest r = jsonApiRequest("POST", QStringLiteral("/auth/login/"),
                                  QCoreApplication::translate("PapermergeDialect", "signing in"));
    r.accept = "application/json";
    r.body = Json::compact(
        QJsonObject{ { QLatin1String("username"), username }, { QLatin1String("password"), password } });
    r.contentType = "application/json";
    return r;
}

Result<QString> PapermergeDialect::parseSignIn(const ApiResponse &response) const
{
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    const QString token = Json::string(*object, QLatin1String("token"));
    if (token.isEmpty())
        return badResponse(response, QCoreApplication::translate("PapermergeDialect", "it has no \"token\""));
    if (!isSafeHeaderValue(token.toUtf8()))
        return badResponse(
            response,
            QCoreApplication::translate("PapermergeDialect", "its token contains control characters"));
    return token;
}

ApiRequest PapermergeDialect::currentUser() const
{
    return jsonApiRequest("GET", QStringLiteral("/users/me/"),
                          QCoreApplication::translate("PapermergeDialect", "who am I"));
}

ApiRequest PapermergeDialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = jsonApiRequest("GET", QStringLiteral("/users/"),
                                  QCoreApplication::translate("PapermergeDialect", "the user list"));
    r.addQueryValue(QStringLiteral("page[number]"), QString::number(query.page));
    r.addQueryValue(QStringLiteral("page[size]"), QString::number(query.pageSize));
    if (const QString search = query.search.trimmed(); !search.isEmpty())
        r.addQueryValue(QStringLiteral("filter[search]"), search);
    return r;
}

Result<Page<User>> PapermergeDialect::parseUserPage(const ApiResponse &response, const UserQuery &query) const
{
    return readObjectBody<Page<User>>(response, [&](const auto &object) -> Result<Page<User>> {
        Page<User> page;
        if (auto problem = readObjects(
                response, object.value(QLatin1String("data")), QStringLiteral("data"),
                [](const auto &item) { return readUser(item); }, page.items))
            return *problem;
        const auto pagination
            = object.value(QLatin1String("meta")).toObject().value(QLatin1String("pagination")).toObject();
        page.page = query.page;
        page.pageSize = query.pageSize;
        page.totalCount = Json::count(pagination.value(QLatin1String("count")));
        const auto next = object.value(QLatin1String("links")).toObject().value(QLatin1String("next"));
        const std::optional<qint64> pages = Json::count(pagination.value(QLatin1String("pages")));
        page.hasNextPage = next.isString() ? !next.toString().isEmpty() : (pages && query.page < *pages);
        return page;
    });
}

ApiRequest PapermergeDialect::getUser(const QString &id) const
{
    return jsonApiRequest("GET", QStringLiteral("/users/") + encodeId(id) + QLatin1Char('/'),
                          QCoreApplication::translate("PapermergeDialect", "the user's profile"));
}

Result<User> PapermergeDialect::parseUser(const ApiResponse &response) const
{
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    // The server wraps the resource in "data"; the published spec draws some answers bare.
    const QJsonObject resource = object->value(QLatin1String("data")).isObject()
        ? object->value(QLatin1String("data")).toObject()
        : *object;
    const User user = userFromJson(resource);
    if (!user.isValid())
        return badResponse(response,
                           QCoreApplication::translate("PapermergeDialect", "the user has no \"id\""));
    return user;
}

ApiRequest PapermergeDialect::createUser(const UserChanges &input) const
{
    QJsonObject resource{ { QLatin1String("type"), QStringLiteral("users") },
                          { QLatin1String("attributes"), attributesOf(input) } };
    return withResource(jsonApiRequest("POST", QStringLiteral("/users/"),
                                       QCoreApplication::translate("PapermergeDialect", "creating the user")),
                        resource);
}

ApiRequest PapermergeDialect::updateUser(const User &original, const UserChanges &changes) const
{
    QJsonObject resource{ { QLatin1String("type"), QStringLiteral("users") },
                          { QLatin1String("id"), original.id },
                          { QLatin1String("attributes"), attributesOf(changes) } };
    return withResource(jsonApiRequest("PATCH",
                                       QStringLiteral("/users/") + encodeId(original.id) + QLatin1Char('/'),
                                       QCoreApplication::translate("PapermergeDialect", "saving the user")),
                        resource);
}

ApiRequest PapermergeDialect::setUserState(const User &user, UserState state) const
{
    const bool active = state == UserState::Active;
    QJsonObject resource{ { QLatin1String("type"), QStringLiteral("users") },
                          { QLatin1String("id"), user.id },
                          { QLatin1String("attributes"),
                            QJsonObject{ { QLatin1String("is_active"), active } } } };
    return withResource(
        jsonApiRequest("PATCH", QStringLiteral("/users/") + encodeId(user.id) + QLatin1Char('/'),
                       active ? QCoreApplication::translate("PapermergeDialect", "activating the user")
                              : QCoreApplication::translate("PapermergeDialect", "deactivating the user")),
        resource);
}

ApiRequest PapermergeDialect::deleteUser(const User &user) const
{
    return jsonApiRequest("DELETE", QStringLiteral("/users/") + encodeId(user.id) + QLatin1Char('/'),
                          QCoreApplication::translate("PapermergeDialect", "deleting the user"));
}

ApiRequest PapermergeDialect::changePassword(const User &user, const QString &password) const
{
    // This endpoint takes plain JSON, not JSON:API (the reference page's note).
    ApiRequest r = jsonApiRequest(
        "POST", QStringLiteral("/users/") + encodeId(user.id) + QStringLiteral("/change-password/"),
        QCoreApplication::translate("PapermergeDialect", "changing the password"));
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

template<typename Object> User PapermergeDialect::readUser(const Object &resource)
{
    User user;
    const auto attributes = resource.value(QLatin1String("attributes")).toObject();
    UserReader read(attributes, user);
    if (resource.contains(QLatin1String("id"))) {
        user.id = Json::idString(resource.value(QLatin1String("id")));
        read.mark(UserField::Id);
    }
    read.text(QLatin1String("username"), UserField::Username);
    read.text(QLatin1String("first_name"), UserField::GivenName);
    read.text(QLatin1String("last_name"), UserField::FamilyName);
    if (read.has(QLatin1String("first_name")) || read.has(QLatin1String("last_name"))) {
        user.name = QStringList{ user.givenName, user.familyName }.join(QLatin1Char(' ')).trimmed();
        read.mark(UserField::Name);
    }
    read.text(QLatin1String("email"), UserField::Email);
    if (read.has(QLatin1String("is_active"))) {
        user.state
            = attributes.value(QLatin1String("is_active")).toBool() ? UserState::Active : UserState::Inactive;
        read.mark(UserField::State);
    }
    read.flag(QLatin1String("is_staff"), UserField::Staff);
    read.flag(QLatin1String("is_superuser"), UserField::Superuser);
    read.dateTime(QLatin1String("date_joined"), UserField::CreatedAt);
    if (resource.contains(QLatin1String("relationships"))) {
        const auto relationships = resource.value(QLatin1String("relationships")).toObject();
        const auto related = [&](QLatin1String key, const QString &label) {
            const QString id = Json::idString(relationships.value(key)
                                                  .toObject()
                                                  .value(QLatin1String("data"))
                                                  .toObject()
                                                  .value(QLatin1String("id")));
            if (!id.isEmpty())
                user.related.append({ label, id });
        };
        related(QLatin1String("home_folder"),
                QCoreApplication::translate("PapermergeDialect", "Home folder"));
        related(QLatin1String("inbox_folder"),
                QCoreApplication::translate("PapermergeDialect", "Inbox folder"));
        read.mark(UserField::Related);
    }
    return user;
}

User PapermergeDialect::userFromJson(const QJsonObject &resource)
{
    return readUser(resource);
}
