#include "ConnectionManager.h"

#include "ActivityLog.h"
#include "AuditTrail.h"
#include "NetworkLogging.h"
#include "RecoveryLog.h"
#include "SecretStore.h"
#include "TextSafety.h"
#include "UserStore.h"

#include <QNetworkAccessManager>

ConnectionManager::ConnectionManager(QNetworkAccessManager *manager, SecretStore *keychain, QObject *parent)
    : QObject(parent), m_manager(manager), m_keychain(keychain), m_memory(new MemorySecretStore(this))
{
}

ConnectionManager::~ConnectionManager() = default;

Connection *ConnectionManager::open(const ConnectionProfile &profile, bool saved, const QString &credential)
{
    auto *connection
        = new Connection(profile, m_manager, m_keychainAvailable ? m_keychain : nullptr, m_memory, this);
    connection->setSaved(saved);
    m_pendingCredential = credential;
    return adopt(connection);
}

Connection *ConnectionManager::adopt(Connection *connection)
{
    close();
    connection->setParent(this);
    connect(connection, &Connection::keychainUnavailable, this, [this] { m_keychainAvailable = false; });
    connect(connection, &Connection::notice, this, &ConnectionManager::notice);
    connect(connection, &Connection::requestFinished, this, [this](const ActivityRecord &record) {
        if (m_activity)
            m_activity->append(record);
    });
    // The shared files before any write can happen.
    if (connection->store()) {
        connection->store()->setAuditTrail(m_audit);
        connection->store()->setRecoveryLog(m_recovery);
    }
    connect(connection, &Connection::stateChanged, this, [this, connection](Connection::State state) {
        // A remote connection's store exists once it first connected: give it the shared files.
        if (state == Connection::State::Connected && connection->store()) {
            connection->store()->setAuditTrail(m_audit);
            connection->store()->setRecoveryLog(m_recovery);
        }
    });
    m_current = connection;
    Q_EMIT currentChanged(connection);
    connection->open(std::exchange(m_pendingCredential, QString()));
    return connection;
}

void ConnectionManager::close()
{
    if (!m_current)
        return;
    Connection *old = m_current;
    m_current.clear();
    old->close();
    Q_EMIT currentChanged(nullptr);
    old->deleteLater();
}

void ConnectionManager::storeCredential(const ConnectionProfile &profile, const QString &credential)
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
                qCInfo(lcNetwork).noquote() << "credential for" << profile.name << "saved in the keychain";
                return;
            }
            m_keychainAvailable = false;
            Q_EMIT notice(
                tr("The system keychain is not available (%1). The credential for \"%2\" is kept in memory "
                   "for this run only.")
                    .arg(result.message, profile.name),
                false);
        });
}

void ConnectionManager::forgetCredential(const ConnectionProfile &profile)
{
    m_memory->removeSecret(profile.secretKey(), this, [](const SecretResult &) {});
    if (m_keychain && m_keychainAvailable)
        m_keychain->removeSecret(profile.secretKey(), this, [](const SecretResult &) {});
}
