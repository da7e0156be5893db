#include "UserRows.h"

#include <QAnyStringView>
#include <QDataStream>
#include <QHashFunctions>
#include <QIODevice>
#include <QUtf8StringView>
#include <cstring>

namespace {
// Tags besides the UserField values (which stay below 32): record-level facts stored only when
// they are not the usual.
enum ExtraTag : quint8 {
    PresentTag = 0x40, // UserFieldSet when not all fields
    CreatedSpecTag = 0x41, // how created_at was given when not in UTC
    UpdatedSpecTag = 0x42,
    JsonTextMetadataTag = 0x43, // metadata as the JSON text it came as (UserMetadata::jsonText)
};

void putVarint(QByteArray &out, quint32 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.append(char(value));
}

quint32 takeVarint(const char *&in)
{
    quint32 value = 0;
    int shift = 0;
    while (uchar(*in) & 0x80) {
        value |= quint32(uchar(*in++) & 0x7f) << shift;
        shift += 7;
    }
    value |= quint32(uchar(*in++)) << shift;
    return value;
}

void putBytes(QByteArray &out, QByteArrayView bytes)
{
    putVarint(out, quint32(bytes.size()));
    out.append(bytes);
}

// Text as UTF-8 with its length; ASCII, as ids, addresses and most names are, is copied as it is.
void putUtf8(QByteArray &out, QStringView text)
{
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (units[i] >= 0x80) {
            putBytes(out, text.toUtf8());
            return;
        }
    }
    putVarint(out, quint32(text.size()));
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *to = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i)
        to[i] = char(units[i]);
}

void putText(QByteArray &out, UserField field, const QString &text)
{
    if (text.isEmpty())
        return;
    out.append(char(field));
    putUtf8(out, text);
}

QByteArrayView takeBytes(const char *&in)
{
    const quint32 size = takeVarint(in);
    const QByteArrayView bytes(in, qsizetype(size));
    in += size;
    return bytes;
}

QString takeText(const char *&in)
{
    return QString::fromUtf8(takeBytes(in));
}

// A date's instant lives in the row; what is kept here is how the server wrote it (an offset
// or local time), so the rebuilt QDateTime prints as it did.
void putSpec(QByteArray &out, ExtraTag tag, const QDateTime &when)
{
    if (!when.isValid() || when.timeSpec() == Qt::UTC)
        return;
    out.append(char(tag));
    out.append(char(when.timeSpec()));
    putVarint(out, quint32(qint32(when.offsetFromUtc())));
}

QDateTime dateFrom(qint64 msecs, Qt::TimeSpec spec, int offset)
{
    if (msecs == UserRows::NoTime)
        return QDateTime();
    switch (spec) {
    case Qt::LocalTime:
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime);
    case Qt::OffsetFromUTC:
    case Qt::TimeZone: // kept as its offset at that instant
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
    case Qt::UTC:
        break;
    }
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Skips the payload of an entry with `tag`.
void skip(quint8 tag, const char *&in)
{
    switch (tag) {
    case quint8(UserField::Role): {
        const quint32 count = takeVarint(in);
        for (quint32 i = 0; i < count; ++i)
            takeBytes(in);
        break;
    }
    case quint8(UserField::Related): {
        const quint32 count = takeVarint(in);
        for (quint32 i = 0; i < 2 * count; ++i)
            takeBytes(in);
        break;
    }
    case PresentTag:
        in += 4;
        break;
    case CreatedSpecTag:
    case UpdatedSpecTag:
        ++in;
        takeVarint(in);
        break;
    default:
        takeBytes(in);
        break;
    }
}

quint32 hashOf(QStringView id)
{
    return quint32(qHash(id, size_t(0x5ca1ab1e)));
}

} // namespace

