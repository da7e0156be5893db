#include "UserRowKeys.h"

#include "RowSort.h"
#include "UserFilter.h"
#include "UserRows.h"

#include <algorithm>
#include <cstring>

namespace {
// The display text of a text column, as the table shows it.
QString textOf(const User &user, UserField field)
{
    switch (field) {
    case UserField::Name:
        return user.displayName();
    case UserField::Id:
        return user.id;
    case UserField::AccountId:
        return user.accountId;
    case UserField::ExternalId:
        return user.externalId;
    case UserField::Username:
        return user.username;
    case UserField::GivenName:
        return user.givenName;
    case UserField::FamilyName:
        return user.familyName;
    case UserField::Email:
        return user.email;
    case UserField::Type:
        return user.type;
    case UserField::JobTitle:
        return user.jobTitle;
    case UserField::JobDescription:
        return user.jobDescription;
    case UserField::Organization:
        return user.organization;
    default:
        return user.value(field).toString();
    }
}

// Whether `needle` (not empty) occurs in `haystack`. Each row's text is short (a few dozen
// bytes): finding the needle's first byte with memchr and comparing the rest costs less than
// memmem's set-up, which it pays again for every row of a scan.
bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype rest = needle.size() - 1;
    if (haystack.size() <= rest)
        return false;
    const char *at = haystack.data();
    const char *last = at + (haystack.size() - rest); // one past the last place the needle may start
    const char first = needle.front();
    const char *tail = needle.data() + 1;
    while (at < last) {
        at = static_cast<const char *>(std::memchr(at, first, size_t(last - at)));
        if (!at)
            return false;
        if (rest == 0 || std::memcmp(at + 1, tail, size_t(rest)) == 0)
            return true;
        ++at;
    }
    return false;
}

using RowSort::compareBytes;
using RowSort::copyRows;
using RowSort::Keyed;
using RowSort::keyedRows;
using RowSort::sortable;
using RowSort::sortByBytes;
using RowSort::sortStably;
} // namespace

UserRowKeys::UserRowKeys() = default;
UserRowKeys::~UserRowKeys() = default;

bool UserRowKeys::isTextColumn(UserField field)
{
    switch (field) {
    case UserField::Role:
    case UserField::State:
    case UserField::Active:
    case UserField::Staff:
    case UserField::Superuser:
    case UserField::CreatedAt:
    case UserField::UpdatedAt:
        return false;
    default:
        return true;
    }
}

void UserRowKeys::reset(const QList<UserField> &columns, const QString &yes, const QString &no)
{
    m_columns = columns;
    m_yes = yes;
    m_no = no;
    m_haystackColumns.clear();
    m_flagColumns.clear();
    m_roleColumn = columns.contains(UserField::Role);
    m_stateColumn = columns.contains(UserField::State);
    m_nameColumn = columns.contains(UserField::Name);
    for (UserField field : columns) {
        if (field == UserField::Active || field == UserField::Staff || field == UserField::Superuser)
            m_flagColumns << field;
        else if (field != UserField::Role && field != UserField::State)
            m_haystackColumns << field;
    }
    // The locale may have changed since the last list: keys and texts follow the current one.
    m_collation = std::make_unique<CollationKeys>(QLocale());
    m_dates = std::make_unique<DateTimeText>(QLocale());
    std::vector<std::pair<QByteArray, int>> labels;
    for (int state = 0; state < 4; ++state)
        labels.emplace_back(m_collation->key(UserStates::label(UserState(state))), state);
    std::sort(labels.begin(), labels.end());
    for (size_t i = 0; i < labels.size(); ++i) {
        const bool tie = i > 0 && labels[i].first == labels[i - 1].first;
        m_stateRanks[labels[i].second] = tie ? m_stateRanks[labels[i - 1].second] : quint32(i);
    }
    clear();
}

void UserRowKeys::clear()
{
    m_keys = {};
    m_arena.clear();
    m_roleTexts.clear();
    m_roleIds.clear();
    m_roleRanks.clear();
    m_textKeys.clear();
}

