#include "ByteArena.h"

#include <cstring>

namespace {
// Lengths are stored as a little-endian base-128 varint: one byte for anything under 128.
int varintSize(quint32 value)
{
    int size = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++size;
    }
    return size;
}
} // namespace

ByteArena::Ref ByteArena::append(QByteArrayView bytes)
{
    const auto length = quint32(bytes.size());
    Ref ref = 0;
    char *out = reserve(varintSize(length) + bytes.size(), &ref);
    if (m_chunks.back().size > ChunkSize)
        m_chunks.back().used = m_chunks.back().size; // an oversized entry has its chunk alone
    quint32 value = length;
    while (value >= 0x80) {
        *out++ = char(0x80 | (value & 0x7f));
        value >>= 7;
    }
    *out++ = char(value);
    if (!bytes.isEmpty())
        std::memcpy(out, bytes.data(), size_t(bytes.size()));
    return ref;
}

QByteArrayView ByteArena::at(Ref ref) const
{
    const Chunk &chunk = m_chunks[ref >> ChunkBits];
    const auto *in = reinterpret_cast<const uchar *>(chunk.data.get() + (ref & (ChunkSize - 1)));
    quint32 length = 0;
    int shift = 0;
    while (*in & 0x80) {
        length |= quint32(*in++ & 0x7f) << shift;
        shift += 7;
    }
    length |= quint32(*in++) << shift;
    return QByteArrayView(reinterpret_cast<const char *>(in), qsizetype(length));
}

char *ByteArena::reserve(qsizetype bytes, Ref *ref)
{
    if (m_chunks.empty() || m_chunks.back().size - m_chunks.back().used < bytes) {
        // An entry larger than a chunk gets a chunk of its own, at offset 0: references address
        // chunks by index, so a chunk may be any size as long as its entries start in the low bits.
        Chunk chunk;
        chunk.size = qMax(ChunkSize, bytes);
        // Not value-initialised: pages the chunk never uses are never touched, so never resident.
        chunk.data.reset(new char[size_t(chunk.size)]);
        m_chunks.push_back(std::move(chunk));
        // 4,096 chunks of a megabyte: a ceiling far above PagedTableModel::MaxRows users.
        if (m_chunks.size() > (size_t(1) << (32 - ChunkBits)))
            qFatal("ByteArena: more than 4 GiB of rows");
    }
    Chunk &chunk = m_chunks.back();
    *ref = Ref((m_chunks.size() - 1) << ChunkBits) | Ref(chunk.used);
    char *out = chunk.data.get() + chunk.used;
    chunk.used += bytes;
    return out;
}

void ByteArena::clear()
{
    m_chunks.clear();
}

qsizetype ByteArena::capacity() const
{
    qsizetype total = 0;
    for (const Chunk &chunk : m_chunks)
        total += chunk.size;
    return total;
}
