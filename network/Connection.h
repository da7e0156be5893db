#pragma once

#include "ActivityLog.h"
#include "ConnectionProfile.h"
#include "TlsTrust.h"
#include "User.h"

#include <QObject>
#include <QPointer>

class MemorySecretStore;
class QNetworkAccessManager;
class RemoteUserDirectory;
class SecretStore;
class UserDirectory;
class UserStore;

// One open connection to one service (Nextcloud's AccountState): its credential, its directory
// and its user store, and one explicit state with one signal. Knows no widgets: the window
// shows the state and answers AskingForCredential with a prompt.
class Connection : public QObject {
    Q_OBJECT

public:
    enum class State {
        SignedOut, // not opened, closed, or the admin declined to sign in
        Connecting, // reading the keychain, signing in
        AskingForCredential, // waiting for provideCredential() (see stateMessage())
        // The server's certificate is not vouched for by a trusted CA: waiting for
        // trustPresentedCertificate() or declineCertificate() (see presentedCertificate()).
        AskingToTrustCertificate,
        Connected,
        Failed, // cannot be used as it is (see stateMessage())
    };
    Q_ENUM(State)

    Connection(const ConnectionProfile &profile, QNetworkAccessManager *manager, SecretStore *keychain,
               MemorySecretStore *memory, QObject *parent = nullptr);
    // A connection over a directory that needs no credential (tests, an in-memory directory):
    // open() connects at once.
    Connection(const ConnectionProfile &profile, UserDirectory *directory, QObject *parent = nullptr);
    ~Connection() override;

    const ConnectionProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    // Why it asks for a credential, or why it failed, in a sentence for the admin.
    QString stateMessage() const { return m_stateMessage; }
    // What the credential prompt asks for ("API key", "Password").
    QString credentialLabel() const;
    // Whether an answer to the prompt can be remembered in the keychain: there is one, and
    // this connection is saved, so it can find the entry again.
    bool canRememberCredential() const;
    void setSaved(bool saved) { m_saved = saved; }

    // Opens the connection. With `credential`, uses it for this run without the keychain (the
    // demo); otherwise reads this run's memory, then the keychain, and asks when neither has it.
    void open(const QString &credential = QString());
    // The admin's answer to AskingForCredential. `remember` writes it to the keychain.
    void provideCredential(const QString &credential, bool remember);
    // The admin closed the prompt without answering.
    void declineCredential();
    void close();

    // The certificate the server presented when the state is AskingToTrustCertificate.
    const CertificateSummary &presentedCertificate() const { return m_presented; }
    // The admin confirmed the presented certificate: the profile pins its fingerprint from now on
    // (certificatePinned() tells who keeps profiles), and the connection opens again.
    void trustPresentedCertificate();
    // The admin did not trust it: the connection stays failed with the TLS message.
    void declineCertificate();

    // Null until the connection was opened once; kept while asking again after a 401, so the
    // window keeps its place.
    UserDirectory *directory() const;
    UserStore *store() const { return m_store; }
    // The signed-in admin, where the service says who that is.
    const User &signedInUser() const { return m_me; }

Q_SIGNALS:
    void stateChanged(Connection::State state);
    void signedInUserChanged(const User &me);
    // Something the admin should know that is not a state (keychain missing, ...).
    void notice(const QString &text, bool isError);
    // The keychain failed: credentials of this run stay in memory.
    void keychainUnavailable();
    void requestFinished(const ActivityRecord &record);
    // The profile now pins the certificate the admin confirmed; whoever keeps the profiles
    // saves it (a fingerprint is not a secret).
    void certificatePinned(const ConnectionProfile &profile);

private:
    void setState(State state, const QString &message = QString());
    UserDirectory *ensureDirectory();
    void createStore(UserDirectory *directory);
    void connectWith(const QString &credential);
    void useSecret(const QString &secret, bool remember);
    void askForCredential(const QString &reason);
    QString askReason(const QString &why) const;
    void keychainFailed(const QString &message);
    void storeInKeychain(const QString &secret);
    void loadSignedInUser();
    void askToTrust(const CertificateSummary &certificate, const QString &message);

    ConnectionProfile m_profile;
    QPointer<QNetworkAccessManager> m_manager;
    QPointer<SecretStore> m_keychain;
    QPointer<MemorySecretStore> m_memory;
    QPointer<UserDirectory> m_directory;
    RemoteUserDirectory *m_remote = nullptr; // the same directory, when it speaks HTTP
    UserStore *m_store = nullptr;
    User m_me;
    CertificateSummary m_presented;
    QString m_tlsMessage; // why the certificate was not trusted, for a declined prompt
    State m_state = State::SignedOut;
    QString m_stateMessage;
    bool m_saved = true;
    bool m_keychainAvailable = true;
    quint64 m_attempt = 0; // answers that belong to an earlier open() are ignored
    bool m_everConnected = false; // a later connectWith() replaces a credential the server refused
};
