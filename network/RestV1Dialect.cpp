#include "RestV1Dialect.h"

#include "Json.h"
#include "ServiceRegistry.h"

#include <QCoreApplication>

namespace {
const QString kUsers = QStringLiteral("/v1/users");
const QStringList kRoles{ QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("viewer") };

UserState stateFromWire(const QString &status)
{
    if (status == QLatin1String("active"))
        return UserState::Active;
    if (status == QLatin1String("inactive"))
        return UserState::Inactive;
    if (status == QLatin1String("suspended"))
        return UserState::Suspended;
    return UserState::Unknown;
}

QString stateToWire(UserState state)
{
    switch (state) {
    case UserState::Active:
        return QStringLiteral("active");
    case UserState::Inactive:
        return QStringLiteral("inactive");
    case UserState::Suspended:
        return QStringLiteral("suspended");
    case UserState::Unknown:
        break;
    }
    return QString();
}

ServiceDescription describe()
{
    ServiceDescription d;
    QStringList stateKeys;
    for (UserState state : { UserState::Active, UserState::Inactive, UserState::Suspended })
        stateKeys << UserStates::key(state);
    using E = FieldSpec::Editor;
    d.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::DeleteUser
        | Capability::ToggleState | Capability::ServerSearch | Capability::RoleFilter
        | Capability::StateFilter | Capability::ExactTotal;
    d.columns = { UserField::Name,  UserField::Email,     UserField::Role,
                  UserField::State, UserField::CreatedAt, UserField::UpdatedAt };
    d.detailFields = { UserField::Name, UserField::Email,     UserField::Role,     UserField::State,
                       UserField::Id,   UserField::CreatedAt, UserField::UpdatedAt };
    d.createFields = {
        FieldSpec::of(UserField::Name, E::Text).withRequired(),
        FieldSpec::of(UserField::Email, E::Email)
            .withRequired()
            .withMaxLength(254)
            .withPlaceholder(QCoreApplication::translate("RestV1Dialect", "name@example.com")),
        FieldSpec::of(UserField::Role, E::Choice)
            .withRequired()
            .withChoices(kRoles)
            .withMaxLength(32)
            .withDefault(QStringLiteral("user")),
        FieldSpec::of(UserField::Password, E::Password).withRequired().withConfirmation(),
    };
    d.editFields = {
        FieldSpec::of(UserField::Name, E::Text).withRequired(),
        FieldSpec::of(UserField::Email, E::Email).withRequired().withMaxLength(254),
        FieldSpec::of(UserField::Role, E::Choice).withRequired().withChoices(kRoles).withMaxLength(32),
    };
    d.filterFields = {
        FieldSpec::of(UserField::Role, E::Choice)
            .withChoices(kRoles)
            .withMaxLength(32)
            .withPlaceholder(QCoreApplication::translate("RestV1Dialect", "Any role")),
        FieldSpec::of(UserField::State, E::Choice)
            .withChoices(stateKeys)
            .withMaxLength(32)
            .withPlaceholder(QCoreApplication::translate("RestV1Dialect", "Any status")),
    };
    d.roles = kRoles;
    d.states = { UserState::Active, UserState::Inactive, UserState::Suspended };
    return d;
}
} // namespace

const ServiceKind &RestV1Dialect::serviceKind()
{
    static ServiceKind kind;
    static int built = -1;
    return ServiceRegistry::translated(kind, built, [] {
        ServiceKind k;
        k.id = QStringLiteral("rest-v1");
        k.displayName = QCoreApplication::translate("RestV1Dialect", "REST v1");
        k.summary = QCoreApplication::translate(
            "RestV1Dialect",
            "Users with roles and an active, inactive or suspended status; searched on the server.");
        k.exampleUrl = QStringLiteral("https://api.example.com");
        k.maxPageSize = 100;
        k.authMethods = { AuthMethod{ QStringLiteral("bearer"),
                                      QCoreApplication::translate("RestV1Dialect", "Bearer token"),
                                      QCoreApplication::translate("RestV1Dialect", "API key") } };
        k.description = describe();
        k.createDialect = [](const ConnectionProfile &profile) -> std::unique_ptr<Dialect> {
            return std::make_unique<RestV1Dialect>(profile);
        };
        return k;
    });
}

RestV1Dialect::RestV1Dialect(const ConnectionProfile &profile) : Dialect(serviceKind(), profile) { }

void RestV1Dialect::authorize(ApiRequest &request) const
{
    request.setHeader("Authorization", "Bearer " + secret().toUtf8());
}

ApiRequest RestV1Dialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = request("GET", kUsers, QCoreApplication::translate("RestV1Dialect", "the user list"));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, query.pageSize, 100)));
    if (const QString role = query.filter(UserField::Role); !role.isEmpty())
        r.addQueryValue(QStringLiteral("role"), role);
    if (const QString state = query.filter(UserField::State); !state.isEmpty())
        r.addQueryValue(QStringLiteral("status"), stateToWire(UserStates::fromKey(state)));
    if (const QString search = query.search.trimmed(); !search.isEmpty())
        r.addQueryValue(QStringLiteral("search"), search);
    return r;
}

Result<Page<User>> RestV1Dialect::parseUserPage(const ApiResponse &response, const UserQuery &query) const
{
    return readObjectBody<Page<User>>(response, [&](const auto &object) -> Result<Page<User>> {
        Page<User> page;
        if (auto problem = readObjects(
                response, object.value(QLatin1String("data")), QStringLiteral("data"),
                [](const auto &item) { return readUser(item); }, page.items))
            return *problem;
        const auto pagination = object.value(QLatin1String("pagination")).toObject();
        page.page = query.page;
        page.pageSize = query.pageSize;
        page.totalCount = Json::count(pagination.value(QLatin1String("total")));
        const std::optional<qint64> pages = Json::count(pagination.value(QLatin1String("pages")));
        page.hasNextPage = pages ? query.page < *pages : page.items.size() >= query.pageSize;
        return page;
    });
}

