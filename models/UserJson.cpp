#include "UserJson.h"

#include <QJsonArray>

namespace UserJson {

QJsonValue fieldToJson(const User &user, UserField field)
{
    switch (field) {
    case UserField::Role:
        return QJsonArray::fromStringList(user.roles);
    case UserField::State:
    case UserField::Active:
        return UserStates::key(user.state);
    case UserField::Staff:
        return user.staff;
    case UserField::Superuser:
        return user.superuser;
    case UserField::Metadata:
        return QJsonObject::fromVariantMap(user.metadata);
    case UserField::CreatedAt:
    case UserField::UpdatedAt: {
        const QDateTime when = user.value(field).toDateTime();
        return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    }
    case UserField::Related: {
        QJsonArray links;
        for (const auto &[label, target] : user.related)
            links.append(
                QJsonObject{ { QLatin1String("label"), label }, { QLatin1String("target"), target } });
        return links;
    }
    case UserField::Password:
        return QJsonValue(); // never held, never written
    default:
        return user.value(field).toString();
    }
}

QJsonObject toJson(const User &user)
{
    QJsonObject object;
    for (UserField field : UserFields::all()) {
        if (field == UserField::Password || field == UserField::Active || !user.present.contains(field))
            continue;
        const QJsonValue value = fieldToJson(user, field);
        if (!value.isUndefined() && !value.isNull())
            object.insert(UserFields::key(field), value);
    }
    return object;
}

User fromJson(const QJsonObject &object)
{
    User user;
    user.present = UserFieldSet();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        const UserField field = UserFields::fromKey(it.key(), &known);
        if (!known || field == UserField::Password)
            continue;
        const QJsonValue value = it.value();
        switch (field) {
        case UserField::Role:
            for (const QJsonValue &role : value.toArray())
                user.roles.append(role.toString());
            break;
        case UserField::State:
        case UserField::Active:
            user.state = UserStates::fromKey(value.toString());
            break;
        case UserField::Staff:
            user.staff = value.toBool();
            break;
        case UserField::Superuser:
            user.superuser = value.toBool();
            break;
        case UserField::Metadata:
            user.metadata = value.toObject().toVariantMap();
            break;
        case UserField::CreatedAt:
        case UserField::UpdatedAt:
            user.setValue(field, QDateTime::fromString(value.toString(), Qt::ISODateWithMs));
            break;
        case UserField::Related:
            for (const QJsonValue &link : value.toArray())
                user.related.append({ link.toObject().value(QLatin1String("label")).toString(),
                                      link.toObject().value(QLatin1String("target")).toString() });
            break;
        default:
            user.setValue(field, value.toString());
            break;
        }
        user.present.insert(field);
    }
    return user;
}

} // namespace UserJson
