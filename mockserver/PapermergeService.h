#pragma once

#include "MockHttpServer.h"
#include "MockService.h"
#include "MockUserStore.h"
#include "PapermergeDialect.h"
#include "ServiceRegistry.h"

#include <QList>
#include <QSet>

// Papermerge core 2.1's users over JSON:API (api/papermerge-users.txt, the 2.1.9 spec, and the
// server's django-rest-framework-json-api behaviour): token sign-in, "Authorization: Token",
// {"data": ...} bodies, page[number]/page[size]/filter[search], trailing slashes, errors[] with
// source.pointer, and a plain-JSON change-password endpoint.
class PapermergeService : public MockService {
    Q_OBJECT

public:
    // Who this stands in for, as Roster declares the service (name, id, page-size limit).
    static const ServiceKind &kind() { return PapermergeDialect::serviceKind(); }
    static QString serviceKind() { return kind().id; }
    static QString adminUsername() { return QStringLiteral("admin"); }
    static QString adminPassword() { return QStringLiteral("demo-papermerge"); }

    explicit PapermergeService(MockHttpServer *server, const QString &prefix = QStringLiteral("/api"),
                               QObject *parent = nullptr);
    // A generated directory; its first user is `admin`, whose password is the credential, and the
    // credential itself is also a valid token ("Authorization: Token <credential>").
    PapermergeService(MockHttpServer *server, const Generated &generated,
                      const QString &prefix = QStringLiteral("/api"), QObject *parent = nullptr);

    int userCount() const { return int(m_users.size()); }
    QJsonObject user(const QString &id) const;
    QString passwordOf(const QString &id) const { return m_passwords.value(id); }
    void revokeTokens() { m_tokens.clear(); }
    DemoAccount demoAccount() const override;

private:
    void seed();
    void generate(const Generated &generated);
    void addRoutes(MockHttpServer *server, const QString &prefix);
    int indexOf(const QString &id) const;
    // A user as JSON:API shows it; users are stored in this shape, so a page only shares them.
    static QJsonObject resource(const QString &id, const QJsonObject &attributes, const QString &inbox,
                                const QString &home);
    QString newFolderId();

    // Stored as JSON:API resources; username, names and email folded for search.
    MockUserStore m_users;
    QHash<QString, QString> m_passwords; // by user id
    QSet<QString> m_tokens;
    QString m_adminId;
    int m_nextFolder = 100;
};
