#pragma once

#include "ByteArena.h"
#include "CollationKeys.h"
#include "DateTimeText.h"
#include "UserField.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <map>
#include <memory>
#include <vector>

class UserFilter;
class UserRows;
struct User;

// What the user table filters and sorts by, made once when a row arrives or changes, so that a
// keystroke in the filter box is a scan over bytes and a click on a header sorts integers and
// byte strings, never display strings:
// - the folded text (UserFilter::fold) of every text and date column, one UTF-8 entry a row;
// - a collation key (CollationKeys) of the name as shown, when Name is a column;
// - the roles as shown, interned: a directory has a handful of distinct ones;
// - dates and flags are read as integers from UserRows.
// Other text columns get collation keys the first time the table is sorted by them.
class UserRowKeys {
public:
    UserRowKeys();
    ~UserRowKeys();

    // The columns to keep keys for; drops every key and reads the locale afresh.
    void reset(const QList<UserField> &columns, const QString &yes, const QString &no);
    void clear();
    // Keys for `user`, just appended to `rows` as its last row, or just put at `row`.
    void append(const UserRows &rows, const User &user);
    void update(const UserRows &rows, int row, const User &user);
    void removeAt(int row);

    // The text a date column shows.
    QString dateText(qint64 msecs) const;

    // A filter compiled against these keys.
    class Matcher {
    public:
        bool matchesEverything() const { return m_needle.isEmpty(); }

    private:
        friend class UserRowKeys;
        QByteArray m_needle;
        std::vector<qint8> m_roles; // per interned role text: -1 not yet known, 0 no, 1 yes
        bool m_states[4] = {};
        bool m_yes = false;
        bool m_no = false;
    };
    Matcher matcher(const UserFilter &filter) const;
    bool matches(const UserRows &rows, int row, Matcher &matcher) const;
    // The rows of `candidates` that match, in their order: matches() for each, in one scan.
    std::vector<int> filter(const UserRows &rows, const std::vector<int> &candidates, Matcher &matcher) const;

    // Sorts `order` (rows of `rows`) by `field`, stably: equal keys keep the order of row numbers.
    void sort(const UserRows &rows, std::vector<int> &order, UserField field, Qt::SortOrder sortOrder);
    // Whether `a` sorts before `b` as sort() orders them.
    bool less(const UserRows &rows, int a, int b, UserField field, Qt::SortOrder sortOrder);

private:
    struct Keys {
        ByteArena::Ref haystack = 0;
        ByteArena::Ref name = 0;
        quint32 roles = 0;
    };
    static bool isTextColumn(UserField field);
    bool roleMatches(quint32 roles, Matcher &matcher) const;
    Keys keysFor(const User &user);
    quint32 intern(const QString &roles);
    void ensureTextKeys(const UserRows &rows, UserField field);
    ByteArena::Ref textKey(const UserRows &rows, int row, UserField field);
    // The place of a row's value among the few values of roles, states or a flag, in
    // collation order.
    quint32 rankOf(const UserRows &rows, int row, UserField field);

    QList<UserField> m_columns;
    QList<UserField> m_haystackColumns;
    bool m_roleColumn = false;
    bool m_stateColumn = false;
    QList<UserField> m_flagColumns;
    bool m_nameColumn = false;
    QString m_yes;
    QString m_no;
    std::unique_ptr<CollationKeys> m_collation;
    std::unique_ptr<DateTimeText> m_dates;

    ByteArena m_arena;
    QByteArray m_buffer; // keysFor()'s, kept between rows
    std::vector<Keys> m_keys;
    QStringList m_roleTexts;
    QHash<QString, quint32> m_roleIds;
    quint32 m_lastRoles = 0; // the roles intern() met last (an index into m_roleTexts)
    std::vector<quint32> m_roleRanks; // per role text; rebuilt when a new text arrives
    quint32 m_stateRanks[4] = {};
    // Collation keys of other text columns, made on the first sort by them and kept up to date.
    std::map<UserField, std::vector<ByteArena::Ref>> m_textKeys;
};
