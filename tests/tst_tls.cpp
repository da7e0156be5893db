// TLS fails closed: a server whose certificate cannot be verified gets no request, and the
// admin gets a message that says why; only a profile that turns verification off goes through.

#include "ApiClient.h"
#include "ErrorMapping.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

class TlsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateFailsClosed();
    void verificationOffReachesTheServer();

private:
    ApiResponse get(bool verifyTls);

    QNetworkAccessManager m_manager;
    QSslServer m_server;
    QByteArrayList m_requestsSeen;
};

void TlsTest::initTestCase()
{
    // Without a TLS backend nothing here could be checked, and the app could not reach an https
    // service at all: that is a broken build or install, never a reason to pass.
    QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend: install Qt's OpenSSL TLS plugin");
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QFile certFile(QStringLiteral(ROSTER_TEST_DATA_DIR "/tls/test-only.crt"));
    QFile keyFile(QStringLiteral(ROSTER_TEST_DATA_DIR "/tls/test-only.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray request = socket->readAll();
                m_requestsSeen << request;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                              "Connection: close\r\n\r\n{}");
                socket->disconnectFromHost();
            });
        }
    });
}

ApiResponse TlsTest::get(bool verifyTls)
{
    ClientOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    options.verifyTls = verifyTls;
    options.timeoutMs = 10000;
    options.maxRetries = 0;
    ApiClient client(&m_manager, options);
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/app/me");
    request.setHeader("Authorization", "Bearer do-not-leak");
    request.what = QStringLiteral("who am I");
    ApiJob *job = client.send(request);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    if (!finished.wait(15000))
        return ApiResponse();
    return finished.first().first().value<ApiResponse>();
}

void TlsTest::untrustedCertificateFailsClosed()
{
    m_requestsSeen.clear();
    const ApiResponse response = get(true);
    QCOMPARE(response.status, 0);
    QVERIFY(!response.sslErrors.isEmpty());
    const ApiError error = errorFromResponse(response, ServerMessage());
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QVERIFY2(error.message().contains(QStringLiteral("could not be verified")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                 || error.message().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(error.message()));
    QVERIFY(m_requestsSeen.isEmpty()); // not a byte of the request, nor its token, was sent
}

void TlsTest::verificationOffReachesTheServer()
{
    m_requestsSeen.clear();
    // As the app does when a connection is (re)opened: a changed TLS setting must not meet an
    // encrypted connection the manager set up under the old one.
    m_manager.clearConnectionCache();
    const ApiResponse response = get(false);
    QVERIFY2(response.status == 200,
             qPrintable(response.networkErrorString + response.sslErrors.join(QLatin1Char(';'))));
    QCOMPARE(m_requestsSeen.size(), 1);
    QVERIFY(m_requestsSeen.first().startsWith("GET /api/v1/app/me"));
}

QTEST_GUILESS_MAIN(TlsTest)
#include "tst_tls.moc"
