#include "RestV1Dialect.h"

#include "Json.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RestV1Dialect", text);
}

const QString kUsers = QStringLiteral("/v1/users");
const QStringList kRoles{ QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("viewer") };
const QStringList kStatuses{ QStringLiteral("active"), QStringLiteral("inactive"),
                             QStringLiteral("suspended") };

QString encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

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
} // namespace

RestV1Dialect::RestV1Dialect(const ConnectionProfile &profile) : Dialect(profile)
{
    using E = FieldSpec::Editor;
    m_description.displayName = tr("REST v1");
    m_description.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::DeleteUser
        | Capability::ToggleState | Capability::ServerSearch | Capability::RoleFilter
        | Capability::StateFilter | Capability::ExactTotal;
    m_description.columns = { UserField::Name,  UserField::Email,     UserField::Role,
                              UserField::State, UserField::CreatedAt, UserField::UpdatedAt };
    m_description.detailFields
        = { UserField::Name, UserField::Email,     UserField::Role,     UserField::State,
            UserField::Id,   UserField::CreatedAt, UserField::UpdatedAt };
    m_description.createFields = {
        FieldSpec::of(UserField::Name, E::Text).withRequired(),
        FieldSpec::of(UserField::Email, E::Email)
            .withRequired()
            .withMaxLength(254)
            .withPlaceholder(tr("name@example.com")),
        FieldSpec::of(UserField::Role, E::Choice)
            .withRequired()
            .withChoices(kRoles)
            .withMaxLength(32)
            .withDefault(QStringLiteral("user")),
        FieldSpec::of(UserField::Password, E::Password).withRequired().withConfirmation(),
    };
    m_description.editFields = {
        FieldSpec::of(UserField::Name, E::Text).withRequired(),
        FieldSpec::of(UserField::Email, E::Email).withRequired().withMaxLength(254),
        FieldSpec::of(UserField::Role, E::Choice).withRequired().withChoices(kRoles).withMaxLength(32),
    };
    m_description.filterFields = {
        FieldSpec::of(UserField::Role, E::Choice)
            .withChoices(kRoles)
            .withMaxLength(32)
            .withPlaceholder(tr("Any role")),
        FieldSpec::of(UserField::State, E::Choice)
            .withChoices(kStatuses)
            .withMaxLength(32)
            .withPlaceholder(tr("Any status")),
    };
    m_description.roles = kRoles;
    m_description.states = kStatuses;
}

void RestV1Dialect::authorize(ApiRequest &request) const
{
    request.setHeader("Authorization", "Bearer " + secret().toUtf8());
}

ApiRequest RestV1Dialect::request(const QByteArray &method, const QString &path, const QString &what) const
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.what = what;
    return request;
}

ApiRequest RestV1Dialect::withBody(ApiRequest request, const QJsonObject &body) const
{
    request.body = Json::compact(body);
    request.contentType = "application/json";
    return request;
}

ApiRequest RestV1Dialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = request("GET", kUsers, tr("the user list"));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, query.pageSize, 100)));
    if (const QString role = query.filter(UserField::Role); !role.isEmpty())
        r.addQueryValue(QStringLiteral("role"), role);
    if (const QString status = query.filter(UserField::State); !status.isEmpty())
        r.addQueryValue(QStringLiteral("status"), status);
    if (const QString search = query.search.trimmed(); !search.isEmpty())
        r.addQueryValue(QStringLiteral("search"), search);
    return r;
}

Result<Page<User>> RestV1Dialect::parseUserPage(const ApiResponse &response, const UserQuery &query) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    Page<User> page;
    if (auto problem = readObjects(response, object->value(QLatin1String("data")), QStringLiteral("data"),
                                   &RestV1Dialect::userFromJson, page.items))
        return *problem;
    const QJsonObject pagination = object->value(QLatin1String("pagination")).toObject();
    page.page = pagination.value(QLatin1String("page")).toInt(query.page);
    page.pageSize = pagination.value(QLatin1String("limit")).toInt(query.pageSize);
    page.totalCount = Json::count(pagination.value(QLatin1String("total")));
    const int pages = pagination.value(QLatin1String("pages")).toInt(-1);
    page.hasNextPage = pages >= 0 ? page.page < pages : page.items.size() >= page.pageSize;
    return page;
}

ApiRequest RestV1Dialect::getUser(const QString &id) const
{
    return request("GET", kUsers + QLatin1Char('/') + encodeId(id), tr("the user's profile"));
}

Result<User> RestV1Dialect::parseUser(const ApiResponse &response) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    const QJsonValue data = object->value(QLatin1String("data"));
    if (!data.isObject())
        return badResponse(response, tr("it has no \"data\" object"));
    const User user = userFromJson(data.toObject());
    if (!user.isValid())
        return badResponse(response, tr("the user has no \"id\""));
    return user;
}

ApiRequest RestV1Dialect::createUser(const UserChanges &input) const
{
    QJsonObject body;
    body.insert(QLatin1String("name"), input.value(UserField::Name).toString().trimmed());
    body.insert(QLatin1String("email"), input.value(UserField::Email).toString().trimmed());
    body.insert(QLatin1String("role"), input.value(UserField::Role).toString());
    body.insert(QLatin1String("password"), input.value(UserField::Password).toString());
    return withBody(request("POST", kUsers, tr("creating the user")), body);
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
    if (changes.contains(UserField::State))
        body.insert(QLatin1String("status"), changes.value(UserField::State).toString());
    return withBody(
        request("PATCH", kUsers + QLatin1Char('/') + encodeId(original.id), tr("saving the user")), body);
}

ApiRequest RestV1Dialect::setUserState(const User &user, UserState state) const
{
    return withBody(
        request("PATCH", kUsers + QLatin1Char('/') + encodeId(user.id), tr("changing the user's status")),
        QJsonObject{ { QLatin1String("status"), stateToWire(state) } });
}

ApiRequest RestV1Dialect::deleteUser(const User &user) const
{
    return request("DELETE", kUsers + QLatin1Char('/') + encodeId(user.id), tr("deleting the user"));
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
    return message;
}

User RestV1Dialect::userFromJson(const QJsonObject &object)
{
    User user;
    user.id = Json::string(object, QLatin1String("id"));
    user.name = Json::string(object, QLatin1String("name"));
    user.email = Json::string(object, QLatin1String("email"));
    const QString role = Json::string(object, QLatin1String("role"));
    if (!role.isEmpty())
        user.roles = QStringList{ role };
    user.stateText = Json::string(object, QLatin1String("status"));
    user.state = stateFromWire(user.stateText);
    const QString avatar = Json::string(object, QLatin1String("avatar"));
    if (!avatar.isEmpty())
        user.related.append({ QCoreApplication::translate("RestV1Dialect", "Avatar"), avatar });
    user.createdAt = Json::dateTime(object, QLatin1String("created_at"));
    user.updatedAt = Json::dateTime(object, QLatin1String("updated_at"));
    return user;
}
