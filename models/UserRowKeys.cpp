#include "UserRowKeys.h"

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

bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    return !haystack.isEmpty()
        && memmem(haystack.data(), size_t(haystack.size()), needle.data(), size_t(needle.size())) != nullptr;
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int common = std::memcmp(a.data(), b.data(), size_t(qMin(a.size(), b.size())));
    if (common != 0)
        return common;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// The first eight bytes of a key as one integer, so most comparisons in a sort never leave the
// array being sorted; keys hold no zero byte, so padding a short key with zeros keeps its order.
quint64 prefixOf(QByteArrayView key)
{
    quint64 prefix = 0;
    for (int i = 0; i < 8; ++i)
        prefix = (prefix << 8) | (i < key.size() ? uchar(key[i]) : 0);
    return prefix;
}

// Sorts `order` by `key(row)` (anything with <), stably by row number among equals.
template<typename Key, typename KeyOf> void sortByKey(std::vector<int> &order, bool ascending, KeyOf keyOf)
{
    std::vector<std::pair<Key, int>> keyed;
    keyed.reserve(order.size());
    for (int row : order)
        keyed.emplace_back(keyOf(row), row);
    if (ascending)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return b.first < a.first || (!(a.first < b.first) && a.second < b.second);
        });
    for (size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].second;
}
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
    const auto found = m_roleIds.constFind(roles);
    if (found != m_roleIds.cend())
        return *found;
    const auto id = quint32(m_roleTexts.size());
    m_roleTexts << roles;
    m_roleIds.insert(roles, id);
    return id;
}

UserRowKeys::Keys UserRowKeys::keysFor(const User &user)
{
    Keys keys;
    QByteArray &bytes = m_buffer;
    bytes.clear();
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
        bytes.clear();
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

bool UserRowKeys::matches(const UserRows &rows, int row, Matcher &matcher) const
{
    if (matcher.m_needle.isEmpty())
        return true;
    const Keys &keys = m_keys[size_t(row)];
    if (contains(m_arena.at(keys.haystack), matcher.m_needle))
        return true;
    if (m_roleColumn) {
        if (matcher.m_roles.size() <= keys.roles)
            matcher.m_roles.resize(size_t(m_roleTexts.size()), -1);
        qint8 &known = matcher.m_roles[keys.roles];
        if (known < 0) {
            QByteArray folded;
            UserFilter::appendFolded(m_roleTexts.at(keys.roles), folded);
            known = contains(folded, matcher.m_needle) ? 1 : 0;
        }
        if (known)
            return true;
    }
    if (m_stateColumn && matcher.m_states[int(rows.state(row))])
        return true;
    for (UserField field : m_flagColumns) {
        if (rows.flag(row, field) ? matcher.m_yes : matcher.m_no)
            return true;
    }
    return false;
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
    case UserField::UpdatedAt:
        sortByKey<qint64>(order, ascending, [&](int row) { return rows.msecs(row, field); });
        return;
    case UserField::Role:
    case UserField::State:
    case UserField::Active:
    case UserField::Staff:
    case UserField::Superuser: {
        sortByKey<quint32>(order, ascending, [&](int row) { return rankOf(rows, row, field); });
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
    struct Entry {
        quint64 prefix;
        int row;
    };
    std::vector<Entry> entries;
    entries.reserve(order.size());
    for (int row : order)
        entries.push_back(Entry{ prefixOf(keyOf(row)), row });
    const auto lessThan = [&](const Entry &a, const Entry &b) {
        if (a.prefix != b.prefix)
            return ascending ? a.prefix < b.prefix : b.prefix < a.prefix;
        const int compared = compareBytes(keyOf(a.row), keyOf(b.row));
        if (compared != 0)
            return ascending ? compared < 0 : compared > 0;
        return a.row < b.row;
    };
    std::sort(entries.begin(), entries.end(), lessThan);
    for (size_t i = 0; i < entries.size(); ++i)
        order[i] = entries[i].row;
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
