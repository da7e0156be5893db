#pragma once

#include "MockHttpServer.h"
#include "MockService.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

// The org-scoped "app" users API of api/org-app-users.txt, faithfully: every endpoint, its JSON
// shapes, page/page_size paging, Bearer token plus x-org checks, and its error cases.
// The reference page shows no error body; this stand-in answers
// {"error": {"code": "...", "message": "..."}} (codes unauthorized, forbidden, not_found,
// invalid_role, duplicate_email, duplicate_account, invalid_request).
class OrgAppService : public MockService {
    Q_OBJECT

public:
    static QString serviceKind() { return QStringLiteral("org-app"); }
    static QString defaultToken() { return QStringLiteral("demo-org-token"); }
    static QString defaultOrg() { return QStringLiteral("aurora-labs"); }

    // Registers the routes on `server` and seeds the directory.
    explicit OrgAppService(MockHttpServer *server, QObject *parent = nullptr);

    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    QString org() const { return m_org; }
    void setOrg(const QString &org) { m_org = org; }
    QString signedInUserId() const { return m_signedInUserId; }
    int userCount() const { return int(m_users.size()); }
    QJsonObject user(const QString &id) const;

    DemoAccount demoAccount() const override;

private:
    void seed();
    void addRoutes(MockHttpServer *server);
    // Checks the credential and the org; answers the refusal, or nullopt when allowed.
    std::optional<MockResponse> refuse(const MockRequest &request) const;
    int indexOf(const QString &id) const;
    QJsonObject listShape(const QJsonObject &user) const;

    QString m_token = defaultToken();
    QString m_org = defaultOrg();
    QString m_orgId = QStringLiteral("org_2f3a9d1c7b5e4a8f");
    QString m_signedInUserId;
    QList<QJsonObject> m_users; // creation order
    QHash<QString, QJsonArray> m_projects; // by user id
    QHash<QString, QJsonArray> m_artifacts; // by user id
    QJsonArray m_integrations; // the signed-in user's
};
