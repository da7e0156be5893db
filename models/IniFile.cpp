#include "IniFile.h"

#include "ModelsLogging.h"

#include <QIODevice>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <utility>

namespace {
constexpr char kHexDigits[] = "0123456789ABCDEF";
const QString kByteArrayPrefix = QStringLiteral("@ByteArray(");
const QString kStringPrefix = QStringLiteral("@String(");
const QString kInvalid = QStringLiteral("@Invalid()");

// The one-letter escapes of Qt's INI values, both ways ("\0" is written; "\?" and "\'" only read).
constexpr std::pair<char, char16_t> kLetterEscapes[] = {
    { '0', u'\0' }, { 'a', u'\a' }, { 'b', u'\b' }, { 'f', u'\f' },  { 'n', u'\n' }, { 'r', u'\r' },
    { 't', u'\t' }, { 'v', u'\v' }, { '"', u'"' },  { '\\', u'\\' }, { '?', u'?' },  { '\'', u'\'' },
};

char16_t unescapedLetter(char letter)
{
    for (const auto &[escape, plain] : kLetterEscapes)
        if (escape == letter && escape != '0') // "\0" starts an octal number when read
            return plain;
    return 0;
}

char escapeLetter(char16_t c)
{
    for (const auto &[escape, plain] : kLetterEscapes)
        if (plain == c && escape != '?' && escape != '\'')
            return escape;
    return 0;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

qsizetype skipToLineEnd(QByteArrayView text, qsizetype i)
{
    while (i < text.size() && text[i] != '\n' && text[i] != '\r')
        ++i;
    return i;
}

// ---- reading ----

// A key or section name: "\" stands for "/", "%XX" and "%UXXXX" for one character, bytes as Latin-1.
QString unescapeKey(QByteArrayView raw)
{
    QString result;
    result.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c == '\\') {
            result += u'/';
            ++i;
            continue;
        }
        if (c == '%' && i + 1 < raw.size()) {
            const bool wide = raw[i + 1] == 'U';
            const qsizetype first = i + (wide ? 2 : 1);
            const qsizetype digits = wide ? 4 : 2;
            bool ok = first + digits <= raw.size();
            char16_t value = 0;
            for (qsizetype d = 0; ok && d < digits; ++d) {
                ok = isHexDigit(raw[first + d]);
                value = char16_t(value * 16 + (ok ? hexValue(raw[first + d]) : 0));
            }
            if (ok) {
                result += QChar(value);
                i = first + digits;
                continue;
            }
        }
        result += QChar(char16_t(uchar(c)));
        ++i;
    }
    return result;
}

void chopTrailingSpaces(QString &text, qsizetype limit)
{
    qsizetype n = text.size();
    while (n > limit && (text.at(n - 1) == u' ' || text.at(n - 1) == u'\t'))
        --n;
    text.truncate(n);
}

struct Unescaped {
    QStringList items; // more than one when the value is a comma-separated list
    bool isList = false;
};

// A value as Qt writes it: backslash escapes (\n, \x41, \101, ...), double quotes around text that
// holds spaces at its ends or one of ",;=", and unquoted commas between the items of a list.
Unescaped unescapeValue(QByteArrayView raw)
{
    Unescaped out;
    QString current;
    bool inQuotes = false;
    bool currentQuoted = false;
    qsizetype chopLimit = 0; // spaces before this point were escaped or quoted: they stay
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t'))
            ++i;
        chopLimit = current.size();
    };
    skipSpaces();
    while (i < raw.size()) {
        const char c = raw[i];
        if (c == '\\') {
            ++i;
            if (i >= raw.size())
                break;
            const char e = raw[i++];
            if (const char16_t plain = unescapedLetter(e)) {
                current += QChar(plain);
                chopLimit = current.size();
                continue;
            }
            switch (e) {
            case 'x':
                if (i < raw.size() && isHexDigit(raw[i])) {
                    char16_t value = 0;
                    while (i < raw.size() && isHexDigit(raw[i]))
                        value = char16_t(value * 16 + hexValue(raw[i++]));
                    current += QChar(value);
                }
                break;
            case '\n':
            case '\r': // a line continued on the next one
                if (i < raw.size() && (raw[i] == '\n' || raw[i] == '\r') && raw[i] != e)
                    ++i;
                break;
            default:
                if (e >= '0' && e <= '7') {
                    char16_t value = char16_t(e - '0');
                    while (i < raw.size() && raw[i] >= '0' && raw[i] <= '7')
                        value = char16_t(value * 8 + (raw[i++] - '0'));
                    current += QChar(value);
                }
                break; // any other escaped character is dropped, as Qt does
            }
            chopLimit = current.size();
            continue;
        }
        if (c == '"') {
            ++i;
            currentQuoted = true;
            inQuotes = !inQuotes;
            if (!inQuotes)
                skipSpaces();
            continue;
        }
        if (c == ',' && !inQuotes) {
            if (!currentQuoted)
                chopTrailingSpaces(current, chopLimit);
            out.isList = true;
            out.items.append(current);
            current.clear();
            currentQuoted = false;
            ++i;
            skipSpaces();
            continue;
        }
        qsizetype end = i + 1;
        while (end < raw.size() && raw[end] != '\\' && raw[end] != '"' && raw[end] != ',')
            ++end;
        current += QString::fromUtf8(raw.sliced(i, end - i));
        i = end;
    }
    if (!currentQuoted)
        chopTrailingSpaces(current, chopLimit);
    out.items.append(current);
    return out;
}

