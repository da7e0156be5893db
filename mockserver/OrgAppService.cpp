#include "OrgAppService.h"

#include "SeedPeople.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {
const QString kPrefix = QStringLiteral("/api/v1/app");

MockResponse error(int status, const char *code, const QString &message)
{
    return MockResponse::json(
        status,
        QJsonDocument(QJsonObject{ { QLatin1String("error"),
                                     QJsonObject{ { QLatin1String("code"), QLatin1String(code) },
                                                  { QLatin1String("message"), message } } } }));
}

QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

// page/page_size as the reference documents them; nullopt and an error answer when invalid.
struct Paging {
    int page = 1;
    int pageSize = 20;
};
std::optional<Paging> paging(const MockRequest &request, MockResponse *refusal)
{
    Paging result;
    bool ok = true;
    if (request.query.hasQueryItem(QStringLiteral("page")))
        result.page = request.queryValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || result.page < 1) {
        *refusal = error(400, "invalid_request", QStringLiteral("page must be a positive integer"));
        return std::nullopt;
    }
    if (request.query.hasQueryItem(QStringLiteral("page_size")))
        result.pageSize = request.queryValue(QStringLiteral("page_size")).toInt(&ok);
    const int largest = OrgAppService::kind().maxPageSize;
    if (!ok || result.pageSize < 1 || result.pageSize > largest) {
        *refusal = error(400, "invalid_request",
                         QStringLiteral("page_size must be between 1 and %1").arg(largest));
        return std::nullopt;
    }
    return result;
}

QJsonObject pageOf(const QJsonArray &all, const Paging &paging)
{
    QJsonArray data;
    const qsizetype first = qsizetype(paging.page - 1) * paging.pageSize;
    for (qsizetype i = first; i < all.size() && i < first + paging.pageSize; ++i)
        data.append(all.at(i));
    return QJsonObject{ { QLatin1String("data"), data },
                        { QLatin1String("has_next_page"), first + paging.pageSize < all.size() },
                        { QLatin1String("has_previous_page"), paging.page > 1 },
                        { QLatin1String("total_count"), all.size() } };
}

const QStringList kRoles{ QStringLiteral("AppAdmin"), QStringLiteral("AppMember") };
} // namespace

OrgAppService::OrgAppService(MockHttpServer *server, QObject *parent) : MockService(parent)
{
    seed();
    addRoutes(server);
}

OrgAppService::OrgAppService(MockHttpServer *server, const Generated &generated, QObject *parent)
    : MockService(parent)
{
    generate(generated);
    addRoutes(server);
}

MockService::DemoAccount OrgAppService::demoAccount() const
{
    return DemoAccount{ serviceKind(), kind().displayName, m_token, m_org, QString() };
}

QJsonObject OrgAppService::user(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? QJsonObject() : m_users.at(index);
}

int OrgAppService::indexOf(const QString &id) const
{
    return int(m_users.indexOf(id));
}

QJsonObject OrgAppService::listShape(const QJsonObject &user) const
{
    // The list, get, create and update answers carry the list example's fields; /me adds the job.
    QJsonObject shape = user;
    shape.remove(QLatin1String("job_position_name"));
    shape.remove(QLatin1String("job_position_description"));
    return shape;
}

