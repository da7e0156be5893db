#include "User.h"

QString User::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name;
    const QString joined = QStringList{ givenName, familyName }.join(QLatin1Char(' ')).trimmed();
    if (!joined.isEmpty())
        return joined;
    if (!username.isEmpty())
        return username;
    if (!email.isEmpty())
        return email;
    return id;
}

QVariant User::value(UserField field) const
{
    switch (field) {
    case UserField::Id:
        return id;
    case UserField::AccountId:
        return accountId;
    case UserField::ExternalId:
        return externalId;
    case UserField::Username:
        return username;
    case UserField::Name:
        return name;
    case UserField::GivenName:
        return givenName;
    case UserField::FamilyName:
        return familyName;
    case UserField::Email:
        return email;
    case UserField::Role:
        return roles.join(QStringLiteral(", "));
    case UserField::State:
        return state != UserState::Unknown || stateText.isEmpty() ? UserStates::label(state) : stateText;
    case UserField::Active:
        return state == UserState::Active;
    case UserField::Type:
        return type;
    case UserField::JobTitle:
        return jobTitle;
    case UserField::Organization:
        return organization;
    case UserField::Staff:
        return staff;
    case UserField::Superuser:
        return superuser;
    case UserField::Metadata:
        return metadata;
    case UserField::Password:
        return QVariant(); // never held
    case UserField::CreatedAt:
        return createdAt;
    case UserField::UpdatedAt:
        return updatedAt;
    }
    return QVariant();
}

void User::setValue(UserField field, const QVariant &value)
{
    switch (field) {
    case UserField::Id:
        id = value.toString();
        break;
    case UserField::AccountId:
        accountId = value.toString();
        break;
    case UserField::ExternalId:
        externalId = value.toString();
        break;
    case UserField::Username:
        username = value.toString();
        break;
    case UserField::Name:
        name = value.toString();
        break;
    case UserField::GivenName:
        givenName = value.toString();
        break;
    case UserField::FamilyName:
        familyName = value.toString();
        break;
    case UserField::Email:
        email = value.toString();
        break;
    case UserField::Role:
        roles = value.toString().isEmpty() ? QStringList() : QStringList{ value.toString() };
        break;
    case UserField::State:
        stateText = value.toString();
        break;
    case UserField::Active:
        state = value.toBool() ? UserState::Active : UserState::Inactive;
        stateText.clear();
        break;
    case UserField::Type:
        type = value.toString();
        break;
    case UserField::JobTitle:
        jobTitle = value.toString();
        break;
    case UserField::Organization:
        organization = value.toString();
        break;
    case UserField::Staff:
        staff = value.toBool();
        break;
    case UserField::Superuser:
        superuser = value.toBool();
        break;
    case UserField::Metadata:
        metadata = value.toMap();
        break;
    case UserField::Password:
        break;
    case UserField::CreatedAt:
        createdAt = value.toDateTime();
        break;
    case UserField::UpdatedAt:
        updatedAt = value.toDateTime();
        break;
    }
}

QString UserStates::label(UserState state)
{
    switch (state) {
    case UserState::Unknown:
        return tr("Unknown");
    case UserState::Active:
        return tr("Active");
    case UserState::Inactive:
        return tr("Inactive");
    case UserState::Suspended:
        return tr("Suspended");
    }
    return QString();
}

UserState UserStates::fromText(const QString &text)
{
    for (UserState state : { UserState::Active, UserState::Inactive, UserState::Suspended }) {
        if (text.compare(label(state), Qt::CaseInsensitive) == 0)
            return state;
    }
    if (text.compare(QLatin1String("active"), Qt::CaseInsensitive) == 0)
        return UserState::Active;
    if (text.compare(QLatin1String("inactive"), Qt::CaseInsensitive) == 0)
        return UserState::Inactive;
    if (text.compare(QLatin1String("suspended"), Qt::CaseInsensitive) == 0)
        return UserState::Suspended;
    return UserState::Unknown;
}
