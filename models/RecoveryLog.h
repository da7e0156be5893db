#pragma once

#include "User.h"

#include <QDateTime>
#include <QObject>

// The last known full record of a user deleted through Roster.
struct DeletedUser {
    QString key; // this record's own id
    QDateTime deletedAt; // UTC
    QString connectionId;
    QString connectionName;
    QString serviceKind;
    User user;
};

// Users deleted through Roster, kept so that one deleted by mistake can be re-created with its
// fields (as a new user with a new id and no password: a service cannot undelete). A JSON-lines
// file in the app's data directory, appended and flushed like the audit trail; re-creating a
// user appends a line that retires its record.
class RecoveryLog : public QObject {
    Q_OBJECT

public:
    explicit RecoveryLog(const QString &fileName, QObject *parent = nullptr);

    // <AppDataLocation>/recovery.jsonl
    static QString defaultFileName();
    QString fileName() const { return m_fileName; }

    bool add(DeletedUser record);
    bool markRecreated(const QString &key, const QString &newId);
    // The records not yet re-created, newest first.
    QList<DeletedUser> entries() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changed();

private:
    bool appendLine(const QJsonObject &object);

    QString m_fileName;
    QString m_lastError;
};
