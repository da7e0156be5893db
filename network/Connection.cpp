#include "Connection.h"

#include "NetworkLogging.h"
#include "ProxyRouting.h"
#include "RemoteUserDirectory.h"
#include "SecretStore.h"
#include "ServiceRegistry.h"
#include "TextSafety.h"
#include "UserStore.h"

#include <QNetworkAccessManager>

Connection::Connection(const ConnectionProfile &profile, QNetworkAccessManager *manager,
                       SecretStore *keychain, MemorySecretStore *memory, QObject *parent)
    : QObject(parent), m_profile(profile), m_manager(manager), m_keychain(keychain), m_memory(memory)
{
}

Connection::Connection(const ConnectionProfile &profile, UserDirectory *directory, QObject *parent)
    : QObject(parent), m_profile(profile), m_directory(directory)
{
    createStore(directory);
}

Connection::~Connection() = default;

UserDirectory *Connection::directory() const
{
    return m_directory;
}

QString Connection::credentialLabel() const
{
    const ServiceKind *kind = ServiceRegistry::find(m_profile.serviceKind);
    const QString label = kind ? kind->authMethod(m_profile.authMethod).credentialLabel : QString();
    return label.isEmpty() ? tr("Credential") : label;
}

bool Connection::canRememberCredential() const
{
    return m_saved && m_keychain && m_keychainAvailable;
}

void Connection::setState(State state, const QString &message)
{
    if (m_state == state && m_stateMessage == message)
        return;
    m_state = state;
    m_stateMessage = message;
    qCDebug(lcNetwork) << m_profile.name << "is now" << state;
    Q_EMIT stateChanged(state);
}

void Connection::close()
{
    ++m_attempt;
    setState(State::SignedOut);
}

void Connection::open(const QString &credential)
{
    const quint64 attempt = ++m_attempt;
    if (m_directory && !m_remote) {
        setState(State::Connected); // a directory of its own needs no credential
        loadSignedInUser();
        return;
    }
    const QString problem = ServiceRegistry::validate(m_profile);
    if (!problem.isEmpty()) {
        setState(State::Failed, tr("The connection \"%1\" is incomplete: %2").arg(m_profile.name, problem));
        return;
    }
    // Connections kept alive from before were set up under the profile's old TLS and proxy
    // settings.
    if (m_manager) {
        ProxyRouter::installOn(m_manager)->route(m_profile);
        m_manager->clearConnectionCache();
    }
    if (m_remote)
        m_remote->updateOptions(m_profile); // the CA file is read again, the pin may be new
    qCInfo(lcNetwork).noquote() << "opening" << m_profile.name
                                << m_profile.baseUrl.toString(QUrl::RemoveUserInfo);
    setState(State::Connecting);
    if (!credential.isEmpty()) {
        // Used as the admin would type it: a password is traded for a token first.
        provideCredential(credential, false);
        return;
    }
    // This run's memory first: it holds what the admin typed when the keychain could not.
    m_memory->readSecret(m_profile.secretKey(), this, [this, attempt](const SecretResult &memory) {
        if (attempt != m_attempt)
            return;
        if (memory.ok()) {
            connectWith(memory.secret);
            return;
        }
        if (!m_keychain || !m_keychainAvailable || !m_saved) {
            askForCredential(askReason(tr("Enter the credential for \"%1\".").arg(m_profile.name)));
            return;
        }
        m_keychain->readSecret(m_profile.secretKey(), this, [this, attempt](const SecretResult &stored) {
            if (attempt != m_attempt)
                return;
            switch (stored.status) {
            case SecretResult::Status::Ok:
                connectWith(stored.secret);
                return;
            case SecretResult::Status::NotFound:
                askForCredential(askReason(tr("No credential is saved for \"%1\" yet.").arg(m_profile.name)));
                return;
            case SecretResult::Status::NoBackend:
            case SecretResult::Status::Failed:
                keychainFailed(stored.message);
                askForCredential(askReason(tr("The keychain could not be read, so enter the credential for "
                                              "\"%1\". It is kept in memory for this run only.")
                                               .arg(m_profile.name)));
                return;
            }
        });
    });
}

UserDirectory *Connection::ensureDirectory()
{
    if (m_directory)
        return m_directory;
    auto dialect = ServiceRegistry::createDialect(m_profile);
    if (!dialect) {
        setState(State::Failed,
                 tr("Roster does not know the service kind \"%1\".").arg(m_profile.serviceKind));
        return nullptr;
    }
    m_remote = new RemoteUserDirectory(std::move(dialect), m_manager, m_profile, this);
    m_directory = m_remote;
    connect(m_remote, &RemoteUserDirectory::requestFinished, this, [this](ActivityRecord record) {
        record.connection = m_profile.name;
        Q_EMIT requestFinished(record);
    });
    connect(m_remote, &RemoteUserDirectory::certificateUntrusted, this, &Connection::askToTrust);
    connect(m_remote, &UserDirectory::credentialRejected, this, [this] {
        if (m_state != State::Connected)
            return;
        m_memory->removeSecret(m_profile.secretKey(), this, [](const SecretResult &) {});
        askForCredential(
            m_remote->signsIn()
                ? tr("Your session on \"%1\" has ended. Sign in again as %2; your place in the list "
                     "is kept.")
                      .arg(m_profile.name, m_profile.username)
                : tr("The server did not accept the credential for \"%1\". Enter it again; your place "
                     "in the list is kept.")
                      .arg(m_profile.name));
    });
    createStore(m_directory);
    return m_directory;
}

