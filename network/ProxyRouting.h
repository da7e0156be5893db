#pragma once

#include "ConnectionProfile.h"

#include <QHash>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <functional>
#include <optional>

class QNetworkAccessManager;

// "http://host:port" or "socks5://host:port" as a proxy; nullopt with `problem` set when it is
// not one (another scheme, no host or port, a user:password part, control characters).
std::optional<QNetworkProxy> parseProxyUrl(const QString &text, QString *problem = nullptr);

// Whether a no_proxy / NO_PROXY list (comma or space separated, as curl reads it) exempts `host`
// (with `port`, for entries that name one) from the proxy: "*" exempts every host; "example.com"
// and ".example.com" exempt example.com and every name under it; an IP address only itself;
// "host:port" only that port.
bool noProxyMatches(const QString &noProxy, const QString &host, int port);

// Reads one environment variable; tests pass their own.
using EnvironmentReader = std::function<QString(const char *name)>;

// The proxy the environment names for a request to `url` (https_proxy for https, http_proxy for
// http, all_proxy for both; lower-case names first), after no_proxy: NoProxy when no_proxy exempts
// the host, nullopt when the environment names no proxy for this scheme at all.
std::optional<QNetworkProxy> environmentProxyFor(const QUrl &url, const EnvironmentReader &environment);

// The proxy factory of the application's one QNetworkAccessManager. Every open connection shares
// that manager, so the factory chooses by the request's origin (scheme, host, port) what that
// connection's profile asked for: its manual proxy, no proxy, or the system configuration. The
// system configuration is http_proxy/https_proxy/all_proxy with no_proxy read as curl reads it
// (Qt 6.4 on Debian reads these through libproxy, which ignores "*" and does not exempt
// sub-domains of "example.com"), and otherwise Qt's own answer (the desktop's settings, or a
// proxy the program set for the whole application).
class ProxyRouter : public QNetworkProxyFactory {
public:
    ProxyRouter() = default;

    // The router on `manager`, installed (and owned by the manager) if it has none yet.
    static ProxyRouter *installOn(QNetworkAccessManager *manager);

    // Requests to `profile`'s origin follow its proxy choice from now on.
    void route(const ConnectionProfile &profile);
    void setEnvironment(EnvironmentReader environment);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // What "system" means for `query`, without any profile's choice.
    QList<QNetworkProxy> systemProxyFor(const QNetworkProxyQuery &query) const;

private:
    struct Choice {
        ConnectionProfile::ProxyMode mode = ConnectionProfile::ProxyMode::System;
        QNetworkProxy proxy;
    };

    mutable QMutex m_mutex; // queryProxy() may be asked from the manager's HTTP thread
    QHash<QString, Choice> m_routes; // origin -> choice
    EnvironmentReader m_environment;
};

// "https://host:443": the origin key of a URL, as ConnectionProfile::origin() spells it.
QString originOf(const QUrl &url);
