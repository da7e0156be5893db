#include "OrgAppDialect.h"

#include "Json.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OrgAppDialect", text);
}

const QString kBase = QStringLiteral("/api/v1/app");
const QStringList kRoles{ QStringLiteral("AppAdmin"), QStringLiteral("AppMember") };

UserState stateFromWire(const QString &state)
{
    if (state.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0)
        return UserState::Active;
    if (state.compare(QLatin1String("Inactive"), Qt::CaseInsensitive) == 0)
        return UserState::Inactive;
    return UserState::Unknown;
}

QString encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

OrgAppDialect::OrgAppDialect(const ConnectionProfile &profile) : Dialect(profile)
{
    using E = FieldSpec::Editor;
    m_description.displayName = tr("Org App");
    m_description.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::ToggleState
        | Capability::Projects | Capability::Artifacts | Capability::Integrations | Capability::ExactTotal
        | Capability::CurrentUser;
    m_description.columns = { UserField::Name,  UserField::Email,     UserField::Role,
                              UserField::State, UserField::AccountId, UserField::CreatedAt };
    m_description.detailFields = { UserField::Name,  UserField::Email,        UserField::Role,
                                   UserField::State, UserField::JobTitle,     UserField::AccountId,
                                   UserField::Id,    UserField::Organization, UserField::CreatedAt };
    m_description.createFields = {
        FieldSpec::of(UserField::AccountId, E::Text)
            .withRequired()
            .withMaxLength(128)
            .withPlaceholder(tr("acct_…")),
        FieldSpec::of(UserField::Role, E::Choice)
            .withRequired()
            .withChoices(kRoles)
            .withMaxLength(64)
            .withDefault(QStringLiteral("AppMember")),
        FieldSpec::of(UserField::Email, E::Email)
            .withRequired()
            .withMaxLength(254)
            .withPlaceholder(tr("name@example.com")),
        FieldSpec::of(UserField::Name, E::Text),
        FieldSpec::of(UserField::GivenName, E::Text).withMaxLength(128),
        FieldSpec::of(UserField::FamilyName, E::Text).withMaxLength(128),
    };
    m_description.editFields = {
        FieldSpec::of(UserField::Name, E::Text).withRequired(),
        FieldSpec::of(UserField::Role, E::Choice).withRequired().withChoices(kRoles).withMaxLength(64),
    };
    m_description.roles = kRoles;
    m_description.states = { QStringLiteral("Active"), QStringLiteral("Inactive") };
}

void OrgAppDialect::authorize(ApiRequest &request) const
{
    request.setHeader("Authorization", "Bearer " + secret().toUtf8());
    request.setHeader("x-org", profile().organization.toUtf8());
}

ApiRequest OrgAppDialect::request(const QByteArray &method, const QString &path, const QString &what) const
{
    ApiRequest request;
    request.method = method;
    request.path = kBase + path;
    request.what = what;
    return request;
}

ApiRequest OrgAppDialect::currentUser() const
{
    return request("GET", QStringLiteral("/me"), tr("who am I"));
}

Result<User> OrgAppDialect::parseCurrentUser(const ApiResponse &response) const
{
    return parseUser(response);
}

ApiRequest OrgAppDialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = request("GET", QStringLiteral("/user"), tr("the user list"));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    r.query.addQueryItem(QStringLiteral("page_size"), QString::number(query.pageSize));
    return r;
}

template<typename T, typename FromJson>
Result<Page<T>> OrgAppDialect::parsePaged(const ApiResponse &response, int page, int pageSize,
                                          FromJson fromJson) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    Page<T> result;
    result.page = page;
    result.pageSize = pageSize;
    if (auto problem = readObjects(response, object->value(QLatin1String("data")), QStringLiteral("data"),
                                   fromJson, result.items))
        return *problem;
    result.hasNextPage = object->value(QLatin1String("has_next_page")).toBool(false);
    result.totalCount = Json::count(object->value(QLatin1String("total_count")));
    return result;
}

Result<Page<User>> OrgAppDialect::parseUserPage(const ApiResponse &response, const UserQuery &query) const
{
    return parsePaged<User>(response, query.page, query.pageSize, &OrgAppDialect::userFromJson);
}

ApiRequest OrgAppDialect::getUser(const QString &id) const
{
    return request("GET", QStringLiteral("/user/") + encodeId(id), tr("the user's profile"));
}

Result<User> OrgAppDialect::parseUser(const ApiResponse &response) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    const User user = userFromJson(*object);
    if (!user.isValid())
        return badResponse(response, tr("the user has no \"id\""));
    return user;
}

