#include "ConnectionController.h"

#include "RemoteUserDirectory.h"
#include "SecretStore.h"
#include "ServiceRegistry.h"
#include "TextSafety.h"
#include "UiLogging.h"

#include <QNetworkAccessManager>

ConnectionController::ConnectionController(QNetworkAccessManager *manager, SecretStore *keychain,
                                           QObject *parent)
    : QObject(parent), m_manager(manager), m_keychain(keychain), m_memory(new MemorySecretStore(this))
{
}

ConnectionController::~ConnectionController() = default;

UserDirectory *ConnectionController::directory() const
{
    return m_directory;
}

void ConnectionController::close()
{
    if (m_directory) {
        m_directory->deleteLater();
        m_directory.clear();
        Q_EMIT disconnected();
    }
}

void ConnectionController::open(const ConnectionProfile &profile, const QString &credential)
{
    close();
    m_profile = profile;
    const QString problem = ServiceRegistry::validate(profile);
    if (!problem.isEmpty()) {
        Q_EMIT notice(tr("The connection \"%1\" is incomplete: %2").arg(profile.name, problem), true);
        return;
    }
    // Connections kept alive from before were set up under the profile's old TLS settings.
    if (m_manager)
        m_manager->clearConnectionCache();
    qCInfo(lcUi).noquote() << "opening" << profile.name << profile.baseUrl.toString(QUrl::RemoveUserInfo);
    m_awaitingCredential = false;
    if (!credential.isEmpty()) {
        // Used as the admin would type it: a password is traded for a token first.
        provideCredential(credential, false);
        return;
    }
    // This run's memory first: it holds what the admin typed when the keychain could not.
    m_memory->readSecret(profile.secretKey(), this, [this, profile](const SecretResult &memory) {
        if (profile.id != m_profile.id)
            return;
        if (memory.ok()) {
            connectWith(memory.secret);
            return;
        }
        if (!m_keychain || !m_keychainAvailable) {
            askForCredential(profile, askReason(tr("Enter the credential for \"%1\".").arg(profile.name)));
            return;
        }
        m_keychain->readSecret(profile.secretKey(), this, [this, profile](const SecretResult &stored) {
            if (profile.id != m_profile.id)
                return;
            switch (stored.status) {
            case SecretResult::Status::Ok:
                connectWith(stored.secret);
                return;
            case SecretResult::Status::NotFound:
                askForCredential(profile, tr("No credential is saved for \"%1\" yet.").arg(profile.name));
                return;
            case SecretResult::Status::NoBackend:
            case SecretResult::Status::Failed:
                keychainFailed(stored.message);
                askForCredential(profile,
                                 tr("The keychain could not be read, so enter the credential for "
                                    "\"%1\". It is kept in memory for this run only.")
                                     .arg(profile.name));
                return;
            }
        });
    });
}

RemoteUserDirectory *ConnectionController::ensureDirectory()
{
    if (m_directory)
        return m_directory;
    auto dialect = ServiceRegistry::createDialect(m_profile);
    if (!dialect) {
        Q_EMIT notice(tr("Roster does not know the service kind \"%1\".").arg(m_profile.serviceKind), true);
        return nullptr;
    }
    auto *directory = new RemoteUserDirectory(std::move(dialect), m_manager, m_profile, this);
    connect(directory, &UserDirectory::credentialRejected, this, [this, directory] {
        if (directory != m_directory)
            return;
        m_memory->removeSecret(m_profile.secretKey(), this, [](const SecretResult &) {});
        askForCredential(m_profile,
                         directory->signsIn()
                             ? tr("Your session on \"%1\" has ended. Sign in again as %2; your place in the "
                                  "list is kept.")
                                   .arg(m_profile.name, m_profile.username)
                             : tr("The server did not accept the credential for \"%1\". Enter it again; your "
                                  "place in the list is kept.")
                                   .arg(m_profile.name));
    });
    m_directory = directory;
    return directory;
}

