#include "UserField.h"

#include <array>
#include <utility>

namespace {
struct FieldName {
    UserField field;
    const char *key;
};

constexpr std::array kFieldNames{
    FieldName{ UserField::Id, "id" },
    FieldName{ UserField::AccountId, "account_id" },
    FieldName{ UserField::ExternalId, "external_id" },
    FieldName{ UserField::Username, "username" },
    FieldName{ UserField::Name, "name" },
    FieldName{ UserField::GivenName, "given_name" },
    FieldName{ UserField::FamilyName, "family_name" },
    FieldName{ UserField::Email, "email" },
    FieldName{ UserField::Role, "role" },
    FieldName{ UserField::State, "state" },
    FieldName{ UserField::Active, "active" },
    FieldName{ UserField::Type, "type" },
    FieldName{ UserField::JobTitle, "job_title" },
    FieldName{ UserField::JobDescription, "job_description" },
    FieldName{ UserField::Organization, "organization" },
    FieldName{ UserField::Staff, "staff" },
    FieldName{ UserField::Superuser, "superuser" },
    FieldName{ UserField::Metadata, "metadata" },
    FieldName{ UserField::Password, "password" },
    FieldName{ UserField::CreatedAt, "created_at" },
    FieldName{ UserField::UpdatedAt, "updated_at" },
    FieldName{ UserField::Related, "related" },
};
static_assert(kFieldNames.size() == UserFieldCount, "every field has a key");
} // namespace

QString UserFields::label(UserField field)
{
    switch (field) {
    case UserField::Id:
        return tr("ID");
    case UserField::AccountId:
        return tr("Account ID");
    case UserField::ExternalId:
        return tr("External ID");
    case UserField::Username:
        return tr("Username");
    case UserField::Name:
        return tr("Name");
    case UserField::GivenName:
        return tr("Given name");
    case UserField::FamilyName:
        return tr("Family name");
    case UserField::Email:
        return tr("Email");
    case UserField::Role:
        return tr("Role");
    case UserField::State:
        return tr("State");
    case UserField::Active:
        return tr("Active");
    case UserField::Type:
        return tr("Type");
    case UserField::JobTitle:
        return tr("Job title");
    case UserField::JobDescription:
        return tr("Job description");
    case UserField::Organization:
        return tr("Organization");
    case UserField::Staff:
        return tr("Staff");
    case UserField::Superuser:
        return tr("Superuser");
    case UserField::Metadata:
        return tr("Metadata");
    case UserField::Password:
        return tr("Password");
    case UserField::CreatedAt:
        return tr("Created");
    case UserField::UpdatedAt:
        return tr("Updated");
    case UserField::Related:
        return tr("Related");
    }
    return QString();
}

QString UserFields::key(UserField field)
{
    for (const auto &name : kFieldNames) {
        if (name.field == field)
            return QLatin1String(name.key);
    }
    return QString();
}

UserField UserFields::fromKey(const QString &key, bool *ok)
{
    for (const auto &name : kFieldNames) {
        if (key == QLatin1String(name.key)) {
            if (ok)
                *ok = true;
            return name.field;
        }
    }
    if (ok)
        *ok = false;
    return UserField::Id;
}

QList<UserField> UserFields::all()
{
    QList<UserField> fields;
    fields.reserve(UserFieldCount);
    for (const auto &name : kFieldNames)
        fields.append(name.field);
    return fields;
}