void OrgAppService::seed()
{
    QRandomGenerator random(0x0A11CE);
    // The reference page's own examples, verbatim.
    m_signedInUserId = QStringLiteral("user_4b7c2a1d9e5f3c8b");
    m_users.append(QJsonObject{ { QLatin1String("id"), m_signedInUserId },
                                { QLatin1String("org_id"), m_orgId },
                                { QLatin1String("account_id"), QStringLiteral("acct_6c8a1f3b2d4e5f7a") },
                                { QLatin1String("name"), QStringLiteral("Sasha Patel") },
                                { QLatin1String("email"), QStringLiteral("sasha@auroralabs.com") },
                                { QLatin1String("job_position_name"), QStringLiteral("Product Ops Lead") },
                                { QLatin1String("job_position_description"),
                                  QStringLiteral("Owns release coordination and analytics.") },
                                { QLatin1String("state"), QStringLiteral("Active") },
                                { QLatin1String("roles"), QJsonArray{ QStringLiteral("AppAdmin") } },
                                { QLatin1String("created_at"), QStringLiteral("2026-02-08T14:12:45Z") } });
    m_projects.insert(m_signedInUserId,
                      QJsonArray{ QJsonObject{
                          { QLatin1String("id"), QStringLiteral("proj_7a5c3e1b9d2f4a6c") },
                          { QLatin1String("name"), QStringLiteral("Customer Insights") },
                          { QLatin1String("goal"), QStringLiteral("Summarize weekly support trends.") },
                          { QLatin1String("deadline"), QStringLiteral("2026-03-01T00:00:00Z") },
                          { QLatin1String("visibility"), QStringLiteral("Private") },
                          { QLatin1String("member_count"), 4 },
                          { QLatin1String("default_member_role"), QStringLiteral("Editor") },
                          { QLatin1String("default_role_enabled"), true },
                          { QLatin1String("project_context"), QStringLiteral("Support analytics for Q1.") },
                          { QLatin1String("answer_context"), QStringLiteral("Use approved templates.") },
                          { QLatin1String("is_pinned"), true } } });
    m_artifacts.insert(
        m_signedInUserId,
        QJsonArray{ QJsonObject{ { QLatin1String("id"), QStringLiteral("artifact_2b4d6f8a1c3e5a7b") },
                                 { QLatin1String("project_id"), QStringLiteral("proj_7a5c3e1b9d2f4a6c") },
                                 { QLatin1String("name"), QStringLiteral("Q1 Support Summary") },
                                 { QLatin1String("type"), QStringLiteral("Document") },
                                 { QLatin1String("source"), QStringLiteral("User") },
                                 { QLatin1String("state"), QStringLiteral("Ready") },
                                 { QLatin1String("ingest_status"), QStringLiteral("Done") },
                                 { QLatin1String("has_content"), true },
                                 { QLatin1String("created_at"), QStringLiteral("2026-02-08T14:30:12Z") } } });
    seedIntegrations(random);

    const QList<SeedPerson> people = SeedPeople::generate(268, 0x0A11CE);
    for (int i = 0; i < people.size(); ++i) {
        const SeedPerson &person = people.at(i);
        const QString id = i == 1 ? QStringLiteral("user_9d1c3b5a7f2e4c6d")
                                  : QStringLiteral("user_") + SeedPeople::hexId(random);
        const bool inactive = person.traits % 100 < 15;
        const bool admin = (person.traits >> 8) % 100 < 10;
        m_users.append(QJsonObject{
            { QLatin1String("id"), id },
            { QLatin1String("org_id"), m_orgId },
            { QLatin1String("account_id"), QString(QStringLiteral("acct_") + SeedPeople::hexId(random)) },
            { QLatin1String("name"), person.name() },
            { QLatin1String("email"), person.email },
            { QLatin1String("state"), inactive ? QStringLiteral("Inactive") : QStringLiteral("Active") },
            { QLatin1String("roles"), QJsonArray{ admin ? kRoles.at(0) : kRoles.at(1) } },
            { QLatin1String("created_at"), isoTime(person.createdAt) } });
        addWork(id, person.traits, person.createdAt, random);
    }
}

