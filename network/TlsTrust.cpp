#include "TlsTrust.h"

#include "ProxyRouting.h"
#include "TextSafety.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {
QString names(const QSslCertificate &certificate, bool issuer)
{
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values
            = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString sha256Of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

CertificateSummary summaryOf(const QSslCertificate &certificate, const QString &host)
{
    CertificateSummary summary;
    if (certificate.isNull())
        return summary;
    summary.subject = names(certificate, false);
    summary.issuer = names(certificate, true);
    summary.notBefore = certificate.effectiveDate();
    summary.notAfter = certificate.expiryDate();
    summary.sha256 = sha256Of(certificate);
    summary.host = host;
    return summary;
}

QList<QSslCertificate> loadCaCertificates(const QString &fileName, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QList<QSslCertificate>();
    };
    QFile file(fileName);
    if (!QFileInfo(fileName).isFile() || !file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("TlsTrust", "The CA certificate file %1 cannot be read.")
                        .arg(fileName));
    // A CA bundle is small; a huge file is not one.
    const QByteArray pem = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(pem, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        return fail(QCoreApplication::translate("TlsTrust",
                                                "The file %1 holds no certificate (Roster reads PEM files, "
                                                "-----BEGIN CERTIFICATE-----).")
                        .arg(fileName));
    return certificates;
}

bool isUntrustedIssuerError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

bool onlyUntrustedIssuer(const QList<QSslError> &errors)
{
    return !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
        return isUntrustedIssuerError(e.error());
    });
}

QString validateNetworkOptions(const ConnectionProfile &profile)
{
    if (profile.proxyMode == ConnectionProfile::ProxyMode::Manual) {
        QString problem;
        if (!parseProxyUrl(profile.proxyUrl, &problem))
            return problem;
    }
    if (!profile.caCertificateFile.isEmpty()) {
        QString problem;
        if (containsControlCharacters(profile.caCertificateFile))
            return QCoreApplication::translate(
                "TlsTrust", "The CA certificate file name must not contain control characters.");
        if (loadCaCertificates(profile.caCertificateFile, &problem).isEmpty())
            return problem;
    }
    if (!profile.pinnedSha256.isEmpty()
        && ConnectionProfile::normalizeFingerprint(profile.pinnedSha256) != profile.pinnedSha256)
        return QCoreApplication::translate(
            "TlsTrust",
            "The pinned certificate fingerprint must be 64 hexadecimal digits (SHA-256), colons "
            "allowed.");
    return QString();
}
