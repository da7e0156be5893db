#pragma once

#include "ActivityLog.h"
#include "AuditTrail.h"
#include "Connection.h"
#include "RecoveryLog.h"

#include <QObject>
#include <QPointer>

class MemorySecretStore;
class QNetworkAccessManager;
class SecretStore;

// Opens connections on the application's one QNetworkAccessManager and keeps what they share:
// the keychain, this run's memory of credentials, the audit trail, the recovery file and the
// activity log. One connection is current; nothing here is tied to a window, so a layer above
// can later hold several at once.
class ConnectionManager : public QObject {
    Q_OBJECT

public:
    ConnectionManager(QNetworkAccessManager *manager, SecretStore *keychain, QObject *parent = nullptr);
    ~ConnectionManager() override;

    void setAuditTrail(AuditTrail *trail) { m_audit = trail; }
    void setRecoveryLog(RecoveryLog *log) { m_recovery = log; }
    void setActivityLog(ActivityLog *log) { m_activity = log; }
    AuditTrail *auditTrail() const { return m_audit; }
    RecoveryLog *recoveryLog() const { return m_recovery; }
    ActivityLog *activityLog() const { return m_activity; }

    // Closes the current connection and opens `profile`. `saved`: the profile is in the settings
    // file, so a credential remembered for it can be found again. With `credential`, the
    // keychain is not asked (the demo).
    Connection *open(const ConnectionProfile &profile, bool saved, const QString &credential = QString());
    // Makes a connection built elsewhere (over a directory of its own) the current one.
    Connection *adopt(Connection *connection);
    void close();
    Connection *current() const { return m_current; }

    // A credential typed in the Connections dialog: to the keychain (and this run's memory).
    void storeCredential(const ConnectionProfile &profile, const QString &credential);
    void forgetCredential(const ConnectionProfile &profile);
    bool isKeychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    // The current connection changed (null: none).
    void currentChanged(Connection *connection);
    void notice(const QString &text, bool isError);

private:
    QPointer<QNetworkAccessManager> m_manager;
    QPointer<SecretStore> m_keychain;
    MemorySecretStore *m_memory;
    QPointer<AuditTrail> m_audit;
    QPointer<RecoveryLog> m_recovery;
    QPointer<ActivityLog> m_activity;
    QPointer<Connection> m_current;
    bool m_keychainAvailable = true;
    QString m_pendingCredential; // for the connection open() is about to adopt
};
