#pragma once

#include "MockHttpServer.h"
#include "MockService.h"
#include "MockUserStore.h"
#include "RestV1Dialect.h"
#include "ServiceRegistry.h"

struct SeedPerson;

// The plain REST users API of api/rest-v1-users.txt: Bearer token, page/limit paging with a
// pagination block, role/status/search filters, PATCH, DELETE, and the
// {success:false, error:{code, message, field}} envelope.
class RestV1Service : public MockService {
    Q_OBJECT

public:
    // Who this stands in for, as Roster declares the service (name, id, page-size limit).
    static const ServiceKind &kind() { return RestV1Dialect::serviceKind(); }
    static QString serviceKind() { return kind().id; }
    static QString defaultToken() { return QStringLiteral("demo-rest-token"); }

    explicit RestV1Service(MockHttpServer *server, QObject *parent = nullptr);
    RestV1Service(MockHttpServer *server, const Generated &generated, QObject *parent = nullptr);

    QString token() const { return m_token; }
    int userCount() const { return int(m_users.size()); }
    QJsonObject user(const QString &id) const;
    DemoAccount demoAccount() const override;

private:
    void seed();
    void generate(const Generated &generated);
    QJsonObject userFrom(const SeedPerson &person, const QString &role, const QString &status);
    void addRoutes(MockHttpServer *server);
    int indexOf(const QString &id) const;
    // The first problem with a user's fields, as an error answer; nullopt when they are fine.
    std::optional<MockResponse> invalid(const QJsonObject &fields, bool creating,
                                        const QString &exceptId) const;

    QString m_token = defaultToken();
    MockUserStore m_users; // name and email folded for search
    int m_nextId = 1000;
};
