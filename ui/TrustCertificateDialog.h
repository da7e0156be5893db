#pragma once

#include "TlsTrust.h"

#include <QDialog>

class QPushButton;

// "Trust this certificate for <connection>?": the certificate a server presented without a
// certificate authority vouching for it, with its SHA-256 fingerprint to compare with the one
// the server's administrator gave. Everything shown is plain text; Cancel is the default.
class TrustCertificateDialog : public QDialog {
    Q_OBJECT

public:
    TrustCertificateDialog(const QString &connectionName, const CertificateSummary &certificate,
                           const QString &reason, QWidget *parent = nullptr);

    QPushButton *trustButton() const { return m_trust; }

private:
    QPushButton *m_trust = nullptr;
};
