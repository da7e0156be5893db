#include "OrgAppDialect.h"

#include "Json.h"
#include "ServiceRegistry.h"

#include <QCoreApplication>

namespace {
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

ServiceDescription describe()
{
    using E = FieldSpec::Editor;
    ServiceDescription d;
    d.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::ToggleState
        | Capability::Projects | Capability::Artifacts | Capability::Integrations | Capability::ExactTotal
        | Capability::CurrentUser;
    d.columns = { UserField::Name,  UserField::Email,     UserField::Role,
                  UserField::State, UserField::AccountId, UserField::CreatedAt };
    d.detailFields
        = { UserField::Name,         UserField::Email,          UserField::Role,      UserField::State,
            UserField::JobTitle,     UserField::JobDescription, UserField::AccountId, UserField::Id,
            UserField::Organization, UserField::CreatedAt };
    d.createFields = {
        FieldSpec::of(UserField::AccountId, E::Text)
            .withRequired()
            .withMaxLength(128)
            .withPlaceholder(QCoreApplication::translate("OrgAppDialect", "acct_…")),
        FieldSpec::of(UserField::Role, E::Choice)
            .withRequired()
            .withChoices(kRoles)
            .withMaxLength(64)
            .withDefault(QStringLiteral("AppMember")),
        FieldSpec::of(UserField::Email, E::Email)
            .withRequired()
            .withMaxLength(254)
            .withPlaceholder(QCoreApplication::translate("OrgAppDialect", "name@example.com")),
        FieldSpec::of(UserField::Name, E::Text),
        FieldSpec::of(UserField::GivenName, E::Text).withMaxLength(128),
        FieldSpec::of(UserField::FamilyName, E::Text).withMaxLength(128),
    };
    d.editFields = {
        FieldSpec::of(UserField::Name, E::Text).withRequired(),
        FieldSpec::of(UserField::Role, E::Choice).withRequired().withChoices(kRoles).withMaxLength(64),
    };
    d.roles = kRoles;
    d.states = { UserState::Active, UserState::Inactive };
    return d;
}
} // namespace

const ServiceKind &OrgAppDialect::serviceKind()
{
    static ServiceKind kind;
    static int built = -1;
    return ServiceRegistry::translated(kind, built, [] {
        ServiceKind k;
        k.id = QStringLiteral("org-app");
        k.displayName = QCoreApplication::translate("OrgAppDialect", "Org App");
        k.summary = QCoreApplication::translate(
            "OrgAppDialect", "Org-scoped app users with projects, artifacts and integrations.");
        k.exampleUrl = QStringLiteral("https://app.example.com");
        k.usesOrganization = true;
        k.organizationLabel = QCoreApplication::translate("OrgAppDialect", "Organization slug");
        k.maxPageSize = 100;
        k.authMethods = { AuthMethod{ QStringLiteral("bearer"),
                                      QCoreApplication::translate("OrgAppDialect", "Bearer token"),
                                      QCoreApplication::translate("OrgAppDialect", "API token") } };
        k.description = describe();
        k.createDialect = [](const ConnectionProfile &profile) -> std::unique_ptr<Dialect> {
            return std::make_unique<OrgAppDialect>(profile);
        };
        return k;
    });
}

OrgAppDialect::OrgAppDialect(const ConnectionProfile &profile) : Dialect(serviceKind(), profile) { }

void OrgAppDialect::authorize(ApiRequest &request) const
{
    request.setHeader("Authorization", "Bearer " + secret().toUtf8());
    request.setHeader("x-org", profile().organization.toUtf8());
}

ApiRequest OrgAppDialect::currentUser() const
{
    return request("GET", kBase + QStringLiteral("/me"),
                   QCoreApplication::translate("OrgAppDialect", "who am I"));
}

ApiRequest OrgAppDialect::listUsers(const UserQuery &query) const
{
    ApiRequest r = request("GET", kBase + QStringLiteral("/user"),
                           QCoreApplication::translate("OrgAppDialect", "the user list"));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    r.query.addQueryItem(QStringLiteral("page_size"), QString::number(query.pageSize));
    return r;
}

template<typename T, typename FromJson>
Result<Page<T>> OrgAppDialect::parsePaged(const ApiResponse &response, int page, int pageSize,
                                          FromJson fromJson) const
{
    return readObjectBody<Page<T>>(response, [&](const auto &object) -> Result<Page<T>> {
        Page<T> result;
        result.page = page;
        result.pageSize = pageSize;
        if (auto problem = readObjects(response, object.value(QLatin1String("data")), QStringLiteral("data"),
                                       fromJson, result.items))
            return *problem;
        result.hasNextPage = object.value(QLatin1String("has_next_page")).toBool(false);
        result.totalCount = Json::count(object.value(QLatin1String("total_count")));
        return result;
    });
}

Result<Page<User>> OrgAppDialect::parseUserPage(const ApiResponse &response, const UserQuery &query) const
{
    return parsePaged<User>(response, query.page, query.pageSize,
                            [](const auto &object) { return readUser(object); });
}

ApiRequest OrgAppDialect::getUser(const QString &id) const
{
    return request("GET", kBase + QStringLiteral("/user/") + encodeId(id),
                   QCoreApplication::translate("OrgAppDialect", "the user's profile"));
}

Result<User> OrgAppDialect::parseUser(const ApiResponse &response) const
{
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    const User user = userFromJson(*object);
    if (!user.isValid())
        return badResponse(response, QCoreApplication::translate("OrgAppDialect", "the user has no \"id\""));
    return user;
}