void OrgAppService::addWork(const QString &id, quint32 traits, const QDateTime &createdAt,
                            QRandomGenerator &random)
{
    static const char *const projectWords[]
        = { "Onboarding", "Churn",  "Pricing", "Roadmap",   "Support", "Launch",
            "Compliance", "Hiring", "Partner", "Analytics", "Billing", "Security" };
    static const char *const projectKinds[]
        = { "Review", "Playbook", "Dashboard", "Research", "Plan", "Audit" };
    static const char *const visibilities[] = { "Private", "Org", "Public" };
    static const char *const artifactTypes[]
        = { "Document", "Spreadsheet", "Presentation", "Image", "Transcript" };
    static const char *const sources[] = { "User", "Integration", "Agent" };
    static const char *const states[] = { "Ready", "Ready", "Ready", "Processing", "Failed" };
    static const char *const ingest[] = { "Done", "Done", "Done", "Pending", "Error" };
    QJsonArray projects;
    const int projectCount = int((traits >> 16) % 31); // 0..30: some need a second page
    for (int p = 0; p < projectCount; ++p) {
        const QString name = QLatin1String(projectWords[random.bounded(12)]) + QLatin1Char(' ')
            + QLatin1String(projectKinds[random.bounded(6)]);
        projects.append(QJsonObject{
            { QLatin1String("id"), QString(QStringLiteral("proj_") + SeedPeople::hexId(random)) },
            { QLatin1String("name"), name },
            { QLatin1String("goal"),
              QStringLiteral("Ship the %1 by the end of the quarter.").arg(name.toLower()) },
            { QLatin1String("deadline"), isoTime(createdAt.addDays(30 + random.bounded(300))) },
            { QLatin1String("visibility"), QLatin1String(visibilities[random.bounded(3)]) },
            { QLatin1String("member_count"), 1 + random.bounded(12) },
            { QLatin1String("default_member_role"),
              random.bounded(2) ? QStringLiteral("Editor") : QStringLiteral("Viewer") },
            { QLatin1String("default_role_enabled"), random.bounded(2) == 1 },
            { QLatin1String("project_context"), QString(QStringLiteral("Context for %1.").arg(name)) },
            { QLatin1String("answer_context"), QStringLiteral("Cite sources from the project space.") },
            { QLatin1String("is_pinned"), random.bounded(5) == 0 } });
    }
    m_projects.insert(id, projects);
    QJsonArray artifacts;
    const int artifactCount = int((traits >> 24) % 9); // 0..8
    for (int a = 0; a < artifactCount && !projects.isEmpty(); ++a) {
        const QJsonObject project = projects.at(random.bounded(int(projects.size()))).toObject();
        const int pick = random.bounded(5);
        artifacts.append(QJsonObject{
            { QLatin1String("id"), QString(QStringLiteral("artifact_") + SeedPeople::hexId(random)) },
            { QLatin1String("project_id"), project.value(QLatin1String("id")) },
            { QLatin1String("name"),
              QString(project.value(QLatin1String("name")).toString()
                      + QStringLiteral(" notes %1").arg(a + 1)) },
            { QLatin1String("type"), QLatin1String(artifactTypes[random.bounded(5)]) },
            { QLatin1String("source"), QLatin1String(sources[random.bounded(3)]) },
            { QLatin1String("state"), QLatin1String(states[pick]) },
            { QLatin1String("ingest_status"), QLatin1String(ingest[pick]) },
            { QLatin1String("has_content"), pick < 3 },
            { QLatin1String("created_at"), isoTime(createdAt.addDays(random.bounded(200))) } });
    }
    m_artifacts.insert(id, artifacts);
}

void OrgAppService::generate(const Generated &generated)
{
    if (!generated.credential.isEmpty())
        m_token = generated.credential;
    QRandomGenerator random(generated.seed);
    const QList<SeedPerson> people = SeedPeople::varied(qMax(1, generated.users), generated.seed);
    m_users.reserve(people.size());
    m_pendingWork.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const SeedPerson &person = people.at(i);
        const QString id
            = QStringLiteral("user_") + SeedPeople::hex(SeedPeople::scramble(i, generated.seed, 64), 16);
        const QString account = QStringLiteral("acct_")
            + SeedPeople::hex(SeedPeople::scramble(i, ~quint64(generated.seed), 64), 16);
        // The first four take every role and state once; the first of all is the signed-in admin.
        const bool inactive = i < 4 ? i >= 2 : person.traits % 100 < 15;
        const bool admin = i < 4 ? i % 2 == 0 : (person.traits >> 8) % 100 < 10;
        QJsonObject user{ { QLatin1String("id"), id },
                          { QLatin1String("org_id"), m_orgId },
                          { QLatin1String("account_id"), account },
                          { QLatin1String("name"), person.name() },
                          { QLatin1String("email"), person.email },
                          { QLatin1String("state"),
                            inactive ? QStringLiteral("Inactive") : QStringLiteral("Active") },
                          { QLatin1String("roles"), QJsonArray{ admin ? kRoles.at(0) : kRoles.at(1) } },
                          { QLatin1String("created_at"), isoTime(person.createdAt) } };
        if (i == 0) {
            m_signedInUserId = id;
            user.insert(QLatin1String("job_position_name"), QStringLiteral("Directory Administrator"));
            user.insert(QLatin1String("job_position_description"),
                        QStringLiteral("Keeps the organization's accounts in order."));
        }
        m_users.append(user);
        // Projects and artifacts for 100,000 users would be millions of objects: each user's are
        // made when first asked for, from a seed of their own, so they are the same every run.
        m_pendingWork.insert(
            id, Work{ person.traits, person.createdAt, generated.seed ^ quint32(i * 2654435761u) });
    }
    seedIntegrations(random);
}

const QJsonArray &OrgAppService::projectsOf(const QString &id)
{
    const auto work = m_pendingWork.constFind(id);
    if (work != m_pendingWork.constEnd()) {
        QRandomGenerator random(work->seed);
        const Work made = *work;
        m_pendingWork.erase(work);
        addWork(id, made.traits, made.createdAt, random);
    }
    return m_projects[id];
}

const QJsonArray &OrgAppService::artifactsOf(const QString &id)
{
    projectsOf(id); // made together
    return m_artifacts[id];
}

