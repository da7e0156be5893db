#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// CSV as RFC 4180 has it: fields separated by commas, records by CRLF, a field quoted when it
// holds the separator, a quote, CR or LF, and quotes inside doubled. UTF-8, with an optional
// byte-order mark for spreadsheet programs that need one to read UTF-8.
//
// Formula injection: a spreadsheet runs a cell that starts with =, +, -, @, a tab or CR as a
// formula. The writer puts an apostrophe in front of such a value (and in front of a value that
// already starts with an apostrophe, so the guard can always be told apart); the reader takes
// one leading apostrophe away again, so Roster's own exports read back exactly.
namespace Csv {

struct WriteOptions {
    bool byteOrderMark = false;
    QChar separator = QLatin1Char(',');
};

// One record, with its line break.
QByteArray record(const QStringList &fields, const WriteOptions &options = WriteOptions());
// A field as it is written: guarded against formulas, quoted where needed.
QString field(const QString &value, QChar separator = QLatin1Char(','));

struct ReadResult {
    QList<QStringList> records;
    QString error; // empty when the text was read whole
    int errorLine = 0;
    QChar separator = QLatin1Char(',');
};

struct ReadLimits {
    qsizetype maxBytes = 64 * 1024 * 1024;
    int maxRecords = 1'000'000;
    int maxFields = 1000;
};

// Reads CSV text (UTF-8, with or without a byte-order mark). The separator is a comma unless the
// first record has more semicolons or tabs than commas outside quotes (spreadsheets in many
// locales write semicolons). Quoted fields may hold separators, quotes and line breaks.
ReadResult read(const QByteArray &data, const ReadLimits &limits = ReadLimits());

} // namespace Csv
