// libFuzzer target: JsonTape against QJsonDocument on the same bytes (see JsonTapeCheck.h).
// Whatever the tape accepts, QJsonDocument must accept and read alike, value for value; any
// difference aborts with the path to it. What the tape refuses goes to QJsonDocument in Roster,
// so refusing more than it needs to is allowed, never accepting differently.
#include "../JsonTapeCheck.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not copied: a read past the input's end is AddressSanitizer's to see.
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonTapeCheck::Outcome outcome = JsonTapeCheck::check(text);
    if (!outcome.mismatch.isEmpty()) {
        std::fprintf(stderr, "fuzz_json_tape: JsonTape and QJsonDocument differ: %s\n",
                     outcome.mismatch.toUtf8().constData());
        __builtin_trap();
    }
    return 0;
}