// Only the kinds Roster writes become typed values. "@Variant(...)", "@DateTime(...)", "@Rect(...)"
// and the like stay text: decoding them is what this reader exists to avoid.
QVariant toVariant(const QString &text, bool *unknownKind)
{
    if (text.startsWith(u'@')) {
        if (text.endsWith(u')')) {
            if (text.startsWith(kByteArrayPrefix))
                return QVariant(text.sliced(kByteArrayPrefix.size()).chopped(1).toLatin1());
            if (text.startsWith(kStringPrefix))
                return QVariant(text.sliced(kStringPrefix.size()).chopped(1));
            if (text == kInvalid)
                return QVariant();
        }
        if (text.startsWith(QStringLiteral("@@")))
            return QVariant(text.sliced(1));
        *unknownKind = true;
    }
    return QVariant(text);
}

QVariant listToVariant(const QStringList &items, bool *unknownKind)
{
    QVariantList values;
    values.reserve(items.size());
    for (const QString &item : items)
        values.append(toVariant(item, unknownKind));
    // As Qt reads a list: all text ("@@" escapes included) is a QStringList, any other "@" item
    // makes it a QVariantList.
    const bool plain = std::all_of(items.cbegin(), items.cend(), [](const QString &item) {
        return !item.startsWith(u'@') || item.startsWith(QStringLiteral("@@"));
    });
    return plain ? QVariant(QVariant(values).toStringList()) : QVariant(values);
}

// ---- writing ----

void appendEscapedKey(const QString &key, QByteArray &out)
{
    for (const QChar qc : key) {
        const char16_t c = qc.unicode();
        if (c == u'/') {
            out += '\\';
        } else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                   || c == u'_' || c == u'-' || c == u'.') {
            out += char(c);
        } else if (c <= 0xFF) {
            out += '%';
            out += kHexDigits[c / 16];
            out += kHexDigits[c % 16];
        } else {
            out += "%U";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += kHexDigits[(c >> shift) & 0xF];
        }
    }
}

void appendEscapedString(const QString &text, QByteArray &out)
{
    // Byte arrays keep bytes 0x7F-0xFF as \x escapes; text goes out as UTF-8.
    const bool asUtf8 = !text.startsWith(kByteArrayPrefix);
    const qsizetype start = out.size();
    bool needsQuotes = false;
    bool escapeNextIfHexDigit = false; // "\x1" followed by "2" would read back as "\x12"
    QString plainRun;
    const auto flushRun = [&] {
        out += asUtf8 ? plainRun.toUtf8() : plainRun.toLatin1();
        plainRun.clear();
    };
    const auto appendHex = [&](char16_t c) {
        flushRun();
        out += "\\x" + QByteArray::number(c, 16);
        escapeNextIfHexDigit = true;
    };
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u';' || c == u',' || c == u'=')
            needsQuotes = true;
        if (escapeNextIfHexDigit && c < 0x80 && isHexDigit(char(c))) {
            appendHex(c);
            continue;
        }
        escapeNextIfHexDigit = false;
        const char letter = escapeLetter(c);
        if (letter) {
            flushRun();
            out += '\\';
            out += letter;
            escapeNextIfHexDigit = c == u'\0';
        } else if (c <= 0x1F || (c >= 0x7F && !asUtf8)) {
            appendHex(c);
        } else {
            plainRun += qc;
        }
    }
    flushRun();
    if (needsQuotes || (start < out.size() && (out.at(start) == ' ' || out.back() == ' '))) {
        out.insert(start, '"');
        out += '"';
    }
}

QString variantToString(const QVariant &value)
{
    if (!value.isValid())
        return kInvalid;
    if (value.typeId() == QMetaType::QByteArray)
        return kByteArrayPrefix + QString::fromLatin1(value.toByteArray()) + u')';
    if (!value.canConvert<QString>())
        qCWarning(lcModels) << "a settings value of type" << value.typeName() << "was written as empty text";
    QString text = value.toString();
    if (text.contains(QChar::Null))
        return kStringPrefix + text + u')';
    if (text.startsWith(u'@'))
        text.prepend(u'@');
    return text;
}

