#pragma once

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

// The server side of the tests' self-signed certificate (tests/data/tls, valid for 127.0.0.1
// and localhost; never for anything real). Null when the files cannot be read.
inline QSslConfiguration testServerTlsConfiguration()
{
    QFile certFile(QStringLiteral(ROSTER_TEST_DATA_DIR "/tls/test-only.crt"));
    QFile keyFile(QStringLiteral(ROSTER_TEST_DATA_DIR "/tls/test-only.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return QSslConfiguration();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}
