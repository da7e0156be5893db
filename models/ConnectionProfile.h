#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A saved connection. Never holds a secret: the credential lives in the OS keychain under
// secretKey(), and a base URL never keeps a user:password part.
struct ConnectionProfile {
    QString id; // stable, generated once; keys the keychain entry
    QString name;
    QUrl baseUrl;
    QString serviceKind; // an id from network's ServiceRegistry
    QString organization; // tenant / org slug where the service scopes by one
    QString authMethod; // an id from the service kind's auth methods; empty = its default
    QString apiPrefix; // path prefix where the service lets one vary; empty = its default
    QString username; // for services that sign in with a username and password
    int pageSize = 50;
    int timeoutSeconds = 30; // silence: no byte for this long fails a request
    int deadlineSeconds = 120; // a whole request, retries included
    int concurrentRequests = 4; // at once in a bulk change or an import
    bool verifyTls = true;
    // The admin confirmed sending the credential over plain http:// to a host that is not this
    // machine. Asked for, never assumed.
    bool allowPlainHttp = false;

    // How requests of this profile reach the server. System: the desktop's proxy settings and
    // http_proxy/https_proxy/no_proxy; None: always direct; Manual: proxyUrl.
    enum class ProxyMode { System, None, Manual };
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyUrl; // Manual only: "http://host:port" or "socks5://host:port", never user:password
    // A PEM file of CA certificates trusted for this profile's requests only (an internal CA).
    QString caCertificateFile;
    // The SHA-256 fingerprint of the one server certificate this profile trusts even though no
    // CA vouches for it: 64 lower-case hex digits (normalizeFingerprint()), empty for none. Not a
    // secret: anyone who connects sees the certificate.
    QString pinnedSha256;

    bool isValid() const { return !id.isEmpty() && baseUrl.isValid() && !serviceKind.isEmpty(); }
    QString secretKey() const { return QStringLiteral("profile/") + id; }
    // "https://host:port": a saved credential belongs to this; when it changes, ask again.
    QString origin() const;
    // Plain http:// to a host other than this machine: the credential would cross the network
    // unencrypted.
    bool isPlainHttpToAnotherHost() const;
    static QString newId();

    // "AB:cd:..." or "abcd..." -> 64 lower-case hex digits; empty when it is not a SHA-256
    // fingerprint (wrong length, other characters).
    static QString normalizeFingerprint(const QString &text);
    // 64 hex digits -> "AB:CD:...:EF", as certificate viewers show it.
    static QString formatFingerprint(const QString &hex);
    static QString proxyModeKey(ProxyMode mode);
    static ProxyMode proxyModeFromKey(const QString &key);
};

Q_DECLARE_METATYPE(ConnectionProfile)
