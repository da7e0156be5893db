#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <initializer_list>

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
    JobDescription,
    Organization,
    Staff,
    Superuser,
    Metadata,
    Password,
    CreatedAt,
    UpdatedAt,
    Related, // links to other objects (home folder, avatar...), shown by label in the details
};
constexpr int UserFieldCount = int(UserField::Related) + 1;

class UserFields {
    Q_DECLARE_TR_FUNCTIONS(UserFields)

public:
    static QString label(UserField field);
    // A label as it reads inside a sentence ("Type the email again"): lower case in English,
    // unchanged where nouns keep their capital (German), as the translation says.
    static QString inSentence(const QString &label)
    {
        //: Answer "lowercase" if a field label inside a sentence is written in lower case
        //: ("Type the email again"), anything else (e.g. "keep") to keep it as it is.
        return tr("lowercase", "how a field label reads inside a sentence") == QLatin1String("lowercase")
            ? label.toLower()
            : label;
    }
    // Stable name for settings keys and for ApiError::field().
    static QString key(UserField field);
    static UserField fromKey(const QString &key, bool *ok = nullptr);
    static QList<UserField> all();
};

inline size_t qHash(UserField field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}

// A set of fields, as small as an int: which fields an answer carried.
class UserFieldSet {
public:
    constexpr UserFieldSet() = default;
    UserFieldSet(std::initializer_list<UserField> fields)
    {
        for (UserField field : fields)
            insert(field);
    }
    static UserFieldSet all() { return UserFieldSet(~quint32(0) >> (32 - UserFieldCount)); }

    bool contains(UserField field) const { return m_bits & bit(field); }
    void insert(UserField field) { m_bits |= bit(field); }
    void remove(UserField field) { m_bits &= ~bit(field); }
    bool isEmpty() const { return m_bits == 0; }
    UserFieldSet operator|(UserFieldSet other) const { return UserFieldSet(m_bits | other.m_bits); }
    bool operator==(const UserFieldSet &other) const = default;

private:
    explicit constexpr UserFieldSet(quint32 bits) : m_bits(bits) { }
    static constexpr quint32 bit(UserField field) { return quint32(1) << int(field); }
    static_assert(UserFieldCount <= 32, "UserFieldSet holds 32 fields");

    quint32 m_bits = 0;
};
