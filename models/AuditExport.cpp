#include "AuditExport.h"

#include "AuditTableModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace AuditExport {
namespace {
QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}
} // namespace

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool needsQuotes
        = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray toCsv(const QList<AuditEntry> &entries)
{
    QByteArray csv = csvLine({ QCoreApplication::translate("AuditExport", "Time (UTC)"),
                               QCoreApplication::translate("AuditExport", "Connection"),
                               QCoreApplication::translate("AuditExport", "URL"),
                               QCoreApplication::translate("AuditExport", "Change"),
                               QCoreApplication::translate("AuditExport", "User ID"),
                               QCoreApplication::translate("AuditExport", "User name"),
                               QCoreApplication::translate("AuditExport", "Fields"),
                               QCoreApplication::translate("AuditExport", "Result"),
                               QCoreApplication::translate("AuditExport", "HTTP status"),
                               QCoreApplication::translate("AuditExport", "Error"),
                               QCoreApplication::translate("AuditExport", "By") });
    for (const AuditEntry &entry : entries) {
        csv += csvLine({ entry.time.toUTC().toString(Qt::ISODateWithMs), entry.connectionName,
                         entry.connectionUrl, AuditEntry::operationLabel(entry.operation), entry.userId,
                         entry.userName, AuditTableModel::changesText(entry),
                         AuditEntry::outcomeLabel(entry.outcome),
                         entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString(), entry.error,
                         entry.actor });
    }
    return csv;
}

QByteArray toJsonLines(const QList<AuditEntry> &entries)
{
    QByteArray lines;
    for (const AuditEntry &entry : entries)
        lines += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

QByteArray encode(const QList<AuditEntry> &entries, Format format)
{
    return format == Format::Csv ? toCsv(entries) : toJsonLines(entries);
}
} // namespace AuditExport