ApiRequest OrgAppDialect::createUser(const UserChanges &input) const
{
    ApiRequest r = request("POST", QStringLiteral("/user"), tr("creating the user"));
    QJsonObject userInfo;
    const auto put = [&](QJsonObject &into, QLatin1String key, UserField field) {
        const QString value = input.value(field).toString().trimmed();
        if (!value.isEmpty())
            into.insert(key, value);
    };
    put(userInfo, QLatin1String("email"), UserField::Email);
    put(userInfo, QLatin1String("name"), UserField::Name);
    put(userInfo, QLatin1String("given_name"), UserField::GivenName);
    put(userInfo, QLatin1String("family_name"), UserField::FamilyName);
    QJsonObject body;
    put(body, QLatin1String("account_id"), UserField::AccountId);
    put(body, QLatin1String("role"), UserField::Role);
    body.insert(QLatin1String("user_info"), userInfo);
    r.body = Json::compact(body);
    r.contentType = "application/json";
    return r;
}

ApiRequest OrgAppDialect::updateUser(const User &original, const UserChanges &changes) const
{
    ApiRequest r = request("PUT", QStringLiteral("/user/") + encodeId(original.id), tr("saving the user"));
    // PUT replaces: both documented fields are always sent, the admin's changes over the values
    // the server last answered, so an unchanged field is never blanked.
    const QString name = changes.value(UserField::Name, original.name).toString().trimmed();
    const QString role = changes.value(UserField::Role, original.roles.value(0)).toString();
    QJsonObject body;
    body.insert(QLatin1String("name"), name);
    if (!role.isEmpty())
        body.insert(QLatin1String("role"), role);
    r.body = Json::compact(body);
    r.contentType = "application/json";
    return r;
}

ApiRequest OrgAppDialect::setUserState(const User &user, UserState state) const
{
    const bool activate = state == UserState::Active;
    return request("POST",
                   QStringLiteral("/user/") + encodeId(user.id)
                       + (activate ? QStringLiteral("/activate") : QStringLiteral("/deactivate")),
                   activate ? tr("activating the user") : tr("deactivating the user"));
}

Result<User> OrgAppDialect::parseStateAnswer(const ApiResponse &response, const User &user) const
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    // The answer is {id, state}; the rest of the user is as it was.
    User answer = userFromJson(*object);
    if (answer.id != user.id)
        return badResponse(response, tr("it names another user"));
    if (answer.state == UserState::Unknown)
        return badResponse(response, tr("it has no known \"state\""));
    return answer;
}

ApiRequest OrgAppDialect::deleteUser(const User &) const
{
    return ApiRequest();
}

ApiRequest OrgAppDialect::listProjects(const QString &userId, int page, int pageSize) const
{
    ApiRequest r = request("GET", QStringLiteral("/user/") + encodeId(userId) + QStringLiteral("/project"),
                           tr("the user's projects"));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    r.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    return r;
}

Result<Page<Project>> OrgAppDialect::parseProjectPage(const ApiResponse &response, int page,
                                                      int pageSize) const
{
    return parsePaged<Project>(response, page, pageSize, &OrgAppDialect::projectFromJson);
}

ApiRequest OrgAppDialect::latestArtifacts(const QString &userId) const
{
    return request("GET", QStringLiteral("/user/") + encodeId(userId) + QStringLiteral("/latest-artifacts"),
                   tr("the user's latest artifacts"));
}

namespace {
template<typename T, typename FromJson>
Result<Page<T>> parseArray(const ApiResponse &response, FromJson fromJson)
{
    QString error;
    const auto array = Json::array(response.body, &error);
    if (!array)
        return badResponse(response, error);
    Page<T> page;
    if (auto problem = readObjects(response, *array, QStringLiteral("[]"), fromJson, page.items))
        return *problem;
    page.pageSize = int(page.items.size());
    page.totalCount = page.items.size();
    return page;
}
} // namespace

Result<Page<Artifact>> OrgAppDialect::parseArtifacts(const ApiResponse &response) const
{
    return parseArray<Artifact>(response, &OrgAppDialect::artifactFromJson);
}

ApiRequest OrgAppDialect::integrations() const
{
    return request("GET", QStringLiteral("/user/integrations"), tr("your integrations"));
}

Result<Page<Integration>> OrgAppDialect::parseIntegrations(const ApiResponse &response) const
{
    return parseArray<Integration>(response, &OrgAppDialect::integrationFromJson);
}

