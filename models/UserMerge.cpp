#include "UserMerge.h"

#include "UserJson.h"

#include <algorithm>

namespace {
// The metadata keys the admin changed (added, altered or removed) between two maps.
QStringList changedKeys(const QVariantMap &before, const QVariantMap &after)
{
    QStringList keys;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            keys << it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            keys << it.key();
    }
    return keys;
}
} // namespace

namespace UserMerge {

QJsonValue comparable(const User &user, UserField field)
{
    return UserJson::fieldToJson(user, field);
}

User applied(User user, const UserChanges &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        user.setValue(it.key(), it.value());
    return user;
}

QList<FieldConflict> conflicts(const User &asOpened, const User &theirs, const UserChanges &changes)
{
    QList<FieldConflict> found;
    const User yours = applied(asOpened, changes);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const UserField field = it.key();
        if (field == UserField::Password)
            continue;
        if (field == UserField::Metadata) {
            // Free-form metadata conflicts only where both sides changed the same key differently.
            const QVariantMap opened = asOpened.metadata;
            const QVariantMap mine = it.value().toMap();
            const QStringList touched = changedKeys(opened, mine);
            const bool clash = std::any_of(touched.cbegin(), touched.cend(), [&](const QString &key) {
                const QVariant was = opened.value(key);
                const QVariant now = theirs.metadata.value(key);
                return now != was && now != mine.value(key);
            });
            if (clash)
                found.append({ field, opened, theirs.metadata.map(), mine });
            continue;
        }
        const QJsonValue was = comparable(asOpened, field);
        const QJsonValue now = comparable(theirs, field);
        if (now != was && now != comparable(yours, field))
            found.append({ field, asOpened.value(field), theirs.value(field), yours.value(field) });
    }
    return found;
}

UserChanges changesAgainst(const User &asOpened, const User &theirs, const UserChanges &changes)
{
    UserChanges send;
    const User yours = applied(asOpened, changes);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const UserField field = it.key();
        if (field == UserField::Password) {
            send.insert(field, it.value());
        } else if (field == UserField::Metadata) {
            // Their copy, with only the keys the admin changed applied on top of it.
            QVariantMap merged = theirs.metadata;
            const QVariantMap mine = it.value().toMap();
            for (const QString &key : changedKeys(asOpened.metadata, mine)) {
                if (mine.contains(key))
                    merged.insert(key, mine.value(key));
                else
                    merged.remove(key);
            }
            if (merged != theirs.metadata.map())
                send.insert(field, merged);
        } else if (comparable(theirs, field) != comparable(yours, field)) {
            send.insert(field, it.value());
        }
    }
    return send;
}

} // namespace UserMerge
