#pragma once

#include "ConnectionPrompter.h"

class Settings;
class TrustCertificateDialog;

// Answers a connection that asks whether to trust a server's certificate (first contact with a
// self-signed or internal-CA server) with TrustCertificateDialog. A confirmed fingerprint is
// saved in the settings file with its profile (a fingerprint is not a secret); a refusal leaves
// the connection failed.
class CertificatePrompter : public ConnectionPrompter {
    Q_OBJECT

public:
    CertificatePrompter(QWidget *window, Settings *settings);

    TrustCertificateDialog *dialog() const;

protected:
    QDialog *createPrompt(Connection *connection, QWidget *window) override;
    void followConnection(Connection *connection) override;

private:
    Settings *m_settings;
};