void Connection::createStore(UserDirectory *directory)
{
    m_store = new UserStore(directory, this);
    StoreContext context;
    context.connectionId = m_profile.id;
    context.connectionName = m_profile.name;
    context.connectionUrl = m_profile.baseUrl.toString(QUrl::RemoveUserInfo);
    context.serviceKind = m_profile.serviceKind;
    m_store->setContext(context);
}

void Connection::connectWith(const QString &credential)
{
    if (!ensureDirectory() || !m_remote)
        return;
    m_remote->setCredential(credential);
    const bool again = m_everConnected;
    m_everConnected = true;
    setState(State::Connected);
    if (again && m_store)
        m_store->announceSignedInAgain();
    loadSignedInUser();
}

void Connection::loadSignedInUser()
{
    if (!m_directory->description().can(Capability::CurrentUser))
        return;
    const quint64 attempt = m_attempt;
    m_directory->fetchCurrentUser(this, [this, attempt](const Result<User> &me) {
        if (attempt != m_attempt || !me)
            return;
        m_me = *me;
        m_store->setActor(m_me);
        Q_EMIT signedInUserChanged(m_me);
    });
}

QString Connection::askReason(const QString &why) const
{
    const ServiceKind *kind = ServiceRegistry::find(m_profile.serviceKind);
    if (kind && kind->usesUsername)
        return tr("%1 Sign in as %2.").arg(why, m_profile.username);
    return why;
}

void Connection::askForCredential(const QString &reason)
{
    // Several calls can fail on the same refused credential; the admin is asked once.
    if (m_state == State::AskingForCredential)
        return;
    setState(State::AskingForCredential, reason);
}

void Connection::askToTrust(const CertificateSummary &certificate, const QString &message)
{
    // Asked once, however many calls failed on the same certificate; never while the admin is
    // answering another prompt or after the connection was closed.
    if (m_state != State::Connected && m_state != State::Connecting)
        return;
    m_presented = certificate;
    m_tlsMessage = message;
    qCInfo(lcNetwork).noquote() << m_profile.name << "presented an untrusted certificate, SHA-256"
                                << certificate.formattedSha256();
    setState(State::AskingToTrustCertificate,
             tr("No certificate authority this computer trusts vouches for the certificate of %1. Trust "
                "this certificate for \"%2\" only if its fingerprint is the one your administrator "
                "gave you.")
                 .arg(certificate.host, m_profile.name));
}

void Connection::trustPresentedCertificate()
{
    if (m_state != State::AskingToTrustCertificate || m_presented.isNull())
        return;
    m_profile.pinnedSha256 = m_presented.sha256;
    m_presented = CertificateSummary();
    qCInfo(lcNetwork).noquote() << m_profile.name << "now pins SHA-256" << m_profile.pinnedSha256;
    Q_EMIT certificatePinned(m_profile);
    open();
}

void Connection::declineCertificate()
{
    if (m_state != State::AskingToTrustCertificate)
        return;
    m_presented = CertificateSummary();
    ++m_attempt; // whatever was still under way belongs to the refused certificate
    setState(State::Failed, m_tlsMessage);
}

void Connection::declineCredential()
{
    if (m_state != State::AskingForCredential)
        return;
    setState(State::SignedOut, tr("Not signed in to \"%1\".").arg(m_profile.name));
}

void Connection::provideCredential(const QString &credential, bool remember)
{
    if (credential.isEmpty())
        return;
    if (containsControlCharacters(credential)) {
        // It would travel in a header, where a line break starts a header of its own.
        setState(State::Connecting); // the prompt that gave it is closed: ask anew
        askForCredential(
            tr("The credential for \"%1\" contains a line break or another control character, so "
               "it was not used. Enter it again.")
                .arg(m_profile.name));
        return;
    }
    if (!ensureDirectory() || !m_remote)
        return;
    setState(State::Connecting);
    if (!m_remote->signsIn()) {
        useSecret(credential, remember);
        return;
    }
    // A password is traded for a token; only the token is kept, never the password.
    const quint64 attempt = m_attempt;
    m_remote->signIn(
        m_profile.username, credential, this, [this, attempt, remember](const Result<QString> &token) {
            if (attempt != m_attempt)
                return;
            if (!token) {
                askForCredential(tr("Signing in to \"%1\" as %2 failed: %3")
                                     .arg(m_profile.name, m_profile.username, token.error().message()));
                return;
            }
            useSecret(*token, remember);
        });
}

void Connection::useSecret(const QString &secret, bool remember)
{
    m_memory->writeSecret(m_profile.secretKey(), secret, this, [](const SecretResult &) {});
    if (remember)
        storeInKeychain(secret);
    connectWith(secret);
}

void Connection::storeInKeychain(const QString &secret)
{
    if (!m_keychain || !m_keychainAvailable || !m_saved)
        return;
    m_keychain->writeSecret(m_profile.secretKey(), secret, this, [this](const SecretResult &result) {
        if (result.ok())
            qCInfo(lcNetwork).noquote() << "credential for" << m_profile.name << "saved in the keychain";
        else
            keychainFailed(result.message);
    });
}

void Connection::keychainFailed(const QString &message)
{
    m_keychainAvailable = false;
    qCWarning(lcNetwork).noquote() << "keychain unavailable:" << message;
    Q_EMIT keychainUnavailable();
    Q_EMIT notice(tr("The system keychain is not available (%1). Credentials are kept in memory for this run "
                     "only and must be entered again next time.")
                      .arg(message),
                  false);
}
