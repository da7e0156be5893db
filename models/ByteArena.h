#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <memory>
#include <vector>

// Append-only storage for many small byte strings (the rows of a large table): they are packed
// into chunks of a megabyte, so holding 100,000 users costs a few dozen allocations instead of
// a million, with no per-string header or allocator rounding. An entry is addressed by a 32-bit
// reference and carries its own length. Nothing is freed before clear(): an entry that is
// replaced stays as garbage, which is fine for rows that change rarely.
class ByteArena {
public:
    using Ref = quint32;

    ByteArena() = default;
    ByteArena(const ByteArena &) = delete;
    ByteArena &operator=(const ByteArena &) = delete;

    // Stores `bytes` and returns where; an empty entry is stored too.
    Ref append(QByteArrayView bytes);
    QByteArrayView at(Ref ref) const;
    void clear();
    // Bytes reserved from the system, for the curious.
    qsizetype capacity() const;

private:
    static constexpr int ChunkBits = 20;
    static constexpr qsizetype ChunkSize = qsizetype(1) << ChunkBits;

    struct Chunk {
        std::unique_ptr<char[]> data;
        qsizetype size = 0;
        qsizetype used = 0;
    };
    char *reserve(qsizetype bytes, Ref *ref);

    std::vector<Chunk> m_chunks;
};