void OrgAppService::seedIntegrations(QRandomGenerator &random)
{
    m_integrations = QJsonArray{
        QJsonObject{ { QLatin1String("id"), QStringLiteral("conf_8a7b6c5d4e3f2a1b") },
                     { QLatin1String("user_id"), m_signedInUserId },
                     { QLatin1String("org_id"), m_orgId },
                     { QLatin1String("type"), QStringLiteral("Confluence") },
                     { QLatin1String("created_at"), QStringLiteral("2026-02-05T09:10:00Z") },
                     { QLatin1String("updated_at"), QStringLiteral("2026-02-08T10:02:11Z") } },
    };
    for (const char *type : { "Slack", "GoogleDrive", "Jira" }) {
        m_integrations.append(QJsonObject{
            { QLatin1String("id"), QString(QStringLiteral("intg_") + SeedPeople::hexId(random)) },
            { QLatin1String("user_id"), m_signedInUserId },
            { QLatin1String("org_id"), m_orgId },
            { QLatin1String("type"), QLatin1String(type) },
            { QLatin1String("created_at"),
              QStringLiteral("2026-01-1%1T08:00:00Z").arg(m_integrations.size()) },
            { QLatin1String("updated_at"),
              QStringLiteral("2026-02-1%1T16:45:00Z").arg(m_integrations.size()) } });
    }
}

std::optional<MockResponse> OrgAppService::refuse(const MockRequest &request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || QString::fromUtf8(authorization.mid(7)) != m_token)
        return error(401, "unauthorized", QStringLiteral("Missing or invalid API token."));
    const QString org = QString::fromUtf8(request.header("x-org"));
    if (org.isEmpty())
        return error(403, "forbidden", QStringLiteral("The x-org header is required."));
    if (org != m_org)
        return error(403, "forbidden",
                     QStringLiteral("The token has no access to organization \"%1\".").arg(org));
    return std::nullopt;
}

