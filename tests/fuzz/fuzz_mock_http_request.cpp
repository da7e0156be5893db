// libFuzzer target: bytes from a client's socket through the mock server's request framing
// (HttpRequestParser), which the standalone roster-mockserver exposes on a port. Small limits,
// so the fuzzer reaches the size refusals without megabytes of input.
#include "HttpRequestParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ParseLimits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxBodyBytes = 4096;
    const QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParseResult result = HttpRequestParser::parse(buffer, limits);
    // What the server relies on: a whole request never claims bytes it was not given, and a
    // refusal always carries a status to answer with.
    if (result.outcome == ParseResult::Complete
        && (result.consumed <= 0 || result.consumed > buffer.size()
            || result.request.body.size() > limits.maxBodyBytes))
        __builtin_trap();
    if (result.outcome == ParseResult::Malformed && result.status < 400)
        __builtin_trap();
    volatile qsizetype sink = result.request.method.size() + result.request.path.size()
        + result.request.body.size() + result.reason.size();
    (void)sink;
    return 0;
}
