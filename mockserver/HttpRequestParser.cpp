#include "HttpRequestParser.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace {
const QByteArray kCrLf = QByteArrayLiteral("\r\n");

ParseResult refuse(int status, const char *reason)
{
    ParseResult result;
    result.outcome = ParseResult::Malformed;
    result.status = status;
    result.reason = reason;
    return result;
}

// RFC 9110 §5.6.2: the characters a token (a method, a field name) may have.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Visible ASCII, no fragment, and every '%' starting a two-digit escape.
bool isValidTarget(const QByteArray &target)
{
    for (qsizetype i = 0; i < target.size(); ++i) {
        const uchar c = uchar(target.at(i));
        if (c <= 0x20 || c >= 0x7f || c == '#')
            return false;
        if (c == '%') {
            if (i + 2 >= target.size() || !isHexDigit(target.at(i + 1)) || !isHexDigit(target.at(i + 2)))
                return false;
        }
    }
    return !target.isEmpty();
}

// RFC 9110 §5.5: field-value characters are VCHAR, obs-text, SP and HTAB; no CR, LF, NUL.
bool isValidFieldValue(const QByteArray &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char ch) {
        const uchar c = uchar(ch);
        return c == '\t' || (c >= 0x20 && c != 0x7f);
    });
}

QByteArray trimmedOws(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text.at(begin) == ' ' || text.at(begin) == '\t'))
        ++begin;
    while (end > begin && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        --end;
    return text.mid(begin, end - begin);
}

enum class Decimal { Ok, NotANumber, Overflow };

// 1*DIGIT and nothing else: no sign, no spaces, no hex, no exponent.
Decimal parseDecimal(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty())
        return Decimal::NotANumber;
    qint64 result = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return Decimal::NotANumber;
        const int digit = c - '0';
        if (result > (std::numeric_limits<qint64>::max() - digit) / 10)
            return Decimal::Overflow;
        result = result * 10 + digit;
    }
    *value = result;
    return Decimal::Ok;
}

struct Target {
    QString path;
    QUrlQuery query;
};

// origin-form "/path?query", absolute-form "http://host/path?query", or "*" (OPTIONS only).
std::optional<Target> parseTarget(const QByteArray &method, const QByteArray &target)
{
    if (!isValidTarget(target))
        return std::nullopt;
    if (target == "*") {
        if (method != "OPTIONS")
            return std::nullopt;
        return Target{ QStringLiteral("*"), QUrlQuery() };
    }
    QByteArray rest = target;
    if (!target.startsWith('/')) {
        const QByteArray lower = target.toLower();
        const qsizetype schemeEnd = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (schemeEnd < 0)
            return std::nullopt;
        qsizetype authorityEnd = schemeEnd;
        while (authorityEnd < target.size() && target.at(authorityEnd) != '/'
               && target.at(authorityEnd) != '?')
            ++authorityEnd;
        if (authorityEnd == schemeEnd)
            return std::nullopt; // no host
        rest = target.mid(authorityEnd);
        if (!rest.startsWith('/'))
            rest.prepend('/');
    }
    const qsizetype question = rest.indexOf('?');
    const QByteArray path = question < 0 ? rest : rest.left(question);
    Target result;
    result.path = QUrl::fromPercentEncoding(path);
    if (question >= 0)
        result.query = QUrlQuery(QString::fromLatin1(rest.mid(question + 1)));
    return result;
}
} // namespace

