#include "MockFault.h"

namespace {
bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Where the first string that is a member's value (a string after ':') starts its content; when
// there is none, the first string of any kind; -1 when the text has no string at all.
qsizetype firstStringValue(const QByteArray &json)
{
    qsizetype firstString = -1;
    bool inString = false;
    bool escaped = false;
    char lastSignificant = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                lastSignificant = '"';
            }
            continue;
        }
        if (c == '"') {
            if (lastSignificant == ':')
                return i + 1;
            if (firstString < 0)
                firstString = i + 1;
            inString = true;
        } else if (!isJsonSpace(c)) {
            lastSignificant = c;
        }
    }
    return firstString;
}

QByteArray proxyErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + MockResponse::reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

const char kCaptivePortal[]
    = "<html><head><title>Guest Wi-Fi</title></head><body><h1>Welcome to Guest Wi-Fi</h1>"
      "<p>This network uses a captive portal: accept the terms of use to continue.</p>"
      "<form method=\"post\" action=\"/portal/accept\"><button>Accept and connect</button></form>"
      "</body></html>";
} // namespace

QByteArray MockFaults::withInvalidUtf8(const QByteArray &json)
{
    const qsizetype at = firstStringValue(json);
    if (at < 0)
        return QByteArray("[\"\xC3\x28\"]"); // nothing to spoil in place: a string that is spoilt
    QByteArray spoilt = json;
    spoilt.insert(at, "\xC3\x28");
    return spoilt;
}

QByteArray MockFaults::padded(const QByteArray &json, qsizetype size)
{
    if (json.size() >= size)
        return json;
    qsizetype open = 0;
    while (open < json.size() && isJsonSpace(json.at(open)))
        ++open;
    if (json.trimmed().isEmpty()) {
        const QByteArray head = "{\"x_padding\":\"";
        return head + QByteArray(qMax<qsizetype>(0, size - head.size() - 2), 'x') + "\"}";
    }
    if (json.at(open) != '{') // an array or a scalar: trailing whitespace keeps it the same JSON
        return json + QByteArray(size - json.size(), ' ');
    qsizetype next = open + 1;
    while (next < json.size() && isJsonSpace(json.at(next)))
        ++next;
    const bool emptyObject = next < json.size() && json.at(next) == '}';
    const QByteArray head = "\"x_padding\":\"";
    const QByteArray tail = emptyObject ? QByteArray("\"") : QByteArray("\",");
    const qsizetype fill = qMax<qsizetype>(0, size - json.size() - head.size() - tail.size());
    QByteArray result = json;
    result.insert(open + 1, head + QByteArray(fill, 'x') + tail);
    return result;
}

MockResponse MockFaults::spoiled(const MockResponse &original, const MockFault &fault)
{
    MockResponse answer = original;
    if (fault.htmlErrorPage) {
        const int status = fault.status > 0 ? fault.status : 502;
        answer = MockResponse();
        answer.status = status;
        answer.contentType = "text/html";
        answer.body = fault.body.isEmpty() ? proxyErrorPage(status) : fault.body;
    } else if (fault.status > 0) {
        answer = fault.body.isEmpty() ? MockResponse::plainError(fault.status, "injected failure")
                                      : MockResponse();
        answer.status = fault.status;
        if (!fault.body.isEmpty())
            answer.body = fault.body;
    }
    if (fault.malformedJson) {
        answer.status = 200;
        answer.contentType = "application/json";
        answer.body = "{\"data\": [";
    }
    if (fault.htmlPage) {
        answer.status = 200;
        answer.contentType = "text/html";
        answer.body = kCaptivePortal;
    }
    if (fault.wrongContentType)
        answer.contentType = "text/html";
    if (fault.invalidUtf8)
        answer.body = withInvalidUtf8(answer.body);
    if (fault.oversizeBytes > 0) {
        answer.body = padded(answer.body, fault.oversizeBytes);
        if (answer.status == 204)
            answer.status = 200; // a 204 may not carry the body this fault is about
        if (answer.contentType.isEmpty())
            answer.contentType = "application/json";
    }
    if (!fault.redirectTo.isEmpty()) {
        answer.status = 302;
        answer.contentType.clear();
        answer.body.clear();
        answer.headers.append({ "Location", fault.redirectTo });
    }
    if (!fault.retryAfter.isEmpty())
        answer.headers.append({ "Retry-After", fault.retryAfter });
    return answer;
}
