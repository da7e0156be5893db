#include "Csv.h"

#include <QCoreApplication>

namespace Csv {

namespace {
bool startsLikeAFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
        || first == QLatin1Char('\'');
}

// Which separator the first record uses: counted outside quotes.
QChar guessSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QString unguarded(const QString &value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && startsLikeAFormula(value.mid(1)))
        return value.mid(1);
    return value;
}
} // namespace

QString field(const QString &value, QChar separator)
{
    QString text = startsLikeAFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray record(const QStringList &fields, const WriteOptions &options)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &value : fields)
        written << field(value, options.separator);
    return written.join(options.separator).toUtf8() + "\r\n";
}

ReadResult read(const QByteArray &data, const ReadLimits &limits)
{
    ReadResult result;
    if (data.size() > limits.maxBytes) {
        result.error = QCoreApplication::translate(
                           "Csv", "The file is larger than %1 MB; Roster reads smaller files only.")
                           .arg(limits.maxBytes / (1024 * 1024));
        return result;
    }
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
        result.error = QCoreApplication::translate(
            "Csv", "The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".");
        return result;
    }
    const QChar separator = guessSeparator(text);
    result.separator = separator;
    QStringList current;
    QString value;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        current << unguarded(value);
        value.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&]() -> bool {
        endField();
        // A blank line is not a record.
        if (!(current.size() == 1 && current.first().isEmpty()))
            result.records << current;
        current.clear();
        recordLine = line;
        return result.records.size() <= limits.maxRecords;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    value += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                value += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && value.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            endField();
            if (current.size() > limits.maxFields) {
                result.error = QCoreApplication::translate("Csv", "Line %1 has more than %2 fields.")
                                   .arg(recordLine)
                                   .arg(limits.maxFields);
                result.errorLine = recordLine;
                return result;
            }
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            if (!endRecord()) {
                result.error = QCoreApplication::translate("Csv", "The file has more than %1 records.")
                                   .arg(limits.maxRecords);
                return result;
            }
        } else {
            value += c;
        }
    }
    if (quoted) {
        result.error
            = QCoreApplication::translate("Csv", "A quoted field that starts on line %1 is never closed.")
                  .arg(recordLine);
        result.errorLine = recordLine;
        return result;
    }
    if (!value.isEmpty() || !current.isEmpty() || wasQuoted)
        endRecord();
    return result;
}

} // namespace Csv
