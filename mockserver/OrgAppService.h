#pragma once

#include "MockHttpServer.h"
#include "MockService.h"
#include "MockUserStore.h"
#include "OrgAppDialect.h"
#include "ServiceRegistry.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>

class QRandomGenerator;

// The org-scoped "app" users API of api/org-app-users.txt, faithfully: every endpoint, its JSON
// shapes, page/page_size paging, Bearer token plus x-org checks, and its error cases.
// The reference page shows no error body; this stand-in answers
// {"error": {"code": "...", "message": "..."}} (codes unauthorized, forbidden, not_found,
// invalid_role, duplicate_email, duplicate_account, invalid_request).
class OrgAppService : public MockService {
    Q_OBJECT

public:
    // Who this stands in for, as Roster declares the service (name, id, page-size limit).
    static const ServiceKind &kind() { return OrgAppDialect::serviceKind(); }
    static QString serviceKind() { return kind().id; }
    static QString defaultToken() { return QStringLiteral("demo-org-token"); }
    static QString defaultOrg() { return QStringLiteral("aurora-labs"); }

    // Registers the routes on `server` and seeds the directory.
    explicit OrgAppService(MockHttpServer *server, QObject *parent = nullptr);
    // A generated directory; its first user is the signed-in one (an AppAdmin).
    OrgAppService(MockHttpServer *server, const Generated &generated, QObject *parent = nullptr);

    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    QString org() const { return m_org; }
    void setOrg(const QString &org) { m_org = org; }
    QString signedInUserId() const { return m_signedInUserId; }
    int userCount() const { return int(m_users.size()); }
    QJsonObject user(const QString &id) const;

    DemoAccount demoAccount() const override;

private:
    // What a generated user's projects and artifacts are made from, when they are first asked for.
    struct Work {
        quint32 traits;
        QDateTime createdAt;
        quint32 seed;
    };

    void seed();
    void generate(const Generated &generated);
    void seedIntegrations(QRandomGenerator &random);
    void addWork(const QString &id, quint32 traits, const QDateTime &createdAt, QRandomGenerator &random);
    const QJsonArray &projectsOf(const QString &id);
    const QJsonArray &artifactsOf(const QString &id);
    void addRoutes(MockHttpServer *server);
    // Checks the credential and the org; answers the refusal, or nullopt when allowed.
    std::optional<MockResponse> refuse(const MockRequest &request) const;
    int indexOf(const QString &id) const;
    QJsonObject listShape(const QJsonObject &user) const;

    QString m_token = defaultToken();
    QString m_org = defaultOrg();
    QString m_orgId = QStringLiteral("org_2f3a9d1c7b5e4a8f");
    QString m_signedInUserId;
    MockUserStore m_users{ QStringLiteral("id") }; // creation order
    QHash<QString, QJsonArray> m_projects; // by user id
    QHash<QString, QJsonArray> m_artifacts; // by user id
    QHash<QString, Work> m_pendingWork; // by user id: generated users' work not made yet
    QJsonArray m_integrations; // the signed-in user's
};
