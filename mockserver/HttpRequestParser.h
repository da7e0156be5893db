#pragma once

#include "MockRequest.h"

#include <QByteArray>
#include <QtGlobal>

// How much of a request the parser accepts before it refuses.
struct ParseLimits {
    qsizetype maxHeaderBytes = 64 * 1024; // the request line and header fields with their CRLFs
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
};

struct ParseResult {
    enum Outcome {
        Incomplete, // a valid start; more bytes are needed
        Complete, // `request` is whole and took the first `consumed` bytes of the buffer
        Malformed, // answer `status` and close: the framing cannot be trusted any more
    };
    Outcome outcome = Incomplete;
    MockRequest request;
    qsizetype consumed = 0;
    int status = 0; // with Malformed: 400, 411, 413, 431 or 505
    QByteArray reason; // with Malformed: what was wrong, in a few words
};

// Strict HTTP/1.1 request framing (RFC 9112) over a byte buffer: no sockets, no event loop, no
// state between calls, so a fuzzer can drive it directly. It reads one request from the start of
// `buffer` (empty lines before the request line are skipped, as the RFC allows):
//   request-line  = method SP request-target SP "HTTP/1." DIGIT CRLF  (origin-form, absolute-form
//                   with http/https, or "*" for OPTIONS; only visible ASCII in the target)
//   header lines  = token ":" OWS value OWS CRLF  (no space before the colon, no line folding)
// Refusals: a malformed line, Content-Length that is not a plain decimal, overflows, or repeats
// with a different value, Content-Length together with Transfer-Encoding, a missing or repeated
// Host in HTTP/1.1 → 400; chunked Transfer-Encoding → 411; a header section over the limit → 431;
// a body over the limit → 413; another HTTP major version → 505.
class HttpRequestParser {
public:
    static ParseResult parse(const QByteArray &buffer, const ParseLimits &limits = ParseLimits());
};
