#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <optional>

// What a write through Roster did, as the audit trail keeps it.
struct AuditEntry {
    enum class Operation {
        Create,
        Update,
        SetState,
        Delete,
        DeleteByExternalId,
        BatchCreate,
        ChangePassword,
        Recreate
    };
    enum class Outcome { Succeeded, Failed, Unknown };

    struct FieldChange {
        QString field; // UserFields::key(), or "password" with no values at all
        QJsonValue before;
        QJsonValue after;
    };

    QDateTime time; // UTC
    QString connectionName;
    QString connectionUrl; // never with user info
    QString actor; // the signed-in admin, where the service says who that is
    Operation operation = Operation::Update;
    QString userId;
    QString userName;
    QList<FieldChange> changes;
    Outcome outcome = Outcome::Succeeded;
    int httpStatus = 0;
    QString error;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &object);

    static QString operationKey(Operation operation);
    static QString operationLabel(Operation operation);
    static QString outcomeLabel(Outcome outcome);
    static QList<Operation> allOperations();
};

// The local audit trail: every write through a user store, appended as one JSON line to a file
// in the app's data directory and flushed at once, so a crash loses at most the line being
// written. A torn last line is skipped on reading, never fatal. Passwords are never written:
// a password change is recorded as "password changed" and nothing else.
class AuditTrail : public QObject {
    Q_OBJECT

public:
    explicit AuditTrail(const QString &fileName, QObject *parent = nullptr);

    // <AppDataLocation>/audit.jsonl
    static QString defaultFileName();
    QString fileName() const { return m_fileName; }

    // False (with lastError()) when the file cannot be written.
    bool append(const AuditEntry &entry);
    // Every readable entry, oldest first; `skipped` counts lines that could not be read.
    QList<AuditEntry> entries(int *skipped = nullptr) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void appended(const AuditEntry &entry);

private:
    QString m_fileName;
    QString m_lastError;
};
