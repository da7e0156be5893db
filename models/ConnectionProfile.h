#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A saved connection. Never holds a secret: the credential lives in the OS keychain under
// secretKey().
struct ConnectionProfile {
    QString id; // stable, generated once; keys the keychain entry
    QString name;
    QUrl baseUrl;
    QString serviceKind; // an id from network's ServiceKinds
    QString organization; // tenant / org slug where the service scopes by one
    QString authMethod; // an id from the service kind's auth methods; empty = its default
    QString apiPrefix; // path prefix where the service lets one vary; empty = its default
    QString username; // for services that sign in with a username and password
    int pageSize = 50;
    int timeoutSeconds = 30;
    bool verifyTls = true;

    bool isValid() const { return !id.isEmpty() && baseUrl.isValid() && !serviceKind.isEmpty(); }
    QString secretKey() const { return QStringLiteral("profile/") + id; }
    static QString newId();
};

Q_DECLARE_METATYPE(ConnectionProfile)
