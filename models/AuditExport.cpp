#include "AuditExport.h"

#include "AuditTableModel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace AuditExport {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AuditExport", text);
}

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
    QByteArray csv
        = csvLine({ tr("Time (UTC)"), tr("Connection"), tr("URL"), tr("Change"), tr("User ID"),
                    tr("User name"), tr("Fields"), tr("Result"), tr("HTTP status"), tr("Error"), tr("By") });
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
