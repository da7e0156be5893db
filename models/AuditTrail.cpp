#include "AuditTrail.h"

#include "ModelsLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {
struct OperationName {
    AuditEntry::Operation operation;
    const char *key;
};
constexpr OperationName kOperations[] = {
    { AuditEntry::Operation::Create, "create" },
    { AuditEntry::Operation::Update, "update" },
    { AuditEntry::Operation::SetState, "set-state" },
    { AuditEntry::Operation::Delete, "delete" },
    { AuditEntry::Operation::DeleteByExternalId, "delete-by-external-id" },
    { AuditEntry::Operation::BatchCreate, "batch-create" },
    { AuditEntry::Operation::ChangePassword, "change-password" },
    { AuditEntry::Operation::Recreate, "recreate" },
};

QString outcomeKey(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case AuditEntry::Outcome::Failed:
        return QStringLiteral("failed");
    case AuditEntry::Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QString AuditEntry::operationKey(Operation operation)
{
    for (const OperationName &name : kOperations) {
        if (name.operation == operation)
            return QLatin1String(name.key);
    }
    return QString();
}

QList<AuditEntry::Operation> AuditEntry::allOperations()
{
    QList<Operation> all;
    for (const OperationName &name : kOperations)
        all << name.operation;
    return all;
}

QString AuditEntry::operationLabel(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return QCoreApplication::translate("AuditTrail", "Created");
    case Operation::Update:
        return QCoreApplication::translate("AuditTrail", "Edited");
    case Operation::SetState:
        return QCoreApplication::translate("AuditTrail", "State changed");
    case Operation::Delete:
        return QCoreApplication::translate("AuditTrail", "Deleted");
    case Operation::DeleteByExternalId:
        return QCoreApplication::translate("AuditTrail", "Deleted by external ID");
    case Operation::BatchCreate:
        return QCoreApplication::translate("AuditTrail", "Created in a batch");
    case Operation::ChangePassword:
        return QCoreApplication::translate("AuditTrail", "Password changed");
    case Operation::Recreate:
        return QCoreApplication::translate("AuditTrail", "Re-created");
    }
    return QString();
}

QString AuditEntry::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QCoreApplication::translate("AuditTrail", "Done");
    case Outcome::Failed:
        return QCoreApplication::translate("AuditTrail", "Failed");
    case Outcome::Unknown:
        break;
    }
    return QCoreApplication::translate("AuditTrail", "Unknown");
}

QJsonObject AuditEntry::toJson() const
{
    QJsonArray fieldChanges;
    for (const FieldChange &change : changes) {
        QJsonObject item{ { QLatin1String("field"), change.field } };
        if (change.field != UserFields::key(UserField::Password)) {
            item.insert(QLatin1String("before"), change.before);
            item.insert(QLatin1String("after"), change.after);
        }
        fieldChanges.append(item);
    }
    QJsonObject object{ { QLatin1String("time"), time.toUTC().toString(Qt::ISODateWithMs) },
                        { QLatin1String("connection"), connectionName },
                        { QLatin1String("url"), connectionUrl },
                        { QLatin1String("operation"), operationKey(operation) },
                        { QLatin1String("user_id"), userId },
                        { QLatin1String("user_name"), userName },
                        { QLatin1String("changes"), fieldChanges },
                        { QLatin1String("result"), outcomeKey(outcome) } };
    if (!actor.isEmpty())
        object.insert(QLatin1String("actor"), actor);
    if (httpStatus > 0)
        object.insert(QLatin1String("http_status"), httpStatus);
    if (!error.isEmpty())
        object.insert(QLatin1String("error"), error);
    return object;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.time = QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    const QString operation = object.value(QLatin1String("operation")).toString();
    bool knownOperation = false;
    for (const OperationName &name : kOperations) {
        if (operation == QLatin1String(name.key)) {
            entry.operation = name.operation;
            knownOperation = true;
        }
    }
    if (!entry.time.isValid() || !knownOperation)
        return std::nullopt;
    entry.connectionName = object.value(QLatin1String("connection")).toString();
    entry.connectionUrl = object.value(QLatin1String("url")).toString();
    entry.actor = object.value(QLatin1String("actor")).toString();
    entry.userId = object.value(QLatin1String("user_id")).toString();
    entry.userName = object.value(QLatin1String("user_name")).toString();
    for (const QJsonValue &item : object.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = item.toObject();
        entry.changes.append({ change.value(QLatin1String("field")).toString(),
                               change.value(QLatin1String("before")), change.value(QLatin1String("after")) });
    }
    const QString result = object.value(QLatin1String("result")).toString();
    entry.outcome = result == QLatin1String("succeeded") ? Outcome::Succeeded
        : result == QLatin1String("failed")              ? Outcome::Failed
                                                         : Outcome::Unknown;
    entry.httpStatus = object.value(QLatin1String("http_status")).toInt();
    entry.error = object.value(QLatin1String("error")).toString();
    return entry;
}

AuditTrail::AuditTrail(const QString &fileName, QObject *parent) : QObject(parent), m_fileName(fileName) { }

QString AuditTrail::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

bool AuditTrail::append(const AuditEntry &entry)
{
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QFile file(m_fileName);
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        m_lastError = QCoreApplication::translate("AuditTrail", "The audit trail %1 cannot be written: %2")
                          .arg(m_fileName, file.errorString());
        qCWarning(lcModels).noquote() << m_lastError;
        return false;
    }
    if (fresh)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // A crash mid-write leaves a torn line without its newline; start on a line of our own.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        line.prepend('\n');
    const bool written = file.write(line) == line.size() && file.flush();
    if (!written) {
        m_lastError = QCoreApplication::translate("AuditTrail", "The audit trail %1 cannot be written: %2")
                          .arg(m_fileName, file.errorString());
        qCWarning(lcModels).noquote() << m_lastError;
        return false;
    }
    m_lastError.clear();
    Q_EMIT appended(entry);
    return true;
}

QList<AuditEntry> AuditTrail::entries(int *skipped) const
{
    QList<AuditEntry> result;
    int unreadable = 0;
    QFile file(m_fileName);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            const std::optional<AuditEntry> entry
                = document.isObject() ? AuditEntry::fromJson(document.object()) : std::nullopt;
            if (entry)
                result.append(*entry);
            else
                ++unreadable;
        }
    }
    if (skipped)
        *skipped = unreadable;
    return result;
}
