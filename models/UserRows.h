#pragma once

#include "ByteArena.h"
#include "User.h"

#include <QString>
#include <limits>
#include <vector>

// The users of one table, packed for directories of a million: each user is one 24-byte row
// (state, flags, dates as integers) and one entry in a ByteArena with the fields it has, UTF-8,
// in a tag-length-value form. Nothing is stored for an empty field; roles, metadata and related
// links are stored only when present. A User is rebuilt on demand (user()), and the fields a
// table shows can be read without rebuilding one (text(), msecs(), ...). Finds a row by id with
// an open-addressing index of 4 bytes a slot instead of a hash of strings.
class UserRows {
public:
    // msecs() of a date the user does not have.
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }

    void append(const User &user);
    // The user at `row` becomes `user` (its id may change).
    void replace(int row, const User &user);
    void removeAt(int row);
    void clear();

    User user(int row) const;
    QString id(int row) const;
    int rowOf(QStringView id) const; // -1 when no row has this id
    bool contains(QStringView id) const { return rowOf(id) >= 0; }

    // A field held as text, as stored (roles joined with ", ").
    QString text(int row, UserField field) const;
    // What User::displayName() answers for the user at `row`.
    QString displayName(int row) const;
    UserState state(int row) const { return UserState(m_rows[size_t(row)].state); }
    bool flag(int row, UserField field) const;
    qint64 msecs(int row, UserField field) const;

private:
    struct Row {
        ByteArena::Ref record = 0;
        quint8 state = 0;
        quint8 flags = 0;
        qint64 created = NoTime;
        qint64 updated = NoTime;
    };
    enum Flag : quint8 { Staff = 1, Superuser = 2 };

    Row encode(const User &user);
    QByteArrayView idBytes(int row) const;
    void index(int row, QStringView id);
    void rebuildIndex();
    // The slot that holds `id`, or the free one where it would go. Ids are hashed as UTF-16 and
    // compared with the stored UTF-8 directly: a lookup allocates nothing.
    int findSlot(QStringView id) const;
    int findFreeSlot(quint32 hash) const;

    ByteArena m_arena;
    QByteArray m_buffer; // encode()'s, kept between rows
    std::vector<Row> m_rows;
    std::vector<quint32> m_hashes; // of each row's id: the index grows without reading ids
    std::vector<quint32> m_index; // row + 1 per slot; 0 is free
};