void appendValue(const QVariant &value, QByteArray &out)
{
    const bool isList = value.typeId() == QMetaType::QStringList
        || (value.typeId() == QMetaType::QVariantList && value.toList().size() != 1);
    if (!isList) {
        appendEscapedString(variantToString(value), out);
        return;
    }
    const QVariantList items = value.toList();
    if (items.isEmpty()) {
        out += kInvalid.toLatin1(); // as Qt writes an empty list
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        appendEscapedString(variantToString(items.at(i)), out);
    }
}
} // namespace

namespace IniFile {

QSettings::SettingsMap parse(QByteArrayView text)
{
    QSettings::SettingsMap map;
    QStringList unknownKinds;
    QString section; // "" for [General], otherwise "name/"
    qsizetype i = text.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        if (i >= text.size())
            break;
        if (text[i] == ';') { // a comment line
            i = skipToLineEnd(text, i);
            continue;
        }
        // One logical line: it ends at a line break outside quotes (a backslash continues it) or at
        // a ";" outside quotes, where a comment starts.
        const qsizetype start = i;
        qsizetype equals = -1;
        bool inQuotes = false;
        while (i < text.size()) {
            const char c = text[i];
            if ((c == '\n' || c == '\r' || c == ';') && !inQuotes)
                break;
            if (c
                == '\\') { // the next character is taken as it is: a backslash at the end continues the line
                i += 2;
                if (i < text.size()
                    && ((text[i - 1] == '\n' && text[i] == '\r') || (text[i - 1] == '\r' && text[i] == '\n')))
                    ++i;
                continue;
            }
            if (c == '"')
                inQuotes = !inQuotes;
            else if (c == '=' && equals < 0)
                equals = i;
            ++i;
        }
        i = std::min(i, text.size());
        const QByteArrayView line = text.sliced(start, i - start);
        if (i < text.size() && text[i] == ';')
            i = skipToLineEnd(text, i);

        if (line.startsWith('[')) {
            qsizetype close = line.indexOf(']');
            if (close < 0)
                close = line.size();
            QString name = unescapeKey(line.sliced(1, close - 1));
            if (name.compare(u"general", Qt::CaseInsensitive) == 0) {
                section.clear();
            } else {
                if (name.compare(u"%general", Qt::CaseInsensitive) == 0)
                    name.remove(0, 1);
                section = name + u'/';
            }
            continue;
        }
        if (equals < 0)
            continue; // neither a section nor a key: ignored, as Qt does
        qsizetype keyEnd = equals - start;
        while (keyEnd > 0 && (line[keyEnd - 1] == ' ' || line[keyEnd - 1] == '\t'))
            --keyEnd;
        const QString key = section + unescapeKey(line.first(keyEnd));
        const Unescaped value = unescapeValue(line.sliced(equals - start + 1));
        bool unknownKind = false;
        map.insert(key,
                   value.isList ? listToVariant(value.items, &unknownKind)
                                : toVariant(value.items.constFirst(), &unknownKind));
        if (unknownKind)
            unknownKinds.append(key);
    }
    if (!unknownKinds.isEmpty())
        qCWarning(lcModels) << "read as plain text, not decoded (Roster never writes such values):"
                            << unknownKinds;
    return map;
}

QByteArray serialize(const QSettings::SettingsMap &map)
{
    // Keys without a "/" go to [General], the rest into a section named by their first part; the
    // map's order keeps each section's keys together and sorted.
    QByteArray general;
    QByteArray sections;
    QString currentSection;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        QByteArray &out = slash < 0 ? general : sections;
        if (slash >= 0) {
            const QString section = it.key().first(slash);
            if (section != currentSection || sections.isEmpty()) {
                if (!sections.isEmpty())
                    sections += '\n';
                sections += '[';
                if (section.compare(u"general", Qt::CaseInsensitive) == 0)
                    sections += '%' + section.toLatin1();
                else
                    appendEscapedKey(section, sections);
                sections += "]\n";
                currentSection = section;
            }
        }
        appendEscapedKey(slash < 0 ? it.key() : it.key().sliced(slash + 1), out);
        out += '=';
        appendValue(it.value(), out);
        out += '\n';
    }
    if (general.isEmpty())
        return sections;
    return "[General]\n" + general + (sections.isEmpty() ? QByteArray() : "\n" + sections);
}

bool read(QIODevice &device, QSettings::SettingsMap &map)
{
    map = parse(device.readAll());
    return true;
}

bool write(QIODevice &device, const QSettings::SettingsMap &map)
{
    const QByteArray text = serialize(map);
    return device.write(text) == text.size();
}

QSettings::Format settingsFormat()
{
    static const QSettings::Format format = QSettings::registerFormat(QStringLiteral("conf"), &read, &write);
    return format;
}

} // namespace IniFile