UserRows::Row UserRows::encode(const User &user)
{
    QByteArray &out = m_buffer;
    out.truncate(0); // not clear(): that frees the buffer, and every row would grow it again
    // The id first and always: the index compares it without reading further.
    out.append(char(UserField::Id));
    putUtf8(out, user.id);
    putText(out, UserField::AccountId, user.accountId);
    putText(out, UserField::ExternalId, user.externalId);
    putText(out, UserField::Username, user.username);
    putText(out, UserField::Name, user.name);
    putText(out, UserField::GivenName, user.givenName);
    putText(out, UserField::FamilyName, user.familyName);
    putText(out, UserField::Email, user.email);
    putText(out, UserField::Type, user.type);
    putText(out, UserField::JobTitle, user.jobTitle);
    putText(out, UserField::JobDescription, user.jobDescription);
    putText(out, UserField::Organization, user.organization);
    if (!user.roles.isEmpty()) {
        out.append(char(UserField::Role));
        putVarint(out, quint32(user.roles.size()));
        for (const QString &role : user.roles)
            putUtf8(out, role);
    }
    if (!user.metadata.jsonText().isEmpty()) {
        // As the server wrote it: read into a map only when this user is opened.
        out.append(char(JsonTextMetadataTag));
        putBytes(out, user.metadata.jsonText());
    } else if (!user.metadata.isEmpty()) {
        // A map (an edit, a single user's answer): QDataStream keeps every QVariant type as it was.
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << user.metadata.map();
        out.append(char(UserField::Metadata));
        putBytes(out, bytes);
    }
    if (!user.related.isEmpty()) {
        out.append(char(UserField::Related));
        putVarint(out, quint32(user.related.size()));
        for (const auto &[label, target] : user.related) {
            putUtf8(out, label);
            putUtf8(out, target);
        }
    }
    if (!(user.present == UserFieldSet::all())) {
        out.append(char(PresentTag));
        quint32 bits = 0;
        for (int i = 0; i < UserFieldCount; ++i) {
            if (user.present.contains(UserField(i)))
                bits |= quint32(1) << i;
        }
        out.append(reinterpret_cast<const char *>(&bits), 4);
    }
    putSpec(out, CreatedSpecTag, user.createdAt);
    putSpec(out, UpdatedSpecTag, user.updatedAt);

    Row row;
    row.record = m_arena.append(out);
    row.state = quint8(user.state);
    row.flags = (user.staff ? Staff : 0) | (user.superuser ? Superuser : 0);
    row.created = user.createdAt.isValid() ? user.createdAt.toMSecsSinceEpoch() : NoTime;
    row.updated = user.updatedAt.isValid() ? user.updatedAt.toMSecsSinceEpoch() : NoTime;
    return row;
}

void UserRows::append(const User &user)
{
    m_rows.push_back(encode(user));
    m_hashes.push_back(hashOf(user.id));
    index(int(m_rows.size()) - 1, user.id);
}

void UserRows::replace(int row, const User &user)
{
    const QByteArray oldId = idBytes(row).toByteArray();
    m_rows[size_t(row)] = encode(user);
    m_hashes[size_t(row)] = hashOf(user.id);
    if (idBytes(row) != oldId)
        rebuildIndex();
}

void UserRows::removeAt(int row)
{
    m_rows.erase(m_rows.begin() + row);
    m_hashes.erase(m_hashes.begin() + row);
    rebuildIndex(); // the rows after it moved up one place
}

void UserRows::clear()
{
    m_rows = {};
    m_hashes = {};
    m_index = {};
    m_arena.clear();
}

User UserRows::user(int row) const
{
    const Row &r = m_rows[size_t(row)];
    User user;
    user.state = UserState(r.state);
    user.staff = r.flags & Staff;
    user.superuser = r.flags & Superuser;
    Qt::TimeSpec createdSpec = Qt::UTC;
    Qt::TimeSpec updatedSpec = Qt::UTC;
    int createdOffset = 0;
    int updatedOffset = 0;
    const QByteArrayView record = m_arena.at(r.record);
    const char *in = record.data();
    const char *end = in + record.size();
    while (in < end) {
        const auto tag = quint8(*in++);
        switch (tag) {
        case quint8(UserField::Role): {
            const quint32 count = takeVarint(in);
            for (quint32 i = 0; i < count; ++i)
                user.roles << takeText(in);
            break;
        }
        case quint8(UserField::Metadata): {
            const QByteArrayView bytes = takeBytes(in);
            QDataStream stream(bytes.toByteArray());
            QVariantMap metadata;
            stream >> metadata;
            user.metadata = metadata;
            break;
        }
        case JsonTextMetadataTag:
            user.metadata = UserMetadata::fromJsonText(takeBytes(in).toByteArray());
            break;
        case quint8(UserField::Related): {
            const quint32 count = takeVarint(in);
            for (quint32 i = 0; i < count; ++i) {
                QString label = takeText(in);
                user.related.append({ label, takeText(in) });
            }
            break;
        }
        case PresentTag: {
            quint32 bits = 0;
            std::memcpy(&bits, in, 4);
            in += 4;
            user.present = UserFieldSet();
            for (int i = 0; i < UserFieldCount; ++i) {
                if (bits & (quint32(1) << i))
                    user.present.insert(UserField(i));
            }
            break;
        }
        case CreatedSpecTag:
            createdSpec = Qt::TimeSpec(*in++);
            createdOffset = int(qint32(takeVarint(in)));
            break;
        case UpdatedSpecTag:
            updatedSpec = Qt::TimeSpec(*in++);
            updatedOffset = int(qint32(takeVarint(in)));
            break;
        default:
            user.setValue(UserField(tag), takeText(in));
            break;
        }
    }
    user.createdAt = dateFrom(r.created, createdSpec, createdOffset);
    user.updatedAt = dateFrom(r.updated, updatedSpec, updatedOffset);
    return user;
}

