#include "User.h"

QString User::displayName() const
{
    if (!QStringView(name).trimmed().isEmpty()) // a view: no copy made for every row's keys
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
        return UserStates::label(state);
    case UserField::Active:
        return state == UserState::Active;
    case UserField::Type:
        return type;
    case UserField::JobTitle:
        return jobTitle;
    case UserField::JobDescription:
        return jobDescription;
    case UserField::Organization:
        return organization;
    case UserField::Staff:
        return staff;
    case UserField::Superuser:
        return superuser;
    case UserField::Metadata:
        return metadata.map();
    case UserField::Password:
        return QVariant(); // never held
    case UserField::CreatedAt:
        return createdAt;
    case UserField::UpdatedAt:
        return updatedAt;
    case UserField::Related: {
        QStringList lines;
        for (const auto &[label, target] : related)
            lines << label + QStringLiteral(": ") + target;
        return lines.join(QLatin1Char('\n'));
    }
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
        // A state arrives as a UserState or by its key ("suspended"), never as a display word.
        state = value.metaType() == QMetaType::fromType<UserState>() ? value.value<UserState>()
                                                                     : UserStates::fromKey(value.toString());
        break;
    case UserField::Active:
        state = value.toBool() ? UserState::Active : UserState::Inactive;
        break;
    case UserField::Type:
        type = value.toString();
        break;
    case UserField::JobTitle:
        jobTitle = value.toString();
        break;
    case UserField::JobDescription:
        jobDescription = value.toString();
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
    case UserField::Related:
        break;
    case UserField::CreatedAt:
        createdAt = value.toDateTime();
        break;
    case UserField::UpdatedAt:
        updatedAt = value.toDateTime();
        break;
    }
}

void User::take(const User &other, UserField field)
{
    switch (field) {
    case UserField::Role:
        roles = other.roles;
        break;
    case UserField::State:
    case UserField::Active:
        state = other.state;
        break;
    case UserField::Related:
        related = other.related;
        break;
    case UserField::Password:
        break;
    default:
        setValue(field, other.value(field));
        break;
    }
}

User mergeUser(const User &known, const User &answer)
{
    User merged = known;
    for (int i = 0; i < UserFieldCount; ++i) {
        const auto field = UserField(i);
        if (answer.present.contains(field))
            merged.take(answer, field);
    }
    merged.present = known.present | answer.present;
    return merged;
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

QString UserStates::key(UserState state)
{
    switch (state) {
    case UserState::Unknown:
        break;
    case UserState::Active:
        return QStringLiteral("active");
    case UserState::Inactive:
        return QStringLiteral("inactive");
    case UserState::Suspended:
        return QStringLiteral("suspended");
    }
    return QStringLiteral("unknown");
}

UserState UserStates::fromKey(const QString &key)
{
    for (UserState state : { UserState::Active, UserState::Inactive, UserState::Suspended }) {
        if (key == UserStates::key(state))
            return state;
    }
    return UserState::Unknown;
}