QString UserRowKeys::dateText(qint64 msecs) const
{
    return msecs == UserRows::NoTime || !m_dates ? QString() : m_dates->format(msecs);
}

quint32 UserRowKeys::intern(const QString &roles)
{
    // A page repeats a few sets of roles: the last one is compared before anything is hashed.
    if (m_lastRoles < quint32(m_roleTexts.size()) && m_roleTexts.at(qsizetype(m_lastRoles)) == roles)
        return m_lastRoles;
    const auto found = m_roleIds.constFind(roles);
    if (found != m_roleIds.cend())
        return m_lastRoles = *found;
    const auto id = quint32(m_roleTexts.size());
    m_roleTexts << roles;
    m_roleIds.insert(roles, id);
    return m_lastRoles = id;
}

UserRowKeys::Keys UserRowKeys::keysFor(const User &user)
{
    Keys keys;
    QByteArray &bytes = m_buffer;
    bytes.truncate(0); // not clear(): that frees the buffer, and every row would grow it again
    bool first = true;
    for (UserField field : std::as_const(m_haystackColumns)) {
        if (!first)
            bytes.append('\0'); // a match never spans two columns
        first = false;
        if (field == UserField::CreatedAt || field == UserField::UpdatedAt) {
            const QDateTime &when = field == UserField::CreatedAt ? user.createdAt : user.updatedAt;
            if (when.isValid())
                m_dates->appendFolded(when.toMSecsSinceEpoch(), bytes);
        } else {
            UserFilter::appendFolded(textOf(user, field), bytes);
        }
    }
    keys.haystack = m_arena.append(bytes);
    if (m_nameColumn) {
        bytes.truncate(0);
        m_collation->append(user.displayName(), bytes);
        keys.name = m_arena.append(bytes);
    }
    keys.roles
        = user.roles.size() == 1 ? intern(user.roles.first()) : intern(user.roles.join(QStringLiteral(", ")));
    return keys;
}

void UserRowKeys::append(const UserRows &rows, const User &user)
{
    m_keys.push_back(keysFor(user));
    const int row = int(m_keys.size()) - 1;
    for (auto &[field, keys] : m_textKeys)
        keys.push_back(textKey(rows, row, field));
}

void UserRowKeys::update(const UserRows &rows, int row, const User &user)
{
    m_keys[size_t(row)] = keysFor(user);
    for (auto &[field, keys] : m_textKeys)
        keys[size_t(row)] = textKey(rows, row, field);
}

void UserRowKeys::removeAt(int row)
{
    m_keys.erase(m_keys.begin() + row);
    for (auto &[field, keys] : m_textKeys)
        keys.erase(keys.begin() + row);
}

ByteArena::Ref UserRowKeys::textKey(const UserRows &rows, int row, UserField field)
{
    QByteArray bytes;
    const QString text = field == UserField::Name ? rows.displayName(row)
        : isTextColumn(field)                     ? rows.text(row, field)
                                                  : textOf(rows.user(row), field);
    m_collation->append(text, bytes);
    return m_arena.append(bytes);
}