void ConnectionController::connectWith(const QString &credential)
{
    RemoteUserDirectory *directory = ensureDirectory();
    if (!directory)
        return;
    directory->setCredential(credential);
    Q_EMIT connected(directory, m_profile);
}

QString ConnectionController::askReason(const QString &why) const
{
    const ServiceKind *kind = ServiceRegistry::find(m_profile.serviceKind);
    if (kind && kind->usesUsername)
        return tr("%1 Sign in as %2.").arg(why, m_profile.username);
    return why;
}

void ConnectionController::askForCredential(const ConnectionProfile &profile, const QString &reason)
{
    // Several calls can fail on the same refused credential; the admin is asked once.
    if (m_awaitingCredential)
        return;
    m_awaitingCredential = true;
    Q_EMIT credentialNeeded(profile, reason);
}

void ConnectionController::declineCredential()
{
    m_awaitingCredential = false;
}

void ConnectionController::provideCredential(const QString &credential, bool remember)
{
    m_awaitingCredential = false;
    if (credential.isEmpty())
        return;
    if (containsControlCharacters(credential)) {
        // It would travel in a header, where a line break starts a header of its own.
        askForCredential(m_profile,
                         tr("The credential for \"%1\" contains a line break or another control "
                            "character, so it was not used. Enter it again.")
                             .arg(m_profile.name));
        return;
    }
    RemoteUserDirectory *directory = ensureDirectory();
    if (!directory)
        return;
    if (!directory->signsIn()) {
        useSecret(credential, remember);
        return;
    }
    // A password is traded for a token; only the token is kept, never the password.
    const ConnectionProfile profile = m_profile;
    directory->signIn(
        profile.username, credential, this, [this, profile, remember](const Result<QString> &token) {
            if (profile.id != m_profile.id)
                return;
            if (!token) {
                askForCredential(profile,
                                 tr("Signing in to \"%1\" as %2 failed: %3")
                                     .arg(profile.name, profile.username, token.error().message()));
                return;
            }
            useSecret(token.value(), remember);
        });
}

void ConnectionController::useSecret(const QString &secret, bool remember)
{
    m_memory->writeSecret(m_profile.secretKey(), secret, this, [](const SecretResult &) {});
    if (remember)
        storeCredential(m_profile, secret);
    // Same connection, new credential: the window keeps its list and reloads what failed.
    connectWith(secret);
}

void ConnectionController::storeCredential(const ConnectionProfile &profile, const QString &credential)
{
    if (containsControlCharacters(credential))
        return; // refused where it was typed; never stored
    m_memory->writeSecret(profile.secretKey(), credential, this, [](const SecretResult &) {});
    if (!m_keychain || !m_keychainAvailable) {
        Q_EMIT notice(
            tr("No keychain is available: the credential for \"%1\" is kept in memory for this run only.")
                .arg(profile.name),
            false);
        return;
    }
    m_keychain->writeSecret(
        profile.secretKey(), credential, this, [this, profile](const SecretResult &result) {
            if (result.ok()) {
                qCInfo(lcUi).noquote() << "credential for" << profile.name << "saved in the keychain";
                return;
            }
            keychainFailed(result.message);
        });
}

void ConnectionController::forgetCredential(const ConnectionProfile &profile)
{
    m_memory->removeSecret(profile.secretKey(), this, [](const SecretResult &) {});
    if (m_keychain && m_keychainAvailable)
        m_keychain->removeSecret(profile.secretKey(), this, [](const SecretResult &) {});
}

void ConnectionController::keychainFailed(const QString &message)
{
    m_keychainAvailable = false;
    qCWarning(lcUi).noquote() << "keychain unavailable:" << message;
    Q_EMIT notice(
        tr("The system keychain is not available (%1). Credentials are kept in memory for this run only "
           "and must be entered again next time.")
            .arg(message),
        false);
}
