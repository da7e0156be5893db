#include "JsonTape.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at `at`, or -1.
int hex4(const char *at)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(at[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool isContinuation(uchar c)
{
    return (c & 0xc0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at `at` (lead byte 0x80 or above), or 0 when it
// is malformed, encodes a surrogate, is a noncharacter (U+FDD0..U+FDEF, U+xxFFFE/F) or U+FEFF:
// those are left to QJsonDocument's own rules.
int utf8Length(const uchar *at, const uchar *end)
{
    const uchar lead = at[0];
    int length = 0;
    char32_t code = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        code = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        code = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (end - at < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if (!isContinuation(at[i]))
            return 0;
        code = (code << 6) | (at[i] & 0x3f);
    }
    const char32_t smallest[] = { 0, 0, 0x80, 0x800, 0x10000 };
    if (code < smallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) == 0xfffe)
        return 0;
    // U+FEFF: QString::fromUtf8() drops it at the start of a text, and QJsonObject finds a key
    // that begins with it under the key without it, or not at all.
    if (code == 0xfeff)
        return 0;
    return length;
}
} // namespace

thread_local std::vector<JsonTape::Node> JsonTape::s_spareNodes;

JsonTape::JsonTape(const QByteArray &text) : m_text(text)
{
    m_nodes.swap(s_spareNodes);
    m_nodes.clear();
    if (!read())
        m_nodes.clear();
}

JsonTape::~JsonTape()
{
    constexpr size_t kKept = 1 << 16; // nodes: a megabyte and a half at most stays behind
    if (m_nodes.capacity() <= kKept) {
        m_nodes.clear();
        m_nodes.swap(s_spareNodes);
    }
}

bool JsonTape::read()
{
    // Offsets are 32-bit; answers this large never reach a parser (the client caps bodies).
    if (m_text.size() >= std::numeric_limits<qint32>::max())
        return false;
    m_at = m_text.constData();
    m_end = m_at + m_text.size();
    // A page of users is about one node per 12 bytes.
    m_nodes.reserve(size_t(m_text.size() / 12 + 4));
    skipSpace();
    if (m_at == m_end || (*m_at != '{' && *m_at != '['))
        return false; // QJsonDocument reads only an object or an array at the root
    if (!readContainer(1, *m_at == '{'))
        return false;
    skipSpace();
    return m_at == m_end;
}

void JsonTape::skipSpace()
{
    while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

quint32 JsonTape::push(JsonNode::Type type)
{
    Node node;
    node.type = type;
    node.begin = quint32(m_at - m_text.constData());
    node.end = quint32(m_nodes.size() + 1);
    m_nodes.push_back(node);
    return quint32(m_nodes.size() - 1);
}

bool JsonTape::readValue(int depth)
{
    if (m_at == m_end)
        return false;
    switch (*m_at) {
    case '{':
        return readContainer(depth + 1, true);
    case '[':
        return readContainer(depth + 1, false);
    case '"':
        return readString();
    case 't':
        return readLiteral(QLatin1String("true"), JsonNode::Type::Bool, true);
    case 'f':
        return readLiteral(QLatin1String("false"), JsonNode::Type::Bool, false);
    case 'n':
        return readLiteral(QLatin1String("null"), JsonNode::Type::Null, false);
    default:
        return (*m_at == '-' || isDigit(*m_at)) && readNumber();
    }
}

bool JsonTape::readContainer(int depth, bool object)
{
    if (depth > MaxDepth)
        return false;
    const quint32 index = push(object ? JsonNode::Type::Object : JsonNode::Type::Array);
    const char close = object ? '}' : ']';
    ++m_at;
    skipSpace();
    quint32 count = 0;
    if (m_at != m_end && *m_at == close) {
        ++m_at;
    } else {
        for (;;) {
            if (object) {
                if (m_at == m_end || *m_at != '"' || !readString())
                    return false;
                skipSpace();
                if (m_at == m_end || *m_at != ':')
                    return false;
                ++m_at;
                skipSpace();
            }
            if (!readValue(depth))
                return false;
            ++count;
            skipSpace();
            if (m_at == m_end)
                return false;
            if (*m_at == ',') {
                ++m_at;
                skipSpace();
                continue;
            }
            if (*m_at != close)
                return false;
            ++m_at;
            break;
        }
    }
    Node &node = m_nodes[index];
    node.count = count;
    node.end = quint32(m_nodes.size());
    node.size = quint32(m_at - m_text.constData()) - node.begin;
    return true;
}

bool JsonTape::readString()
{
    ++m_at; // the opening quote
    const quint32 index = push(JsonNode::Type::String);
    quint8 flags = 0;
    const auto *at = reinterpret_cast<const uchar *>(m_at);
    const auto *end = reinterpret_cast<const uchar *>(m_end);
    while (at != end) {
        const uchar c = *at;
        if (c == '"')
            break;
        if (c < 0x20)
            return false;
        if (c == '\\') {
            flags |= Escaped;
            if (end - at < 2)
                return false;
            switch (at[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                at += 2;
                continue;
            case 'u':
                break;
            default:
                return false;
            }
            if (end - at < 6)
                return false;
            const int unit = hex4(reinterpret_cast<const char *>(at) + 2);
            if (unit < 0 || (unit >= 0xdc00 && unit <= 0xdfff))
                return false;
            at += 6;
            if (unit >= 0xd800 && unit <= 0xdbff) {
                // Only a whole surrogate pair; a lone half is left to QJsonDocument.
                if (end - at < 6 || at[0] != '\\' || at[1] != 'u')
                    return false;
                const int low = hex4(reinterpret_cast<const char *>(at) + 2);
                if (low < 0xdc00 || low > 0xdfff)
                    return false;
                at += 6;
            }
            continue;
        }
        if (c >= 0x80) {
            const int length = utf8Length(at, end);
            if (length == 0)
                return false;
            flags |= NonAscii;
            at += length;
            continue;
        }
        ++at;
    }
    if (at == end)
        return false;
    Node &node = m_nodes[index];
    node.flags = flags;
    node.size = quint32(reinterpret_cast<const char *>(at) - m_at);
    m_at = reinterpret_cast<const char *>(at) + 1; // past the closing quote
    return true;
}

bool JsonTape::readNumber()
{
    // RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char *start = m_at;
    const char *at = m_at;
    if (*at == '-')
        ++at;
    if (at == m_end || !isDigit(*at))
        return false;
    if (*at == '0')
        ++at;
    else
        while (at != m_end && isDigit(*at))
            ++at;
    bool whole = true;
    if (at != m_end && *at == '.') {
        whole = false;
        ++at;
        if (at == m_end || !isDigit(*at))
            return false;
        while (at != m_end && isDigit(*at))
            ++at;
    }
    if (at != m_end && (*at == 'e' || *at == 'E')) {
        whole = false;
        ++at;
        if (at != m_end && (*at == '+' || *at == '-'))
            ++at;
        if (at == m_end || !isDigit(*at))
            return false;
        while (at != m_end && isDigit(*at))
            ++at;
    }
    double number = 0;
    qint64 integer = 0;
    // As QJsonDocument: a whole number that fits a qint64 is kept as one (so -0 is 0), and its
    // double is converted from that; anything else is read as a double.
    if (whole && std::from_chars(start, at, integer).ec == std::errc()) {
        number = double(integer);
    } else {
        const auto [end, error] = std::from_chars(start, at, number);
        if (error != std::errc() || end != at || !std::isfinite(number))
            return false;
        // Subnormal numbers are left to QJsonDocument's reading of them.
        if (number != 0 && std::abs(number) < std::numeric_limits<double>::min())
            return false;
        // QJsonDocument keeps a whole double as an integer too, so -0.0 and -0e5 read as 0.
        if (number == 0)
            number = 0;
    }
    const quint32 index = push(JsonNode::Type::Number);
    m_nodes[index].size = quint32(at - start);
    m_nodes[index].number = number;
    m_at = at;
    return true;
}

bool JsonTape::readLiteral(QLatin1String word, JsonNode::Type type, bool value)
{
    if (m_end - m_at < word.size() || std::memcmp(m_at, word.data(), size_t(word.size())) != 0)
        return false;
    const quint32 index = push(type);
    m_nodes[index].size = quint32(word.size());
    m_nodes[index].boolean = value;
    m_at += word.size();
    return true;
}

QString JsonTape::decode(const Node &node) const
{
    const char *at = m_text.constData() + node.begin;
    const char *end = at + node.size;
    if (!(node.flags & Escaped))
        return node.flags & NonAscii ? QString::fromUtf8(at, end - at) : QString::fromLatin1(at, end - at);
    QString text;
    text.reserve(node.size);
    while (at != end) {
        const char *run = at;
        while (at != end && *at != '\\')
            ++at;
        if (at != run)
            text.append(QString::fromUtf8(run, at - run)); // checked as UTF-8 when read
        if (at == end)
            break;
        const char kind = at[1];
        at += 2;
        switch (kind) {
        case 'b':
            text.append(QLatin1Char('\b'));
            break;
        case 'f':
            text.append(QLatin1Char('\f'));
            break;
        case 'n':
            text.append(QLatin1Char('\n'));
            break;
        case 'r':
            text.append(QLatin1Char('\r'));
            break;
        case 't':
            text.append(QLatin1Char('\t'));
            break;
        case 'u':
            text.append(QChar(char16_t(hex4(at))));
            at += 4;
            break;
        default: // " \ /
            text.append(QLatin1Char(kind));
            break;
        }
    }
    return text;
}

JsonNode::Type JsonNode::type() const
{
    return m_tape ? m_tape->m_nodes[m_index].type : Type::Undefined;
}

bool JsonNode::keyIs(QLatin1String key) const
{
    const JsonTape::Node &node = m_tape->m_nodes[m_index];
    if (node.flags == 0)
        return node.size == quint32(key.size())
            && std::memcmp(m_tape->m_text.constData() + node.begin, key.data(), size_t(key.size())) == 0;
    return m_tape->decode(node) == key;
}

JsonNode JsonNode::value(QLatin1String key) const
{
    if (!isObject())
        return JsonNode();
    const auto &nodes = m_tape->m_nodes;
    JsonNode found;
    // Members are key, value pairs; every member is looked at, as the last of a repeated key wins.
    for (quint32 at = m_index + 1; at < nodes[m_index].end; at = nodes[at + 1].end) {
        if (JsonNode(m_tape, at).keyIs(key))
            found = JsonNode(m_tape, at + 1);
    }
    return found;
}

qsizetype JsonNode::size() const
{
    return isArray() || isObject() ? qsizetype(m_tape->m_nodes[m_index].count) : 0;
}

QString JsonNode::toString() const
{
    return isString() ? m_tape->decode(m_tape->m_nodes[m_index]) : QString();
}

double JsonNode::toDouble(double fallback) const
{
    return isDouble() ? m_tape->m_nodes[m_index].number : fallback;
}

bool JsonNode::toBool(bool fallback) const
{
    return isBool() ? m_tape->m_nodes[m_index].boolean : fallback;
}

bool JsonNode::toInteger(qint64 *integer) const
{
    if (!isDouble())
        return false;
    // As QJsonDocument keeps a number: whole text that fits is that integer exactly, and a double
    // that is whole and in range becomes one too (1.0, 1e5 and -0.0 are integers there).
    const QByteArrayView written = text();
    const auto [end, error] = std::from_chars(written.begin(), written.end(), *integer);
    if (error == std::errc() && end == written.end())
        return true;
    const double number = toDouble();
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (number >= -kLimit && number < kLimit && std::trunc(number) == number) {
        *integer = qint64(number);
        return true;
    }
    return false;
}

QVariant JsonNode::toVariant() const
{
    switch (type()) {
    case Type::Null:
        return QVariant::fromValue(nullptr);
    case Type::Bool:
        return toBool();
    case Type::Number:
        if (qint64 integer = 0; toInteger(&integer))
            return QVariant(qlonglong(integer));
        return toDouble();
    case Type::String:
        return toString();
    case Type::Array: {
        QVariantList list;
        list.reserve(size());
        for (const JsonNode &item : *this)
            list.append(item.toVariant());
        return list;
    }
    case Type::Object:
        return toVariantMap();
    case Type::Undefined:
        break;
    }
    return QVariant();
}

QVariantMap JsonNode::toVariantMap() const
{
    QVariantMap map;
    if (!isObject())
        return map;
    const auto &nodes = m_tape->m_nodes;
    // In order, so that a repeated key keeps its last value, as QJsonObject does.
    for (quint32 at = m_index + 1; at < nodes[m_index].end; at = nodes[at + 1].end)
        map.insert(m_tape->decode(nodes[at]), JsonNode(m_tape, at + 1).toVariant());
    return map;
}

QByteArrayView JsonNode::text() const
{
    if (!m_tape)
        return QByteArrayView();
    const JsonTape::Node &node = m_tape->m_nodes[m_index];
    if (node.type == Type::String) // with its quotes
        return QByteArrayView(m_tape->m_text.constData() + node.begin - 1, node.size + 2);
    return QByteArrayView(m_tape->m_text.constData() + node.begin, node.size);
}

JsonNode::Iterator &JsonNode::Iterator::operator++()
{
    m_index = m_tape->m_nodes[m_index].end;
    return *this;
}

JsonNode::Iterator JsonNode::begin() const
{
    return isArray() ? Iterator(m_tape, m_index + 1) : end();
}

JsonNode::Iterator JsonNode::end() const
{
    return isArray() ? Iterator(m_tape, m_tape->m_nodes[m_index].end) : Iterator(m_tape, m_index);
}
