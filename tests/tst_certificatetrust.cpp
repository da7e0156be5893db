// First contact with a self-signed server: the connection asks, the window shows the certificate
// with its fingerprint, and only a confirmation pins it in the saved profile and reconnects.

#include "CertificatePrompter.h"
#include "Connection.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TestCertificate.h"
#include "TlsTrust.h"
#include "TrustCertificateDialog.h"

#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

class CertificateTrustTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void confirmingPinsAndReconnects();
    void refusingLeavesItFailed();

private:
    ConnectionProfile savedProfile();
    QString serverSha256() const { return sha256Of(m_server.sslConfiguration().localCertificate()); }

    QSslServer m_server;
    QByteArrayList m_requestsSeen;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

void CertificateTrustTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    const QSslConfiguration config = testServerTlsConfiguration();
    QVERIFY(!config.isNull());
    m_server.setSslConfiguration(config);
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_requestsSeen << socket->readAll();
                const QByteArray body
                    = "{\"data\":{\"id\":\"1\",\"email\":\"admin@example.com\",\"name\":\"Admin\"}}";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        }
    });
    QVERIFY(m_dir.isValid());
}

void CertificateTrustTest::init()
{
    m_requestsSeen.clear();
    QFile::remove(m_dir.filePath(QStringLiteral("roster.conf")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("roster.conf")));
    ConnectionProfile profile;
    profile.id = QStringLiteral("self-signed");
    profile.name = QStringLiteral("Intranet <b>users</b>");
    profile.serviceKind = QStringLiteral("org-app");
    profile.organization = QStringLiteral("acme");
    profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    m_settings->saveProfile(profile);
}

ConnectionProfile CertificateTrustTest::savedProfile()
{
    return Settings(m_settings->fileName()).profile(QStringLiteral("self-signed"));
}

void CertificateTrustTest::confirmingPinsAndReconnects()
{
    QWidget window;
    QNetworkAccessManager manager;
    MemorySecretStore memory;
    CertificatePrompter prompter(&window, m_settings.get());
    Connection connection(m_settings->profile(QStringLiteral("self-signed")), &manager, nullptr, &memory);
    prompter.watch(&connection);
    connection.open(QStringLiteral("token"));

    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::AskingToTrustCertificate, 10000);
    QVERIFY(m_requestsSeen.isEmpty()); // nothing sent before the admin decides
    TrustCertificateDialog *dialog = prompter.dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Trust this certificate for \"Intranet <b>users</b>\"?"));
    auto *sha = dialog->findChild<QLabel *>(QStringLiteral("certificateSha256"));
    QVERIFY(sha);
    QCOMPARE(sha->textFormat(), Qt::PlainText);
    QCOMPARE(QString(sha->text()).replace(u'\n', u':'), ConnectionProfile::formatFingerprint(serverSha256()));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("certificateSubject"))->text(),
             QStringLiteral("CN=127.0.0.1"));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("certificateNotAfter"))->text().isEmpty());
    for (QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    QVERIFY(savedProfile().pinnedSha256.isEmpty());

    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QCOMPARE(savedProfile().pinnedSha256, serverSha256());
    QCOMPARE(connection.profile().pinnedSha256, serverSha256());
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Connected, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_requestsSeen.isEmpty(), 10000); // reconnected over the pinned certificate
    QVERIFY(m_requestsSeen.first().startsWith("GET /api/v1/app/me"));
    QCOMPARE(connection.state(), Connection::State::Connected);
}

void CertificateTrustTest::refusingLeavesItFailed()
{
    QWidget window;
    QNetworkAccessManager manager;
    MemorySecretStore memory;
    CertificatePrompter prompter(&window, m_settings.get());
    Connection connection(m_settings->profile(QStringLiteral("self-signed")), &manager, nullptr, &memory);
    prompter.watch(&connection);
    connection.open(QStringLiteral("token"));

    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::AskingToTrustCertificate, 10000);
    QTRY_VERIFY(prompter.dialog() && prompter.dialog()->isVisible());
    auto *refuse = prompter.dialog()->findChild<QPushButton *>(QStringLiteral("refuseCertificate"));
    QVERIFY(refuse);
    QVERIFY(refuse->isDefault()); // Enter does not trust
    QTest::mouseClick(refuse, Qt::LeftButton);
    QCOMPARE(connection.state(), Connection::State::Failed);
    QVERIFY2(connection.stateMessage().contains(QStringLiteral("could not be verified")),
             qPrintable(connection.stateMessage()));
    QVERIFY(savedProfile().pinnedSha256.isEmpty());
    QVERIFY(connection.profile().pinnedSha256.isEmpty());
    QTest::qWait(200);
    QCOMPARE(connection.state(), Connection::State::Failed);
    QVERIFY(m_requestsSeen.isEmpty());
}

QTEST_MAIN(CertificateTrustTest)
#include "tst_certificatetrust.moc"
