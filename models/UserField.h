#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Every attribute a user can have in any of the services. A service describes which of them it
// shows as columns and which its create and edit forms take; ui/ builds columns and forms from that.
enum class UserField {
    Id,
    AccountId,
    ExternalId,
    Username,
    Name,
    GivenName,
    FamilyName,
    Email,
    Role,
    State,
    Active, // the state as a yes/no, where a service has only two
    Type,
    JobTitle,
    Organization,
    Staff,
    Superuser,
    Metadata,
    Password,
    CreatedAt,
    UpdatedAt,
};

class UserFields {
    Q_DECLARE_TR_FUNCTIONS(UserFields)

public:
    static QString label(UserField field);
    // Stable name for settings keys and for ApiError::field().
    static QString key(UserField field);
    static UserField fromKey(const QString &key, bool *ok = nullptr);
};

inline size_t qHash(UserField field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}
