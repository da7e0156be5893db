#pragma once

#include "ConnectionProfile.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class RemoteUserDirectory;
class SecretStore;
class MemorySecretStore;
class UserDirectory;

// Opens connections: finds the profile's credential (OS keychain, or this run's memory when
// there is no keychain), asks for it when there is none or the server refuses it, and hands the
// connected directory to the window. Knows no widgets; the window answers its requests.
class ConnectionController : public QObject {
    Q_OBJECT

public:
    ConnectionController(QNetworkAccessManager *manager, SecretStore *keychain, QObject *parent = nullptr);
    ~ConnectionController() override;

    // Opens `profile`. With `credential`, uses it for this run without touching the keychain
    // (the demo); otherwise reads the keychain and asks when it holds nothing.
    void open(const ConnectionProfile &profile, const QString &credential = QString());
    // The admin's answer to credentialNeeded(). `remember` writes it to the keychain.
    void provideCredential(const QString &credential, bool remember);
    // The admin closed the prompt without answering.
    void declineCredential();
    // Saves a credential typed in the settings panel for `profile`.
    void storeCredential(const ConnectionProfile &profile, const QString &credential);
    void forgetCredential(const ConnectionProfile &profile);
    void close();

    UserDirectory *directory() const;
    ConnectionProfile profile() const { return m_profile; }
    bool isKeychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    void connected(UserDirectory *directory, const ConnectionProfile &profile);
    void disconnected();
    // Ask the admin for the credential of `profile`; `reason` says why in a sentence.
    void credentialNeeded(const ConnectionProfile &profile, const QString &reason);
    // Something the admin should know that is not an error of theirs (keychain missing, ...).
    void notice(const QString &text, bool isError);

private:
    RemoteUserDirectory *ensureDirectory();
    void connectWith(const QString &credential);
    void useSecret(const QString &secret, bool remember);
    QString askReason(const QString &why) const;
    void askForCredential(const ConnectionProfile &profile, const QString &reason);
    void keychainFailed(const QString &message);

    QPointer<QNetworkAccessManager> m_manager;
    QPointer<SecretStore> m_keychain;
    MemorySecretStore *m_memory;
    ConnectionProfile m_profile;
    QPointer<RemoteUserDirectory> m_directory;
    bool m_keychainAvailable = true;
    bool m_awaitingCredential = false;
};