ApiRequest RestV1Dialect::getUser(const QString &id) const
{
    return request("GET", kUsers + QLatin1Char('/') + encodeId(id),
                   QCoreApplication::translate("RestV1Dialect", "the user's profile"));
}

Result<User> RestV1Dialect::parseUser(const ApiResponse &response) const
{
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    const QJsonValue data = object->value(QLatin1String("data"));
    if (!data.isObject())
        return badResponse(response,
                           QCoreApplication::translate("RestV1Dialect", "it has no \"data\" object"));
    const User user = userFromJson(data.toObject());
    if (!user.isValid())
        return badResponse(response, QCoreApplication::translate("RestV1Dialect", "the user has no \"id\""));
    return user;
}

ApiRequest RestV1Dialect::createUser(const UserChanges &input) const
{
    QJsonObject body;
    body.insert(QLatin1String("name"), input.value(UserField::Name).toString().trimmed());
    body.insert(QLatin1String("email"), input.value(UserField::Email).toString().trimmed());
    body.insert(QLatin1String("role"), input.value(UserField::Role).toString());
    body.insert(QLatin1String("password"), input.value(UserField::Password).toString());
    return withJsonBody(
        request("POST", kUsers, QCoreApplication::translate("RestV1Dialect", "creating the user")), body);
}

ApiRequest RestV1Dialect::updateUser(const User &original, const UserChanges &changes) const
{
    // PATCH: only the fields the admin changed.
    QJsonObject body;
    if (changes.contains(UserField::Name))
        body.insert(QLatin1String("name"), changes.value(UserField::Name).toString().trimmed());
    if (changes.contains(UserField::Email))
        body.insert(QLatin1String("email"), changes.value(UserField::Email).toString().trimmed());
    if (changes.contains(UserField::Role))
        body.insert(QLatin1String("role"), changes.value(UserField::Role).toString());
    if (changes.contains(UserField::State)) {
        User target;
        target.setValue(UserField::State, changes.value(UserField::State));
        body.insert(QLatin1String("status"), stateToWire(target.state));
    }
    return withJsonBody(request("PATCH", kUsers + QLatin1Char('/') + encodeId(original.id),
                                QCoreApplication::translate("RestV1Dialect", "saving the user")),
                        body);
}

ApiRequest RestV1Dialect::setUserState(const User &user, UserState state) const
{
    return withJsonBody(request("PATCH", kUsers + QLatin1Char('/') + encodeId(user.id),
                                QCoreApplication::translate("RestV1Dialect", "changing the user's status")),
                        QJsonObject{ { QLatin1String("status"), stateToWire(state) } });
}

ApiRequest RestV1Dialect::deleteUser(const User &user) const
{
    return request("DELETE", kUsers + QLatin1Char('/') + encodeId(user.id),
                   QCoreApplication::translate("RestV1Dialect", "deleting the user"));
}

ServerMessage RestV1Dialect::parseServerMessage(const ApiResponse &response) const
{
    ServerMessage message;
    const auto object = Json::object(response.body);
    if (!object)
        return message;
    const QJsonObject error = object->value(QLatin1String("error")).toObject();
    message.code = Json::string(error, QLatin1String("code"));
    message.message = Json::string(error, QLatin1String("message"));
    if (message.message.isEmpty())
        message.message = Json::string(*object, QLatin1String("message"));
    const QString field = Json::string(error, QLatin1String("field"));
    bool known = false;
    const UserField userField
        = field == QLatin1String("status") ? UserField::State : UserFields::fromKey(field, &known);
    if (known || field == QLatin1String("status"))
        message.field = UserFields::key(userField);
    // The reference's 409 names no field, but its code says which one: the admin sees it there.
    if (message.field.isEmpty() && message.code == QLatin1String("duplicate_email"))
        message.field = UserFields::key(UserField::Email);
    return message;
}

Result<Done> RestV1Dialect::parseDone(const ApiResponse &response) const
{
    // The reference answers {"success": true, "message": "..."}; anything else is not a deletion.
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    if (object->value(QLatin1String("success")) != QJsonValue(true))
        return badResponse(response,
                           QCoreApplication::translate("RestV1Dialect", "it does not say \"success\": true"));
    return Done{};
}

namespace {
QString avatarLabel()
{
    return QCoreApplication::translate("RestV1Dialect", "Avatar");
}
} // namespace

template<typename Object> User RestV1Dialect::readUser(const Object &object)
{
    User user;
    UserReader read(object, user);
    read.id(QLatin1String("id"));
    read.text(QLatin1String("name"), UserField::Name);
    read.text(QLatin1String("email"), UserField::Email);
    if (read.has(QLatin1String("role"))) {
        const QString role = Json::string(object, QLatin1String("role"));
        if (!role.isEmpty())
            user.roles = QStringList{ role };
        read.mark(UserField::Role);
    }
    if (read.has(QLatin1String("status"))) {
        user.state = stateFromWire(Json::string(object, QLatin1String("status")));
        read.mark(UserField::State);
    }
    if (read.has(QLatin1String("avatar"))) {
        const QString avatar = Json::string(object, QLatin1String("avatar"));
        if (!avatar.isEmpty())
            user.related.append({ avatarLabel(), avatar });
        read.mark(UserField::Related);
    }
    read.dateTime(QLatin1String("created_at"), UserField::CreatedAt);
    read.dateTime(QLatin1String("updated_at"), UserField::UpdatedAt);
    return user;
}

User RestV1Dialect::userFromJson(const QJsonObject &object)
{
    return readUser(object);
}