ApiRequest OrgAppDialect::createUser(const UserChanges &input) const
{
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
    return withJsonBody(request("POST", kBase + QStringLiteral("/user"),
                                QCoreApplication::translate("OrgAppDialect", "creating the user")),
                        body);
}

ApiRequest OrgAppDialect::updateUser(const User &original, const UserChanges &changes) const
{
    // PUT replaces: both documented fields are always sent, the admin's changes over the
    // server's latest copy, so a field nobody touched is never blanked or set back.
    const QString name = changes.value(UserField::Name, original.name).toString().trimmed();
    const QString role = changes.value(UserField::Role, original.roles.value(0)).toString();
    QJsonObject body;
    body.insert(QLatin1String("name"), name);
    if (!role.isEmpty())
        body.insert(QLatin1String("role"), role);
    return withJsonBody(request("PUT", kBase + QStringLiteral("/user/") + encodeId(original.id),
                                QCoreApplication::translate("OrgAppDialect", "saving the user")),
                        body);
}

ApiRequest OrgAppDialect::setUserState(const User &user, UserState state) const
{
    const bool activate = state == UserState::Active;
    return request("POST",
                   kBase + QStringLiteral("/user/") + encodeId(user.id)
                       + (activate ? QStringLiteral("/activate") : QStringLiteral("/deactivate")),
                   activate ? QCoreApplication::translate("OrgAppDialect", "activating the user")
                            : QCoreApplication::translate("OrgAppDialect", "deactivating the user"));
}

Result<User> OrgAppDialect::parseStateAnswer(const ApiResponse &response, const User &user) const
{
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    // The answer is {id, state}; the rest of the user is as it was (and `present` says so).
    const User answer = userFromJson(*object);
    if (answer.id != user.id)
        return badResponse(response, QCoreApplication::translate("OrgAppDialect", "it names another user"));
    if (answer.state == UserState::Unknown)
        return badResponse(response,
                           QCoreApplication::translate("OrgAppDialect", "it has no known \"state\""));
    return answer;
}

ApiRequest OrgAppDialect::listProjects(const QString &userId, int page, int pageSize) const
{
    ApiRequest r
        = request("GET", kBase + QStringLiteral("/user/") + encodeId(userId) + QStringLiteral("/project"),
                  QCoreApplication::translate("OrgAppDialect", "the user's projects"));
    r.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    r.query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    return r;
}

Result<Page<Project>> OrgAppDialect::parseProjectPage(const ApiResponse &response, int page,
                                                      int pageSize) const
{
    return parsePaged<Project>(response, page, pageSize,
                               [](const auto &object) { return readProject(object); });
}

ApiRequest OrgAppDialect::latestArtifacts(const QString &userId) const
{
    return request("GET",
                   kBase + QStringLiteral("/user/") + encodeId(userId) + QStringLiteral("/latest-artifacts"),
                   QCoreApplication::translate("OrgAppDialect", "the user's latest artifacts"));
}

namespace {
template<typename T, typename FromJson>
Result<Page<T>> pageOfArray(const ApiResponse &response, const Result<QJsonArray> &array, FromJson fromJson)
{
    if (!array)
        return array.error();
    Page<T> page;
    if (auto problem = readObjects(response, QJsonValue(*array), QStringLiteral("[]"), fromJson, page.items))
        return *problem;
    page.pageSize = int(page.items.size());
    page.totalCount = page.items.size();
    return page;
}
} // namespace

Result<Page<Artifact>> OrgAppDialect::parseArtifacts(const ApiResponse &response) const
{
    return pageOfArray<Artifact>(response, arrayBody(response), &OrgAppDialect::artifactFromJson);
}

ApiRequest OrgAppDialect::integrations() const
{
    return request("GET", kBase + QStringLiteral("/user/integrations"),
                   QCoreApplication::translate("OrgAppDialect", "your integrations"));
}

Result<Page<Integration>> OrgAppDialect::parseIntegrations(const ApiResponse &response) const
{
    return pageOfArray<Integration>(response, arrayBody(response), &OrgAppDialect::integrationFromJson);
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

template<typename Object> User OrgAppDialect::readUser(const Object &object)
{
    User user;
    UserReader read(object, user);
    read.id(QLatin1String("id"));
    read.text(QLatin1String("org_id"), UserField::Organization);
    read.text(QLatin1String("account_id"), UserField::AccountId);
    read.text(QLatin1String("name"), UserField::Name);
    read.text(QLatin1String("email"), UserField::Email);
    read.text(QLatin1String("job_position_name"), UserField::JobTitle);
    read.text(QLatin1String("job_position_description"), UserField::JobDescription);
    if (read.has(QLatin1String("state"))) {
        user.state = stateFromWire(Json::string(object, QLatin1String("state")));
        read.mark(UserField::State);
    }
    if (read.has(QLatin1String("roles"))) {
        for (const auto &role : object.value(QLatin1String("roles")).toArray())
            user.roles.append(role.toString());
        read.mark(UserField::Role);
    }
    read.dateTime(QLatin1String("created_at"), UserField::CreatedAt);
    return user;
}

User OrgAppDialect::userFromJson(const QJsonObject &object)
{
    return readUser(object);
}

template<typename Object> Project OrgAppDialect::readProject(const Object &object)
{
    Project project;
    project.id = Json::string(object, QLatin1String("id"));
    project.name = Json::string(object, QLatin1String("name"));
    project.goal = Json::string(object, QLatin1String("goal"));
    project.deadline = Json::dateTime(object, QLatin1String("deadline"));
    project.visibility = Json::string(object, QLatin1String("visibility"));
    project.memberCount = int(Json::count(object.value(QLatin1String("member_count"))).value_or(0));
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
