#pragma once

#include "ConnectionProfile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// What the admin is shown before trusting a certificate: plain values, no QSslCertificate, so
// the window needs nothing from the TLS stack to show them.
struct CertificateSummary {
    QString subject; // "CN=…, O=…"
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // 64 lower-case hex digits, as ConnectionProfile::pinnedSha256 keeps it
    QString host; // the host it was presented for

    bool isNull() const { return sha256.isEmpty(); }
    // "AB:CD:…", as certificate viewers show it.
    QString formattedSha256() const { return ConnectionProfile::formatFingerprint(sha256); }
};

Q_DECLARE_METATYPE(CertificateSummary)

// The SHA-256 fingerprint of `certificate` as 64 lower-case hex digits.
QString sha256Of(const QSslCertificate &certificate);
CertificateSummary summaryOf(const QSslCertificate &certificate, const QString &host);

// The certificates of a PEM file for one profile's trust; empty with `problem` set when the file
// cannot be read or holds no certificate.
QList<QSslCertificate> loadCaCertificates(const QString &fileName, QString *problem = nullptr);

// Errors that only say no trusted CA vouches for the certificate (self-signed, unknown issuer):
// what pinning the exact certificate answers. Not a wrong host name, an expired or revoked
// certificate, or a broken signature.
bool isUntrustedIssuerError(QSslError::SslError error);
bool onlyUntrustedIssuer(const QList<QSslError> &errors);

// Why the profile's proxy and certificate options cannot be used, or an empty string. Reads the
// CA file, so it is checked again whenever a connection opens.
QString validateNetworkOptions(const ConnectionProfile &profile);