ServerMessage OrgAppDialect::parseServerMessage(const ApiResponse &response) const
{
    // The reference page shows no error body; servers of this family answer
    // {"error": {"code", "message"}}, some {"error": "...", "message": "..."} or {"detail": "..."}.
    ServerMessage message;
    const auto object = Json::object(response.body);
    if (!object)
        return message;
    const QJsonValue error = object->value(QLatin1String("error"));
    if (error.isObject()) {
        message.code = Json::string(error.toObject(), QLatin1String("code"));
        message.message = Json::string(error.toObject(), QLatin1String("message"));
        message.field = Json::string(error.toObject(), QLatin1String("field"));
    } else if (error.isString()) {
        message.code = error.toString();
    }
    if (message.message.isEmpty())
        message.message = Json::string(*object, QLatin1String("message"));
    if (message.message.isEmpty())
        message.message = Json::string(*object, QLatin1String("detail"));
    if (message.field.isEmpty() && message.code == QLatin1String("invalid_role"))
        message.field = UserFields::key(UserField::Role);
    if (message.field.isEmpty() && message.code == QLatin1String("duplicate_email"))
        message.field = UserFields::key(UserField::Email);
    if (message.field.isEmpty() && message.code == QLatin1String("duplicate_account"))
        message.field = UserFields::key(UserField::AccountId);
    return message;
}

User OrgAppDialect::userFromJson(const QJsonObject &object)
{
    User user;
    user.id = Json::string(object, QLatin1String("id"));
    user.organization = Json::string(object, QLatin1String("org_id"));
    user.accountId = Json::string(object, QLatin1String("account_id"));
    user.name = Json::string(object, QLatin1String("name"));
    user.email = Json::string(object, QLatin1String("email"));
    user.jobTitle = Json::string(object, QLatin1String("job_position_name"));
    user.jobDescription = Json::string(object, QLatin1String("job_position_description"));
    user.stateText = Json::string(object, QLatin1String("state"));
    user.state = stateFromWire(user.stateText);
    for (const QJsonValue &role : object.value(QLatin1String("roles")).toArray())
        user.roles.append(role.toString());
    user.createdAt = Json::dateTime(object, QLatin1String("created_at"));
    return user;
}

Project OrgAppDialect::projectFromJson(const QJsonObject &object)
{
    Project project;
    project.id = Json::string(object, QLatin1String("id"));
    project.name = Json::string(object, QLatin1String("name"));
    project.goal = Json::string(object, QLatin1String("goal"));
    project.deadline = Json::dateTime(object, QLatin1String("deadline"));
    project.visibility = Json::string(object, QLatin1String("visibility"));
    project.memberCount = object.value(QLatin1String("member_count")).toInt();
    project.defaultMemberRole = Json::string(object, QLatin1String("default_member_role"));
    project.defaultRoleEnabled = object.value(QLatin1String("default_role_enabled")).toBool();
    project.projectContext = Json::string(object, QLatin1String("project_context"));
    project.answerContext = Json::string(object, QLatin1String("answer_context"));
    project.pinned = object.value(QLatin1String("is_pinned")).toBool();
    return project;
}

Artifact OrgAppDialect::artifactFromJson(const QJsonObject &object)
{
    Artifact artifact;
    artifact.id = Json::string(object, QLatin1String("id"));
    artifact.projectId = Json::string(object, QLatin1String("project_id"));
    artifact.name = Json::string(object, QLatin1String("name"));
    artifact.type = Json::string(object, QLatin1String("type"));
    artifact.source = Json::string(object, QLatin1String("source"));
    artifact.state = Json::string(object, QLatin1String("state"));
    artifact.ingestStatus = Json::string(object, QLatin1String("ingest_status"));
    artifact.hasContent = object.value(QLatin1String("has_content")).toBool();
    artifact.createdAt = Json::dateTime(object, QLatin1String("created_at"));
    return artifact;
}

Integration OrgAppDialect::integrationFromJson(const QJsonObject &object)
{
    Integration integration;
    integration.id = Json::string(object, QLatin1String("id"));
    integration.userId = Json::string(object, QLatin1String("user_id"));
    integration.organization = Json::string(object, QLatin1String("org_id"));
    integration.type = Json::string(object, QLatin1String("type"));
    integration.createdAt = Json::dateTime(object, QLatin1String("created_at"));
    integration.updatedAt = Json::dateTime(object, QLatin1String("updated_at"));
    return integration;
}
