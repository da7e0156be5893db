#include "ProxyRouting.h"

#include "NetworkLogging.h"
#include "TextSafety.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxyQuery>
#include <QRegularExpression>

namespace {
QString readEnvironment(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

// The first of `names` that is set and not empty.
QString firstSet(const EnvironmentReader &environment, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = environment(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

QString withoutBrackets(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}
} // namespace

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(defaultPort));
}

std::optional<QNetworkProxy> parseProxyUrl(const QString &text, QString *problem)
{
    const auto fail = [problem](const QString &why) -> std::optional<QNetworkProxy> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate(
            "ProxyRouting", "Enter the proxy as http://host:port or socks5://host:port."));
    if (containsControlCharacters(trimmed))
        return fail(QCoreApplication::translate(
            "ProxyRouting", "The proxy must not contain line breaks or other control characters."));
    // Without a scheme, "proxy:3128" would read as scheme "proxy": an http proxy is meant.
    const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed,
                   QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(QCoreApplication::translate(
            "ProxyRouting", "The proxy must be an address such as http://proxy.example.com:3128."));
    if (!url.userInfo().isEmpty())
        return fail(QCoreApplication::translate(
            "ProxyRouting",
            "The proxy address must not contain a user name or password (user:password@): "
            "Roster would have to keep them in the settings file."));
    const QString path = url.path();
    if ((!path.isEmpty() && path != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return fail(
            QCoreApplication::translate("ProxyRouting",
                                        "The proxy address is only a scheme, a host and a port, such as "
                                        "http://proxy.example.com:3128."));
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else
        return fail(QCoreApplication::translate("ProxyRouting",
                                                "Roster speaks to http:// and socks5:// proxies, not %1://.")
                        .arg(scheme));
    const int port = url.port(type == QNetworkProxy::HttpProxy ? 8080 : 1080);
    return QNetworkProxy(type, url.host(), quint16(port));
}

bool noProxyMatches(const QString &noProxy, const QString &host, int port)
{
    const QString peer = withoutBrackets(host.trimmed().toLower());
    QString peerName = peer;
    while (peerName.endsWith(QLatin1Char('.')))
        peerName.chop(1);
    if (peerName.isEmpty())
        return false;
    const QHostAddress peerAddress(peerName);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = noProxy.toLower().split(separators, Qt::SkipEmptyParts);
    for (QString entry : entries) {
        if (entry == QLatin1String("*"))
            return true;
        // "host:port" and "[v6]:port" name one port; a bare IPv6 address has colons of its own.
        int entryPort = -1;
        if (entry.startsWith(QLatin1Char('['))) {
            const qsizetype close = entry.indexOf(QLatin1Char(']'));
            if (close < 0)
                continue;
            if (close + 1 < entry.size() && entry.at(close + 1) == QLatin1Char(':'))
                entryPort = entry.mid(close + 2).toInt();
            entry = entry.mid(1, close - 1);
        } else if (entry.count(QLatin1Char(':')) == 1) {
            const qsizetype colon = entry.indexOf(QLatin1Char(':'));
            bool ok = false;
            entryPort = entry.mid(colon + 1).toInt(&ok);
            if (!ok)
                continue;
            entry.truncate(colon);
        }
        if (entryPort >= 0 && entryPort != port)
            continue;
        if (const QHostAddress address(entry); !address.isNull()) {
            if (!peerAddress.isNull() && address.isEqual(peerAddress))
                return true;
            continue;
        }
        // "*.example.com", ".example.com" and "example.com" all mean the domain and below it.
        if (entry.startsWith(QLatin1String("*.")))
            entry.remove(0, 1);
        while (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        while (entry.endsWith(QLatin1Char('.')))
            entry.chop(1);
        if (entry.isEmpty())
            continue;
        if (peerName == entry || peerName.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> environmentProxyFor(const QUrl &url, const EnvironmentReader &environment)
{
    const QString scheme = url.scheme().toLower();
    QString value;
    if (scheme == QLatin1String("https"))
        value = firstSet(environment, { "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" });
    else if (scheme == QLatin1String("http"))
        // Only the lower-case http_proxy: HTTP_PROXY can be set by a CGI request's "Proxy:" header.
        value = firstSet(environment, { "http_proxy", "all_proxy", "ALL_PROXY" });
    if (value.isEmpty())
        return std::nullopt;
    if (noProxyMatches(firstSet(environment, { "no_proxy", "NO_PROXY" }), url.host(),
                       url.port(scheme == QLatin1String("https") ? 443 : 80)))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QString problem;
    if (std::optional<QNetworkProxy> proxy = parseProxyUrl(value, &problem))
        return proxy;
    // A broken setting is not a reason to go direct where a company requires the proxy.
    qCWarning(lcNetwork).noquote() << "the proxy in the environment is not usable:" << problem;
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("invalid.invalid"), 9);
}

ProxyRouter *ProxyRouter::installOn(QNetworkAccessManager *manager)
{
    if (!manager)
        return nullptr;
    if (auto *router = dynamic_cast<ProxyRouter *>(manager->proxyFactory()))
        return router;
    auto *router = new ProxyRouter;
    manager->setProxyFactory(router); // the manager owns it
    return router;
}

void ProxyRouter::route(const ConnectionProfile &profile)
{
    Choice choice;
    choice.mode = profile.proxyMode;
    if (choice.mode == ConnectionProfile::ProxyMode::Manual) {
        const std::optional<QNetworkProxy> proxy = parseProxyUrl(profile.proxyUrl);
        // Validated before a connection opens; should it still not parse, never go direct.
        choice.proxy
            = proxy.value_or(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("invalid.invalid"), 9));
    }
    QMutexLocker lock(&m_mutex);
    m_routes.insert(profile.origin(), choice);
}

void ProxyRouter::setEnvironment(EnvironmentReader environment)
{
    QMutexLocker lock(&m_mutex);
    m_environment = std::move(environment);
}

QList<QNetworkProxy> ProxyRouter::queryProxy(const QNetworkProxyQuery &query)
{
    Choice choice;
    {
        QMutexLocker lock(&m_mutex);
        choice = m_routes.value(originOf(query.url()));
    }
    switch (choice.mode) {
    case ConnectionProfile::ProxyMode::None:
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    case ConnectionProfile::ProxyMode::Manual:
        return { choice.proxy };
    case ConnectionProfile::ProxyMode::System:
        break;
    }
    return systemProxyFor(query);
}

QList<QNetworkProxy> ProxyRouter::systemProxyFor(const QNetworkProxyQuery &query) const
{
    EnvironmentReader environment;
    {
        QMutexLocker lock(&m_mutex);
        environment = m_environment;
    }
    if (!environment)
        environment = readEnvironment;
    if (std::optional<QNetworkProxy> proxy = environmentProxyFor(query.url(), environment))
        return { *proxy };
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(query);
    if (proxies.isEmpty())
        proxies << QNetworkProxy(QNetworkProxy::NoProxy);
    return proxies;
}