QByteArrayView UserRows::idBytes(int row) const
{
    const char *in = m_arena.at(m_rows[size_t(row)].record).data() + 1; // past the Id tag
    return takeBytes(in);
}

QString UserRows::id(int row) const
{
    return QString::fromUtf8(idBytes(row));
}

QString UserRows::text(int row, UserField field) const
{
    const QByteArrayView record = m_arena.at(m_rows[size_t(row)].record);
    const char *in = record.data();
    const char *end = in + record.size();
    while (in < end) {
        const auto tag = quint8(*in++);
        if (tag != quint8(field)) {
            skip(tag, in);
            continue;
        }
        if (field == UserField::Role) {
            const quint32 count = takeVarint(in);
            QString joined;
            for (quint32 i = 0; i < count; ++i) {
                if (i > 0)
                    joined += QStringLiteral(", ");
                joined += takeText(in);
            }
            return joined;
        }
        return takeText(in);
    }
    return QString();
}

QString UserRows::displayName(int row) const
{
    // As User::displayName(), reading only the fields it needs.
    if (QString name = text(row, UserField::Name); !name.trimmed().isEmpty())
        return name;
    const QString joined = QStringList{ text(row, UserField::GivenName), text(row, UserField::FamilyName) }
                               .join(QLatin1Char(' '))
                               .trimmed();
    if (!joined.isEmpty())
        return joined;
    for (UserField field : { UserField::Username, UserField::Email }) {
        if (QString value = text(row, field); !value.isEmpty())
            return value;
    }
    return id(row);
}

bool UserRows::flag(int row, UserField field) const
{
    const Row &r = m_rows[size_t(row)];
    switch (field) {
    case UserField::Staff:
        return r.flags & Staff;
    case UserField::Superuser:
        return r.flags & Superuser;
    case UserField::Active:
        return UserState(r.state) == UserState::Active;
    default:
        return false;
    }
}

qint64 UserRows::msecs(int row, UserField field) const
{
    const Row &r = m_rows[size_t(row)];
    return field == UserField::CreatedAt ? r.created : field == UserField::UpdatedAt ? r.updated : NoTime;
}

int UserRows::findSlot(QStringView id) const
{
    const quint32 hash = hashOf(id);
    const size_t mask = m_index.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_index[slot];
        if (entry == 0
            || (m_hashes[entry - 1] == hash
                && QAnyStringView::equal(QUtf8StringView(idBytes(int(entry - 1))), id)))
            return int(slot);
    }
}

void UserRows::index(int row, QStringView id)
{
    if (id.isEmpty())
        return; // a user without an id cannot be found by one
    if (2 * m_rows.size() > m_index.size()) {
        rebuildIndex(); // indexes `row` too
        return;
    }
    m_index[size_t(findSlot(id))] = quint32(row + 1);
}

void UserRows::rebuildIndex()
{
    // Between a quarter and half full: short probes, 8 to 16 bytes a user.
    size_t capacity = 16;
    while (capacity < 2 * m_rows.size() + 2)
        capacity *= 2;
    m_index.assign(capacity, 0);
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (idBytes(row).isEmpty())
            continue;
        // A later row with the same id wins, as the index's answer for that id.
        const int slot = findFreeSlot(m_hashes[size_t(row)]);
        const quint32 entry = m_index[size_t(slot)];
        if (entry != 0)
            m_index[size_t(findSlot(QString::fromUtf8(idBytes(row))))] = quint32(row + 1);
        else
            m_index[size_t(slot)] = quint32(row + 1);
    }
}

int UserRows::findFreeSlot(quint32 hash) const
{
    // The first slot of the probe that is free, or holds an id with the same hash (which may be
    // the same id: the caller then looks closer).
    const size_t mask = m_index.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_index[slot];
        if (entry == 0 || m_hashes[entry - 1] == hash)
            return int(slot);
    }
}

int UserRows::rowOf(QStringView id) const
{
    if (m_index.empty() || id.isEmpty())
        return -1;
    const quint32 entry = m_index[size_t(findSlot(id))];
    return int(entry) - 1;
}
