#pragma once

#include "MockHttpServer.h"
#include "MockService.h"
#include "MockUserStore.h"
#include "PaprDialect.h"
#include "ServiceRegistry.h"

struct SeedPerson;

// Papr Memory's users (api/papr-memory-users.txt and the published spec): an API key, session
// token or Bearer token; page/page_size with a total; email and external_id filters; PUT with any
// subset of fields; delete by id or external id; a batch create answering 207 when some rows
// fail; FastAPI's {"detail": ...} errors.
class PaprService : public MockService {
    Q_OBJECT

public:
    // Who this stands in for, as Roster declares the service (name, id, page-size limit).
    static const ServiceKind &kind() { return PaprDialect::serviceKind(); }
    static QString serviceKind() { return kind().id; }
    static QString defaultToken() { return QStringLiteral("demo-papr-key"); }

    explicit PaprService(MockHttpServer *server, QObject *parent = nullptr);
    PaprService(MockHttpServer *server, const Generated &generated, QObject *parent = nullptr);

    int userCount() const { return int(m_users.size()); }
    QJsonObject user(const QString &id) const;
    DemoAccount demoAccount() const override;

private:
    void seed();
    void generate(const Generated &generated);
    static QJsonObject userFrom(const SeedPerson &person, const QString &userId, int number,
                                const QString &type);
    void addRoutes(MockHttpServer *server);
    int indexOf(const QString &id) const;
    int indexOfExternal(const QString &externalId) const;
    // The first problem with a user's fields: {status, location, message}; nullopt when fine.
    struct Problem {
        int status;
        QString field;
        QString message;
    };
    std::optional<Problem> problemWith(const QJsonObject &fields, bool creating,
                                       const QString &exceptId) const;
    QJsonObject createFrom(const QJsonObject &fields);
    QJsonObject answer(const QJsonObject &user) const;

    QString m_token = defaultToken();
    MockUserStore m_users{ QStringLiteral("user_id") };
};
