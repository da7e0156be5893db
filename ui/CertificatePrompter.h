#pragma once

#include <QObject>
#include <QPointer>

class Connection;
class Settings;
class TrustCertificateDialog;
class QWidget;

// Answers a connection that asks whether to trust a server's certificate (first contact with a
// self-signed or internal-CA server) with TrustCertificateDialog, once at a time, like
// CredentialPrompter does for credentials. A confirmed fingerprint is saved in the settings file
// with its profile (a fingerprint is not a secret); a refusal leaves the connection failed.
class CertificatePrompter : public QObject {
    Q_OBJECT

public:
    CertificatePrompter(QWidget *window, Settings *settings);

    void watch(Connection *connection);
    TrustCertificateDialog *dialog() const;

private:
    void onStateChanged();

    QWidget *m_window;
    Settings *m_settings;
    QPointer<Connection> m_connection;
    QPointer<TrustCertificateDialog> m_dialog;
};
