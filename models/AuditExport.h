#pragma once

#include "AuditTrail.h"

#include <QByteArray>

// Audit entries as files for other tools: CSV (RFC 4180, UTF-8, CRLF line ends) for a
// spreadsheet, in the words the history window shows, with times in ISO 8601 UTC so they sort;
// and JSON lines, each entry exactly as the trail keeps it.
namespace AuditExport {
enum class Format { Csv, JsonLines };

// One CSV field: quoted when it holds a comma, a quote, CR or LF, with its quotes doubled.
QString csvField(const QString &text);
QByteArray toCsv(const QList<AuditEntry> &entries);
QByteArray toJsonLines(const QList<AuditEntry> &entries);
QByteArray encode(const QList<AuditEntry> &entries, Format format);
} // namespace AuditExport
