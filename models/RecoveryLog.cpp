#include "RecoveryLog.h"

#include "ModelsLogging.h"
#include "UserJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

RecoveryLog::RecoveryLog(const QString &fileName, QObject *parent) : QObject(parent), m_fileName(fileName) { }

QString RecoveryLog::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery.jsonl");
}

bool RecoveryLog::add(DeletedUser record)
{
    if (record.key.isEmpty())
        record.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject line{ { QLatin1String("kind"), QStringLiteral("deleted") },
                            { QLatin1String("key"), record.key },
                            { QLatin1String("deleted_at"),
                              record.deletedAt.toUTC().toString(Qt::ISODateWithMs) },
                            { QLatin1String("connection_id"), record.connectionId },
                            { QLatin1String("connection"), record.connectionName },
                            { QLatin1String("service"), record.serviceKind },
                            { QLatin1String("user"), UserJson::toJson(record.user) } };
    return appendLine(line);
}

bool RecoveryLog::markRecreated(const QString &key, const QString &newId)
{
    return appendLine(QJsonObject{ { QLatin1String("kind"), QStringLiteral("recreated") },
                                   { QLatin1String("key"), key },
                                   { QLatin1String("new_id"), newId } });
}

bool RecoveryLog::appendLine(const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QFile file(m_fileName);
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        m_lastError = QCoreApplication::translate("RecoveryLog", "The recovery file %1 cannot be written: %2")
                          .arg(m_fileName, file.errorString());
        qCWarning(lcModels).noquote() << m_lastError;
        return false;
    }
    if (fresh)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        line.prepend('\n'); // after a torn line, start a line of our own
    if (file.write(line) != line.size() || !file.flush()) {
        m_lastError = file.errorString();
        return false;
    }
    Q_EMIT changed();
    return true;
}

QList<DeletedUser> RecoveryLog::entries() const
{
    QList<DeletedUser> deleted;
    QSet<QString> recreated;
    QFile file(m_fileName);
    if (!file.open(QIODevice::ReadOnly))
        return deleted;
    while (!file.atEnd()) {
        const QJsonDocument document = QJsonDocument::fromJson(file.readLine().trimmed());
        if (!document.isObject())
            continue; // a torn line: skipped
        const QJsonObject object = document.object();
        const QString kind = object.value(QLatin1String("kind")).toString();
        const QString key = object.value(QLatin1String("key")).toString();
        if (key.isEmpty())
            continue;
        if (kind == QLatin1String("recreated")) {
            recreated.insert(key);
        } else if (kind == QLatin1String("deleted")) {
            DeletedUser record;
            record.key = key;
            record.deletedAt = QDateTime::fromString(object.value(QLatin1String("deleted_at")).toString(),
                                                     Qt::ISODateWithMs);
            record.connectionId = object.value(QLatin1String("connection_id")).toString();
            record.connectionName = object.value(QLatin1String("connection")).toString();
            record.serviceKind = object.value(QLatin1String("service")).toString();
            record.user = UserJson::fromJson(object.value(QLatin1String("user")).toObject());
            deleted.prepend(record);
        }
    }
    deleted.removeIf([&](const DeletedUser &record) { return recreated.contains(record.key); });
    return deleted;
}
