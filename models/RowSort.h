#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <algorithm>
#include <vector>

// Sorting rows by keys, for the user table: a stable radix sort over 64-bit keys, and byte-string
// keys sorted eight bytes at a time. UserRowKeys sorts with these; nothing here knows users.
namespace RowSort {

// A row and the integer it sorts by.
struct Keyed {
    quint64 key;
    int row;
};

// memcmp order; a key that is a prefix of another comes first.
int compareBytes(QByteArrayView a, QByteArrayView b);

// The first eight bytes of a key as one integer, so most comparisons in a sort never leave the
// array being sorted; keys hold no zero byte, so padding a short key with zeros keeps its order.
// Bytes from `offset` on, likewise, for rows whose keys agree on every byte before it.
quint64 prefixOf(QByteArrayView key, qsizetype offset = 0);

// Sorts `entries` by key, stably. A sort that compares costs a hundred thousand rows some 1.7
// million comparisons; a radix sort reads each key once per 16 bits (passes in which every key
// has the same digit are skipped), so a click on a header costs a few passes over the rows.
// Small batches (the rows of a frame, merged into a sorted view) are sorted by comparing.
void sortStably(Keyed *entries, size_t count);
void sortStably(std::vector<Keyed> &entries);

void copyRows(const std::vector<Keyed> &keyed, std::vector<int> &order);

// An integer that orders as `value` does, for keyedRows().
quint64 sortable(qint64 value);

// Sorts `count` entries, in row order and agreeing on the first `offset` bytes of their keys
// (`keyOf(row)`), by the rest of their keys: by the next eight bytes, then each run of rows
// that agree on those too by the eight after, and so on; short runs by comparing.
template<typename KeyOf>
void sortByBytes(Keyed *entries, size_t count, qsizetype offset, bool ascending, const KeyOf &keyOf)
{
    for (size_t i = 0; i < count; ++i) {
        const quint64 key = prefixOf(keyOf(entries[i].row), offset);
        entries[i].key = ascending ? key : ~key;
    }
    sortStably(entries, count);
    const auto byRestOfKey = [&](const Keyed &a, const Keyed &b) {
        const int compared = compareBytes(keyOf(a.row), keyOf(b.row));
        if (compared != 0)
            return ascending ? compared < 0 : compared > 0;
        return a.row < b.row;
    };
    for (size_t first = 0; first < count;) {
        size_t end = first + 1;
        while (end < count && entries[end].key == entries[first].key)
            ++end;
        // A key that ends within these eight bytes is equal to every key of its run (no key holds
        // a zero byte), and equal keys are in row order already.
        if (end - first > 1 && keyOf(entries[first].row).size() > offset + 8) {
            if (end - first < 64)
                std::sort(entries + first, entries + end, byRestOfKey);
            else
                sortByBytes(entries + first, end - first, offset + 8, ascending, keyOf);
        }
        first = end;
    }
}

// Rows to sort, each with its key (`ascending` or not), in row order: a stable sort then keeps
// equal keys in the server's order, whichever the direction.
template<typename KeyOf> std::vector<Keyed> keyedRows(std::vector<int> &order, bool ascending, KeyOf keyOf)
{
    if (!std::is_sorted(order.begin(), order.end()))
        std::sort(order.begin(), order.end());
    std::vector<Keyed> keyed(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const quint64 key = keyOf(order[i]);
        keyed[i] = Keyed{ ascending ? key : ~key, order[i] };
    }
    return keyed;
}

} // namespace RowSort
