// Networks as companies have them: the system proxy (http_proxy/https_proxy with no_proxy) is
// honoured, and a profile can go direct or through a proxy of its own, all on the one shared
// QNetworkAccessManager. A tiny proxy started here records the request line it was asked for.

#include "ApiClient.h"
#include "Connection.h"
#include "ProxyRouting.h"
#include "SecretStore.h"
#include "TestCertificate.h"
#include "TlsTrust.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
const QByteArray kAnswerDirect = "{\"via\":\"direct\"}";
const QByteArray kAnswerProxy = "{\"via\":\"proxy\"}";

QByteArray answer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Answers every request with `body` once its head has arrived.
void serveOnce(QTcpSocket *socket, const QByteArray &body, QByteArrayList *seen)
{
    auto *buffer = new QByteArray;
    QObject::connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, body, seen, buffer] {
        buffer->append(socket->readAll());
        if (!buffer->contains("\r\n\r\n"))
            return;
        seen->append(buffer->left(buffer->indexOf("\r\n")));
        buffer->clear();
        socket->write(answer(body));
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}
} // namespace

class ProxyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noProxyMatches_data();
    void noProxyMatches();
    void proxyUrlsAreChecked_data();
    void proxyUrlsAreChecked();
    void systemProxyFromEnvironmentIsUsed();
    void noProxyBypassesTheSystemProxy();
    void profileWithoutProxyGoesDirect();
    void profileProxyIsUsed();
    void openingAConnectionRoutesItsProfile();
    void httpsGoesThroughAConnectTunnel();

private:
    ApiResponse get(const QUrl &base, const ClientOptions &extra = ClientOptions());
    ConnectionProfile profileFor(const QUrl &base) const;
    QString proxyAddress() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.serverPort()); }

    QNetworkAccessManager m_manager;
    ProxyRouter *m_router = nullptr;
    QTcpServer m_target; // the service, reached directly
    QTcpServer m_proxy; // answers plain requests itself, tunnels CONNECT to the asked host
    QSslServer m_tls; // a self-signed https service, reached through the tunnel
    QByteArrayList m_targetSeen;
    QByteArrayList m_proxySeen;
    QByteArrayList m_tlsSeen;
};

void ProxyTest::initTestCase()
{
    // The other suites switch proxies off application-wide; here the router decides, and each
    // test sets the environment it means.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
    m_router = ProxyRouter::installOn(&m_manager);
    QVERIFY(m_router);
    QCOMPARE(ProxyRouter::installOn(&m_manager), m_router); // one per manager

    QVERIFY(m_target.listen(QHostAddress::LocalHost, 0));
    connect(&m_target, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_target.nextPendingConnection())
            serveOnce(socket, kAnswerDirect, &m_targetSeen);
    });

    QVERIFY(m_proxy.listen(QHostAddress::LocalHost, 0));
    connect(&m_proxy, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_proxy.nextPendingConnection()) {
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QTcpSocket::readyRead, client, [this, client] {
                if (client->property("tunnel").toBool())
                    return;
                if (!client->canReadLine())
                    return;
                const QByteArray line = client->readLine().trimmed();
                m_proxySeen << line;
                if (!line.startsWith("CONNECT ")) {
                    client->readAll();
                    client->write(answer(kAnswerProxy));
                    client->disconnectFromHost();
                    return;
                }
                // CONNECT host:port HTTP/1.1: read the head, then pass bytes both ways.
                while (client->canReadLine() && client->readLine() != "\r\n") { }
                const QByteArray authority = line.split(' ').value(1);
                auto *upstream = new QTcpSocket(client);
                client->setProperty("tunnel", true);
                connect(upstream, &QTcpSocket::connected, client,
                        [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(client, &QTcpSocket::readyRead, upstream,
                        [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                upstream->connectToHost(QString::fromLatin1(authority.left(authority.lastIndexOf(':'))),
                                        quint16(authority.mid(authority.lastIndexOf(':') + 1).toUInt()));
            });
        }
    });

    const QSslConfiguration config = testServerTlsConfiguration();
    QVERIFY(!config.isNull());
    m_tls.setSslConfiguration(config);
    QVERIFY(m_tls.listen(QHostAddress::LocalHost, 0));
    connect(&m_tls, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_tls.nextPendingConnection())
            serveOnce(socket, kAnswerDirect, &m_tlsSeen);
    });
}