void UserRowKeys::ensureTextKeys(const UserRows &rows, UserField field)
{
    if (m_textKeys.count(field))
        return;
    std::vector<ByteArena::Ref> &keys = m_textKeys[field];
    keys.reserve(size_t(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        keys.push_back(textKey(rows, row, field));
}

UserRowKeys::Matcher UserRowKeys::matcher(const UserFilter &filter) const
{
    Matcher matcher;
    matcher.m_needle = filter.needle().toUtf8();
    if (matcher.m_needle.isEmpty())
        return matcher;
    const auto matches = [&](const QString &text) {
        QByteArray folded;
        UserFilter::appendFolded(text, folded);
        return contains(folded, matcher.m_needle);
    };
    for (UserState state :
         { UserState::Unknown, UserState::Active, UserState::Inactive, UserState::Suspended })
        matcher.m_states[int(state)] = matches(UserStates::label(state));
    matcher.m_yes = matches(m_yes);
    matcher.m_no = matches(m_no);
    return matcher;
}

bool UserRowKeys::roleMatches(quint32 roles, Matcher &matcher) const
{
    if (matcher.m_roles.size() <= roles)
        matcher.m_roles.resize(size_t(m_roleTexts.size()), -1);
    qint8 &known = matcher.m_roles[roles];
    if (known < 0) {
        QByteArray folded;
        UserFilter::appendFolded(m_roleTexts.at(int(roles)), folded);
        known = contains(folded, matcher.m_needle) ? 1 : 0;
    }
    return known != 0;
}

bool UserRowKeys::matches(const UserRows &rows, int row, Matcher &matcher) const
{
    if (matcher.m_needle.isEmpty())
        return true;
    const Keys &keys = m_keys[size_t(row)];
    if (contains(m_arena.at(keys.haystack), matcher.m_needle))
        return true;
    if (m_roleColumn && roleMatches(keys.roles, matcher))
        return true;
    if (m_stateColumn && matcher.m_states[int(rows.state(row))])
        return true;
    for (UserField field : m_flagColumns) {
        if (rows.flag(row, field) ? matcher.m_yes : matcher.m_no)
            return true;
    }
    return false;
}

std::vector<int> UserRowKeys::filter(const UserRows &rows, const std::vector<int> &candidates,
                                     Matcher &matcher) const
{
    if (matcher.m_needle.isEmpty())
        return candidates;
    // What the few distinct roles, states and flags say is known before the scan; the scan
    // itself looks at each row's folded text and, where that fails, at a table.
    std::vector<char> roleMatch(size_t(m_roleColumn ? m_roleTexts.size() : 0), 0);
    for (size_t id = 0; id < roleMatch.size(); ++id)
        roleMatch[id] = roleMatches(quint32(id), matcher) ? 1 : 0;
    const bool stateMatters = m_stateColumn
        && (matcher.m_states[0] || matcher.m_states[1] || matcher.m_states[2] || matcher.m_states[3]);
    const bool flagsMatter = !m_flagColumns.isEmpty() && (matcher.m_yes || matcher.m_no);
    const QByteArrayView needle(matcher.m_needle);
    const Keys *keys = m_keys.data();
    const char *roleMatchOf = roleMatch.data();
    const auto matches = [&](int row) {
        const Keys &key = keys[row];
        if (contains(m_arena.at(key.haystack), needle) || (m_roleColumn && roleMatchOf[key.roles]))
            return true;
        if (stateMatters && matcher.m_states[int(rows.state(row))])
            return true;
        if (flagsMatter) {
            for (UserField field : m_flagColumns) {
                if (rows.flag(row, field) ? matcher.m_yes : matcher.m_no)
                    return true;
            }
        }
        return false;
    };
    std::vector<int> kept;
    const size_t rowCount = m_keys.size();
    if (candidates.size() < rowCount / 8) {
        // A few rows (a query narrowed by typing on): looked at in the order shown.
        for (const int row : candidates) {
            if (matches(row))
                kept.push_back(row);
        }
        return kept;
    }
    // Many rows, in the order of a sorted column: looked at in row order instead, which is the
    // order their texts lie in the arena. Read in the view's order, each row's text is a cache
    // miss of its own, and at 100,000 rows those misses cost more than the search.
    std::vector<char> state(rowCount, 0); // 1: a candidate; 2: a candidate that matches
    char *stateOf = state.data();
    for (const int row : candidates)
        stateOf[row] = 1;
    for (size_t row = 0; row < rowCount; ++row) {
        if (stateOf[row] && matches(int(row)))
            stateOf[row] = 2;
    }
    for (const int row : candidates) {
        if (stateOf[row] == 2)
            kept.push_back(row);
    }
    return kept;
}

quint32 UserRowKeys::rankOf(const UserRows &rows, int row, UserField field)
{
    switch (field) {
    case UserField::Role: {
        if (m_roleRanks.size() != size_t(m_roleTexts.size())) {
            // The few distinct texts in collation order; equal keys share a rank.
            std::vector<std::pair<QByteArray, quint32>> texts;
            for (quint32 id = 0; id < quint32(m_roleTexts.size()); ++id)
                texts.emplace_back(m_collation->key(m_roleTexts.at(int(id))), id);
            std::sort(texts.begin(), texts.end());
            m_roleRanks.assign(texts.size(), 0);
            quint32 next = 0;
            for (size_t i = 0; i < texts.size(); ++i) {
                if (i > 0 && texts[i].first != texts[i - 1].first)
                    ++next;
                m_roleRanks[texts[i].second] = next;
            }
        }
        return m_roleRanks[m_keys[size_t(row)].roles];
    }
    case UserField::State:
        return m_stateRanks[int(rows.state(row))];
    default:
        return rows.flag(row, field) ? 1 : 0; // false before true, as QVariant compares them
    }
}

void UserRowKeys::sort(const UserRows &rows, std::vector<int> &order, UserField field,
                       Qt::SortOrder sortOrder)
{
    const bool ascending = sortOrder == Qt::AscendingOrder;
    switch (field) {
    case UserField::CreatedAt:
    case UserField::UpdatedAt: {
        std::vector<Keyed> keyed
            = keyedRows(order, ascending, [&](int row) { return sortable(rows.msecs(row, field)); });
        sortStably(keyed);
        copyRows(keyed, order);
        return;
    }
    case UserField::Role:
    case UserField::State:
    case UserField::Active:
    case UserField::Staff:
    case UserField::Superuser: {
        std::vector<Keyed> keyed
            = keyedRows(order, ascending, [&](int row) { return quint64(rankOf(rows, row, field)); });
        sortStably(keyed);
        copyRows(keyed, order);
        return;
    }
    default:
        break;
    }
    const bool byName = field == UserField::Name && m_nameColumn;
    if (!byName)
        ensureTextKeys(rows, field);
    const auto keyOf = [&](int row) {
        return m_arena.at(byName ? m_keys[size_t(row)].name : m_textKeys[field][size_t(row)]);
    };
    std::vector<Keyed> keyed = keyedRows(order, ascending, [](int) { return quint64(0); });
    sortByBytes(keyed.data(), keyed.size(), 0, ascending, keyOf);
    copyRows(keyed, order);
}

bool UserRowKeys::less(const UserRows &rows, int a, int b, UserField field, Qt::SortOrder sortOrder)
{
    int compared = 0;
    switch (field) {
    case UserField::CreatedAt:
    case UserField::UpdatedAt: {
        const qint64 x = rows.msecs(a, field);
        const qint64 y = rows.msecs(b, field);
        compared = x < y ? -1 : x > y ? 1 : 0;
        break;
    }
    case UserField::Role:
    case UserField::State:
    case UserField::Active:
    case UserField::Staff:
    case UserField::Superuser: {
        const quint32 x = rankOf(rows, a, field);
        const quint32 y = rankOf(rows, b, field);
        compared = x < y ? -1 : x > y ? 1 : 0;
        break;
    }
    default:
        if (field == UserField::Name && m_nameColumn) {
            compared = compareBytes(m_arena.at(m_keys[size_t(a)].name), m_arena.at(m_keys[size_t(b)].name));
        } else {
            ensureTextKeys(rows, field);
            const std::vector<ByteArena::Ref> &keys = m_textKeys[field];
            compared = compareBytes(m_arena.at(keys[size_t(a)]), m_arena.at(keys[size_t(b)]));
        }
        break;
    }
    if (compared != 0)
        return sortOrder == Qt::AscendingOrder ? compared < 0 : compared > 0;
    return a < b; // equal keys keep the server's order, whichever the direction
}
