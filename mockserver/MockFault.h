#pragma once

#include "MockResponse.h"

#include <QByteArray>
#include <QtGlobal>

// Misbehaviour injected into a route for tests: slow, failing, broken or cut-off answers. Fields
// combine: the answer's content is spoiled first (status, htmlErrorPage, malformedJson, htmlPage,
// wrongContentType, invalidUtf8, oversizeBytes, redirectTo, retryAfter), then it is delivered as
// the delivery fields say (delayMs, then at most one of resetConnection, truncateBody,
// resetAfterHeaders, resetMidBody, trickleIntervalMs).
struct MockFault {
    int delayMs = 0; // answer only after this long
    int status = 0; // answer this status instead (0: the route's own)
    QByteArray body; // with `status`: this body instead of a generic error
    bool malformedJson = false; // 200 application/json whose body is broken JSON: {"data": [
    bool htmlPage = false; // 200 text/html: a captive portal's sign-in page instead of the API
    bool htmlErrorPage = false; // `status` (502 when 0) with a proxy's text/html error page
    bool wrongContentType = false; // the route's own body, labelled Content-Type: text/html
    bool invalidUtf8 = false; // the route's own body with \xC3\x28 inside its first JSON string value
    qsizetype oversizeBytes = 0; // the route's JSON body padded (still valid JSON) to at least this
    QByteArray redirectTo; // non-empty: 302 Found with this Location, empty body
    QByteArray retryAfter; // non-empty: a Retry-After header with this raw value ("1", an HTTP-date)
    bool resetConnection = false; // close the socket without answering
    bool truncateBody = false; // promise more bytes than are sent, then close cleanly
    bool resetAfterHeaders = false; // status line and headers, then a TCP reset before any body byte
    bool resetMidBody = false; // status line, headers and half the body, then a TCP reset
    int trickleIntervalMs = 0; // write the whole answer one byte every this many ms
    int times = -1; // how many requests it spoils; -1: all
    QByteArray method; // only requests with this method ("PATCH"); empty: any
};

namespace MockFaults {
// The route's answer with the fault's content changes applied (delivery is the server's job).
MockResponse spoiled(const MockResponse &answer, const MockFault &fault);
// `json` with an invalid UTF-8 sequence (\xC3\x28) at the start of its first string value.
QByteArray withInvalidUtf8(const QByteArray &json);
// `json` grown to at least `size` bytes and still the same JSON value plus a padding member.
QByteArray padded(const QByteArray &json, qsizetype size);
} // namespace MockFaults