void ProxyTest::init()
{
    for (const char *name :
         { "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        qunsetenv(name);
    m_targetSeen.clear();
    m_proxySeen.clear();
    m_tlsSeen.clear();
    m_manager.clearConnectionCache();
}

void ProxyTest::cleanup()
{
    init();
}

ConnectionProfile ProxyTest::profileFor(const QUrl &base) const
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = QStringLiteral("Proxied");
    profile.serviceKind = QStringLiteral("rest-v1");
    profile.baseUrl = base;
    return profile;
}

ApiResponse ProxyTest::get(const QUrl &base, const ClientOptions &extra)
{
    ClientOptions options = extra;
    options.baseUrl = base;
    options.timeoutMs = 10000;
    options.maxRetries = 0;
    ApiClient client(&m_manager, options);
    ApiRequest request;
    request.path = QStringLiteral("/v1/users");
    request.what = QStringLiteral("the users");
    ApiJob *job = client.send(request);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    if (!finished.wait(15000))
        return ApiResponse();
    return finished.first().first().value<ApiResponse>();
}

void ProxyTest::noProxyMatches_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("exempt");
    QTest::newRow("empty") << ""
                           << "users.example.com" << 443 << false;
    QTest::newRow("star") << "*"
                          << "users.example.com" << 443 << true;
    QTest::newRow("exact host") << "users.example.com"
                                << "users.example.com" << 443 << true;
    QTest::newRow("domain covers sub-domains") << "example.com"
                                               << "users.example.com" << 443 << true;
    QTest::newRow("leading dot") << ".example.com"
                                 << "users.example.com" << 443 << true;
    QTest::newRow("leading dot, the domain itself") << ".example.com"
                                                    << "example.com" << 443 << true;
    QTest::newRow("star dot") << "*.example.com"
                              << "users.example.com" << 443 << true;
    QTest::newRow("not a suffix of a label") << "example.com"
                                             << "badexample.com" << 443 << false;
    QTest::newRow("list with spaces") << "localhost, intranet.corp ,example.com"
                                      << "a.example.com" << 80 << true;
    QTest::newRow("case") << "EXAMPLE.COM"
                          << "Users.Example.Com" << 80 << true;
    QTest::newRow("trailing dot of the host") << "example.com"
                                              << "users.example.com." << 80 << true;
    QTest::newRow("ip exact") << "10.0.0.1,127.0.0.1"
                              << "127.0.0.1" << 80 << true;
    QTest::newRow("ip differs") << "10.0.0.1"
                                << "10.0.0.10" << 80 << false;
    QTest::newRow("ipv6") << "::1"
                          << "::1" << 80 << true;
    QTest::newRow("ipv6 bracketed with port") << "[::1]:8080"
                                              << "::1" << 8080 << true;
    QTest::newRow("port matches") << "example.com:8443"
                                  << "users.example.com" << 8443 << true;
    QTest::newRow("port differs") << "example.com:8443"
                                  << "users.example.com" << 443 << false;
    QTest::newRow("other domain") << "example.org"
                                  << "users.example.com" << 443 << false;
}

void ProxyTest::noProxyMatches()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, exempt);
    QCOMPARE(::noProxyMatches(noProxy, host, port), exempt);
}

void ProxyTest::proxyUrlsAreChecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type"); // -1: refused
    QTest::newRow("http") << "http://proxy.corp:3128" << int(QNetworkProxy::HttpProxy);
    QTest::newRow("no scheme") << "proxy.corp:3128" << int(QNetworkProxy::HttpProxy);
    QTest::newRow("socks5") << "socks5://proxy.corp:1080" << int(QNetworkProxy::Socks5Proxy);
    QTest::newRow("credentials") << "http://me:secret@proxy.corp:3128" << -1;
    QTest::newRow("ftp") << "ftp://proxy.corp:21" << -1;
    QTest::newRow("path") << "http://proxy.corp:3128/x" << -1;
    QTest::newRow("line break") << "http://proxy.corp:3128\r\nX: y" << -1;
    QTest::newRow("empty") << "" << -1;
}

void ProxyTest::proxyUrlsAreChecked()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QString problem;
    const std::optional<QNetworkProxy> proxy = parseProxyUrl(text, &problem);
    QCOMPARE(proxy ? int(proxy->type()) : -1, type);
    QCOMPARE(problem.isEmpty(), type != -1);
    if (proxy)
        QCOMPARE(proxy->hostName(), QStringLiteral("proxy.corp"));
    ConnectionProfile profile;
    profile.proxyMode = ConnectionProfile::ProxyMode::Manual;
    profile.proxyUrl = text;
    QCOMPARE(validateNetworkOptions(profile).isEmpty(), type != -1);
}

void ProxyTest::systemProxyFromEnvironmentIsUsed()
{
    qputenv("http_proxy", proxyAddress().toLatin1());
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_target.serverPort()));
    const ApiResponse response = get(base);
    QCOMPARE(response.body, kAnswerProxy);
    QCOMPARE(m_proxySeen,
             QByteArrayList{ QStringLiteral("GET http://127.0.0.1:%1/v1/users HTTP/1.1")
                                 .arg(m_target.serverPort())
                                 .toLatin1() });
    QVERIFY(m_targetSeen.isEmpty());
}