ParseResult HttpRequestParser::parse(const QByteArray &buffer, const ParseLimits &limits)
{
    const qsizetype maxHeader = qMax<qsizetype>(0, limits.maxHeaderBytes);
    const qsizetype maxBody = qMax<qsizetype>(0, limits.maxBodyBytes);

    // RFC 9112 §2.2: a server SHOULD ignore empty lines received before the request line.
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer.at(start) == '\r' && buffer.at(start + 1) == '\n')
        start += 2;

    const qsizetype lineEnd = buffer.indexOf(kCrLf, start);
    if (lineEnd < 0 || lineEnd + 2 > maxHeader) {
        if (buffer.size() > maxHeader || (lineEnd >= 0 && lineEnd + 2 > maxHeader))
            return refuse(431, "the header section is too large");
        return ParseResult(); // the request line is still arriving
    }

    // The request line is judged as soon as it is whole, so garbage is refused before it piles up.
    const QByteArray line = buffer.mid(start, lineEnd - start);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return refuse(400, "the request line is not METHOD SP target SP version");
    const QByteArray &method = parts.at(0);
    const QByteArray &version = parts.at(2);
    if (!isToken(method))
        return refuse(400, "the method is not a token");
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' || version.at(5) < '0'
        || version.at(5) > '9' || version.at(7) < '0' || version.at(7) > '9')
        return refuse(400, "the version is not HTTP/x.y");
    if (version.at(5) != '1')
        return refuse(505, "only HTTP/1.x is spoken here");
    const std::optional<Target> target = parseTarget(method, parts.at(1));
    if (!target)
        return refuse(400, "the request target is malformed");

    const qsizetype headerEnd = buffer.indexOf(QByteArrayLiteral("\r\n\r\n"), lineEnd);
    if (headerEnd < 0) {
        if (buffer.size() > maxHeader)
            return refuse(431, "the header section is too large");
        return ParseResult(); // header fields are still arriving
    }
    const qsizetype headerBytes = headerEnd + 4;
    if (headerBytes > maxHeader)
        return refuse(431, "the header section is too large");

    ParseResult result;
    MockRequest &request = result.request;
    request.method = method;
    request.version = version;
    request.path = target->path;
    request.query = target->query;

    QList<QByteArray> contentLengths;
    int hostCount = 0;
    // Each field line sits between two CRLFs; `headerEnd` is the CRLF that ends the last one.
    for (qsizetype at = lineEnd + 2; at < headerEnd + 2;) {
        const qsizetype end = buffer.indexOf(kCrLf, at);
        const QByteArray field = buffer.mid(at, end - at);
        at = end + 2;
        if (field.startsWith(' ') || field.startsWith('\t'))
            return refuse(400, "obsolete line folding");
        const qsizetype colon = field.indexOf(':');
        if (colon < 0)
            return refuse(400, "a header line without a colon");
        const QByteArray name = field.left(colon).toLower();
        if (!isToken(name)) // also catches whitespace before the colon
            return refuse(400, "a header name is not a token");
        const QByteArray value = trimmedOws(field.mid(colon + 1));
        if (!isValidFieldValue(value))
            return refuse(400, "a header value has control characters");
        if (name == "content-length")
            contentLengths.append(value);
        else if (name == "host")
            ++hostCount;
        auto existing = request.headers.find(name);
        if (existing == request.headers.end())
            request.headers.insert(name, value);
        else
            *existing += ", " + value;
    }

    if (hostCount > 1 || (version == "HTTP/1.1" && hostCount == 0))
        return refuse(400, "HTTP/1.1 needs exactly one Host");

    const bool hasTransferEncoding = request.headers.contains("transfer-encoding");
    if (hasTransferEncoding && !contentLengths.isEmpty())
        return refuse(400, "Content-Length together with Transfer-Encoding");
    if (hasTransferEncoding) {
        const QByteArray last = trimmedOws(request.headers.value("transfer-encoding").split(',').last());
        if (last.toLower() == "chunked")
            return refuse(411, "chunked request bodies are not supported");
        return refuse(400, "a Transfer-Encoding that does not end in chunked");
    }

    // RFC 9110 §8.6: repeats (or a list) are acceptable only when every value is the same number.
    qint64 length = 0;
    bool haveLength = false;
    for (const QByteArray &field : std::as_const(contentLengths)) {
        const QList<QByteArray> values = field.split(',');
        for (const QByteArray &raw : values) {
            qint64 value = 0;
            switch (parseDecimal(trimmedOws(raw), &value)) {
            case Decimal::NotANumber:
                return refuse(400, "Content-Length is not a decimal number");
            case Decimal::Overflow:
                return refuse(400, "Content-Length overflows");
            case Decimal::Ok:
                break;
            }
            if (haveLength && value != length)
                return refuse(400, "Content-Length repeated with different values");
            length = value;
            haveLength = true;
        }
    }
    if (length > maxBody)
        return refuse(413, "the request body is too large");
    if (buffer.size() - headerBytes < length)
        return ParseResult(); // the body is still arriving

    request.body = buffer.mid(headerBytes, length);
    result.outcome = ParseResult::Complete;
    result.consumed = headerBytes + length;
    return result;
}