void OrgAppService::addRoutes(MockHttpServer *server)
{
    const auto guarded = [this](auto handler) {
        return [this, handler](const MockRequest &request) -> MockResponse {
            if (const auto refusal = refuse(request))
                return *refusal;
            return handler(request);
        };
    };

    server->route("GET", kPrefix + QStringLiteral("/me"), guarded([this](const MockRequest &) {
                      return MockResponse::json(200, QJsonDocument(m_users.at(indexOf(m_signedInUserId))));
                  }));

    server->route(
        "GET", kPrefix + QStringLiteral("/user"), guarded([this](const MockRequest &request) {
            MockResponse refusal;
            const auto page = paging(request, &refusal);
            if (!page)
                return refusal;
            // A slice of the directory, whatever its size: no copy of the rest.
            const qsizetype total = m_users.size();
            const qsizetype first = qsizetype(page->page - 1) * page->pageSize;
            QJsonArray data;
            for (qsizetype i = first; i < total && i < first + page->pageSize; ++i)
                data.append(listShape(m_users.at(i)));
            return MockResponse::json(
                200,
                QJsonDocument(QJsonObject{ { QLatin1String("data"), data },
                                           { QLatin1String("has_next_page"), first + page->pageSize < total },
                                           { QLatin1String("has_previous_page"), page->page > 1 },
                                           { QLatin1String("total_count"), total } }));
        }));

    // Created users answer 201: the reference shows the body, not the status; clients take any 2xx.
    server->route(
        "POST", kPrefix + QStringLiteral("/user"), guarded([this](const MockRequest &request) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return error(400, "invalid_request", QStringLiteral("The body is not a JSON object."));
            const QJsonObject body = document.object();
            const QJsonObject info = body.value(QLatin1String("user_info")).toObject();
            const QString accountId = body.value(QLatin1String("account_id")).toString().trimmed();
            const QString role = body.value(QLatin1String("role")).toString();
            const QString email = info.value(QLatin1String("email")).toString().trimmed();
            if (accountId.isEmpty())
                return error(400, "invalid_request", QStringLiteral("account_id is required."));
            if (email.isEmpty())
                return error(400, "invalid_request", QStringLiteral("user_info.email is required."));
            if (!kRoles.contains(role))
                return error(400, "invalid_role",
                             QStringLiteral("Invalid role \"%1\": use AppAdmin or AppMember.").arg(role));
            for (const QJsonObject &user : m_users.all()) {
                if (user.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
                    return error(409, "duplicate_email",
                                 QStringLiteral("A user with the email %1 already exists.").arg(email));
                if (user.value(QLatin1String("account_id")).toString() == accountId)
                    return error(
                        409, "duplicate_account",
                        QStringLiteral("The account %1 is already linked to a user.").arg(accountId));
            }
            QString name = info.value(QLatin1String("name")).toString().trimmed();
            if (name.isEmpty())
                name = QString(info.value(QLatin1String("given_name")).toString() + QLatin1Char(' ')
                               + info.value(QLatin1String("family_name")).toString())
                           .trimmed();
            QRandomGenerator random(quint32(qHash(email)));
            const QString id = QStringLiteral("user_") + SeedPeople::hexId(random);
            const QJsonObject user{ { QLatin1String("id"), id },
                                    { QLatin1String("org_id"), m_orgId },
                                    { QLatin1String("account_id"), accountId },
                                    { QLatin1String("name"), name },
                                    { QLatin1String("email"), email },
                                    { QLatin1String("state"), QStringLiteral("Active") },
                                    { QLatin1String("roles"), QJsonArray{ role } },
                                    { QLatin1String("created_at"),
                                      isoTime(QDateTime::currentDateTimeUtc()) } };
            m_users.append(user);
            m_projects.insert(id, QJsonArray());
            m_artifacts.insert(id, QJsonArray());
            return MockResponse::json(201, QJsonDocument(user));
        }));

    // Registered before user/{id} so "integrations" is not taken for an id.
    server->route("GET", kPrefix + QStringLiteral("/user/integrations"), guarded([this](const MockRequest &) {
                      return MockResponse::json(200, QJsonDocument(m_integrations));
                  }));

    const QString userPath = kPrefix + QStringLiteral("/user/([^/]+)");
    server->route("GET", userPath, guarded([this](const MockRequest &request) {
                      const int index = indexOf(request.captures.value(0));
                      if (index < 0)
                          return error(404, "not_found", QStringLiteral("User not found."));
                      return MockResponse::json(200, QJsonDocument(listShape(m_users.at(index))));
                  }));

    server->route(
        "PUT", userPath, guarded([this](const MockRequest &request) {
            const int index = indexOf(request.captures.value(0));
            if (index < 0)
                return error(404, "not_found", QStringLiteral("User not found."));
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return error(400, "invalid_request", QStringLiteral("The body is not a JSON object."));
            const QJsonObject body = document.object();
            QJsonObject user = m_users.at(index);
            if (body.contains(QLatin1String("role"))) {
                const QString role = body.value(QLatin1String("role")).toString();
                if (!kRoles.contains(role))
                    return error(400, "invalid_role",
                                 QStringLiteral("Invalid role \"%1\": use AppAdmin or AppMember.").arg(role));
                user.insert(QLatin1String("roles"), QJsonArray{ role });
            }
            if (body.contains(QLatin1String("name")))
                user.insert(QLatin1String("name"), body.value(QLatin1String("name")).toString());
            m_users.replace(index, user);
            return MockResponse::json(200, QJsonDocument(listShape(user)));
        }));

    const auto setState = [this, guarded](const QString &state) {
        return guarded([this, state](const MockRequest &request) {
            const int index = indexOf(request.captures.value(0));
            if (index < 0)
                return error(404, "not_found", QStringLiteral("User not found."));
            QJsonObject user = m_users.at(index);
            user.insert(QLatin1String("state"), state);
            m_users.replace(index, user);
            return MockResponse::json(
                200,
                QJsonDocument(QJsonObject{ { QLatin1String("id"), request.captures.value(0) },
                                           { QLatin1String("state"), state } }));
        });
    };
    server->route("POST", userPath + QStringLiteral("/activate"), setState(QStringLiteral("Active")));
    server->route("POST", userPath + QStringLiteral("/deactivate"), setState(QStringLiteral("Inactive")));

    server->route("GET", userPath + QStringLiteral("/project"), guarded([this](const MockRequest &request) {
                      const QString id = request.captures.value(0);
                      if (indexOf(id) < 0)
                          return error(404, "not_found", QStringLiteral("User not found."));
                      MockResponse refusal;
                      const auto page = paging(request, &refusal);
                      if (!page)
                          return refusal;
                      return MockResponse::json(200, QJsonDocument(pageOf(projectsOf(id), *page)));
                  }));

    server->route("GET", userPath + QStringLiteral("/latest-artifacts"),
                  guarded([this](const MockRequest &request) {
                      const QString id = request.captures.value(0);
                      if (indexOf(id) < 0)
                          return error(404, "not_found", QStringLiteral("User not found."));
                      return MockResponse::json(200, QJsonDocument(artifactsOf(id)));
                  }));
}