void ProxyTest::noProxyBypassesTheSystemProxy()
{
    qputenv("http_proxy", proxyAddress().toLatin1());
    qputenv("no_proxy", "intranet.corp, 127.0.0.1");
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_target.serverPort()));
    QCOMPARE(get(base).body, kAnswerDirect);
    QVERIFY(m_proxySeen.isEmpty());
    QCOMPARE(m_targetSeen, QByteArrayList{ "GET /v1/users HTTP/1.1" });

    // A domain covers its hosts, as curl reads it (Qt 6.4's libproxy path did not).
    qputenv("no_proxy", "localhost");
    m_targetSeen.clear();
    QCOMPARE(get(QUrl(QStringLiteral("http://localhost:%1").arg(m_target.serverPort()))).body, kAnswerDirect);
    QVERIFY(m_proxySeen.isEmpty());
    qputenv("no_proxy", "*");
    QCOMPARE(get(base).body, kAnswerDirect);
    QVERIFY(m_proxySeen.isEmpty());
}

void ProxyTest::profileWithoutProxyGoesDirect()
{
    qputenv("http_proxy", proxyAddress().toLatin1());
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_target.serverPort()));
    ConnectionProfile profile = profileFor(base);
    profile.proxyMode = ConnectionProfile::ProxyMode::None;
    m_router->route(profile);
    QCOMPARE(get(base).body, kAnswerDirect);
    QVERIFY(m_proxySeen.isEmpty());
    // Back to the system's choice for this origin.
    profile.proxyMode = ConnectionProfile::ProxyMode::System;
    m_router->route(profile);
    m_manager.clearConnectionCache();
    QCOMPARE(get(base).body, kAnswerProxy);
}

void ProxyTest::profileProxyIsUsed()
{
    // No proxy in the environment, and one that exempts everything: the profile's own wins.
    qputenv("no_proxy", "*");
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_target.serverPort()));
    ConnectionProfile profile = profileFor(base);
    profile.proxyMode = ConnectionProfile::ProxyMode::Manual;
    profile.proxyUrl = proxyAddress();
    m_router->route(profile);
    QCOMPARE(get(base).body, kAnswerProxy);
    QCOMPARE(m_proxySeen.size(), 1);
    QVERIFY(m_proxySeen.first().startsWith("GET http://127.0.0.1:"));
    // Another origin is not this profile's: it still goes as the system says (direct).
    const QUrl other(QStringLiteral("http://localhost:%1").arg(m_target.serverPort()));
    QCOMPARE(get(other).body, kAnswerDirect);
    profile.proxyMode = ConnectionProfile::ProxyMode::System;
    m_router->route(profile);
}

void ProxyTest::openingAConnectionRoutesItsProfile()
{
    QNetworkAccessManager manager;
    MemorySecretStore memory;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_target.serverPort()));
    ConnectionProfile profile = profileFor(base);
    profile.proxyMode = ConnectionProfile::ProxyMode::Manual;
    profile.proxyUrl = proxyAddress();
    Connection connection(profile, &manager, nullptr, &memory);
    connection.open(QStringLiteral("token"));
    auto *router = dynamic_cast<ProxyRouter *>(manager.proxyFactory());
    QVERIFY2(router, "opening a connection installs the router on the shared manager");
    const QList<QNetworkProxy> proxies
        = router->queryProxy(QNetworkProxyQuery(base.resolved(QUrl(QStringLiteral("/v1/users")))));
    QCOMPARE(proxies.size(), 1);
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().port(), m_proxy.serverPort());
}

void ProxyTest::httpsGoesThroughAConnectTunnel()
{
    const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(m_tls.serverPort()));
    ConnectionProfile profile = profileFor(base);
    profile.proxyMode = ConnectionProfile::ProxyMode::Manual;
    profile.proxyUrl = proxyAddress();
    m_router->route(profile);
    ClientOptions options;
    options.pinnedSha256 = sha256Of(m_tls.sslConfiguration().localCertificate());
    const ApiResponse response = get(base, options);
    QVERIFY2(response.status == 200, qPrintable(response.networkErrorString + response.sslErrors.join(u';')));
    QCOMPARE(response.body, kAnswerDirect);
    QCOMPARE(
        m_proxySeen,
        QByteArrayList{ QStringLiteral("CONNECT 127.0.0.1:%1 HTTP/1.1").arg(m_tls.serverPort()).toLatin1() });
    QCOMPARE(m_tlsSeen, QByteArrayList{ "GET /v1/users HTTP/1.1" });
    profile.proxyMode = ConnectionProfile::ProxyMode::System;
    m_router->route(profile);
}

QTEST_GUILESS_MAIN(ProxyTest)
#include "tst_proxy.moc"
