#include "HeaderFields.h"

#include <QHash>

namespace {
// "E-Mail Address", "e_mail_address" and "EmailAddress" all read "emailaddress".
QString normalized(const QString &header)
{
    QString out;
    const QString folded = header.toCaseFolded();
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// What people put in a header for each field, normalized: the English label (the source text of
// UserFields::label, whatever the current language) and common English and German synonyms.
const QHash<UserField, QStringList> &synonyms()
{
    static const QHash<UserField, QStringList> table{
        { UserField::Email,
          { QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("emailaddress"),
            QStringLiteral("mailaddress"), QStringLiteral("emailadresse"), QStringLiteral("mailadresse") } },
        { UserField::Name,
          { QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("displayname"),
            QStringLiteral("anzeigename"), QStringLiteral("vollername"),
            QStringLiteral("vollständigername") } },
        { UserField::GivenName,
          { QStringLiteral("givenname"), QStringLiteral("firstname"), QStringLiteral("forename"),
            QStringLiteral("first"), QStringLiteral("vorname") } },
        { UserField::FamilyName,
          { QStringLiteral("familyname"), QStringLiteral("lastname"), QStringLiteral("surname"),
            QStringLiteral("last"), QStringLiteral("nachname"), QStringLiteral("familienname") } },
        { UserField::Username,
          { QStringLiteral("username"), QStringLiteral("login"), QStringLiteral("loginname"),
            QStringLiteral("user"), QStringLiteral("accountname"), QStringLiteral("benutzername"),
            QStringLiteral("benutzer"), QStringLiteral("anmeldename") } },
        { UserField::ExternalId,
          { QStringLiteral("externalid"), QStringLiteral("extid"), QStringLiteral("externalidentifier"),
            QStringLiteral("externalreference"), QStringLiteral("externeid"),
            QStringLiteral("externekennung") } },
        { UserField::AccountId,
          { QStringLiteral("accountid"), QStringLiteral("account"), QStringLiteral("konto") } },
        { UserField::Role,
          { QStringLiteral("role"), QStringLiteral("roles"), QStringLiteral("rolle"),
            QStringLiteral("rollen") } },
        { UserField::State,
          { QStringLiteral("state"), QStringLiteral("status"), QStringLiteral("zustand") } },
        { UserField::Active,
          { QStringLiteral("active"), QStringLiteral("enabled"), QStringLiteral("aktiv") } },
        { UserField::Type,
          { QStringLiteral("type"), QStringLiteral("usertype"), QStringLiteral("typ"),
            QStringLiteral("benutzertyp") } },
        { UserField::JobTitle,
          { QStringLiteral("jobtitle"), QStringLiteral("position"), QStringLiteral("berufsbezeichnung"),
            QStringLiteral("stellenbezeichnung") } },
        { UserField::JobDescription,
          { QStringLiteral("jobdescription"), QStringLiteral("description"),
            QStringLiteral("beschreibung") } },
        { UserField::Organization,
          { QStringLiteral("organization"), QStringLiteral("organisation"), QStringLiteral("company"),
            QStringLiteral("firma"), QStringLiteral("unternehmen") } },
        { UserField::Staff,
          { QStringLiteral("staff"), QStringLiteral("isstaff"), QStringLiteral("mitarbeiter") } },
        { UserField::Superuser, { QStringLiteral("superuser"), QStringLiteral("issuperuser") } },
        { UserField::Metadata,
          { QStringLiteral("metadata"), QStringLiteral("meta"), QStringLiteral("metadaten") } },
        { UserField::Password,
          { QStringLiteral("password"), QStringLiteral("pass"), QStringLiteral("pwd"),
            QStringLiteral("initialpassword"), QStringLiteral("passwort"), QStringLiteral("kennwort") } },
    };
    return table;
}

} // namespace

namespace HeaderFields {

std::optional<UserField> fieldFor(const QString &header, const QList<UserField> &candidates)
{
    const QString wanted = normalized(header);
    if (wanted.isEmpty())
        return std::nullopt;
    for (UserField field : candidates) {
        if (wanted == normalized(UserFields::key(field)) || wanted == normalized(UserFields::label(field))
            || synonyms().value(field).contains(wanted))
            return field;
    }
    return std::nullopt;
}

QList<int> guessColumns(const QStringList &headers, const QList<UserField> &fields)
{
    QList<int> columns(fields.size(), -1);
    QList<UserField> open = fields;
    // Each column fills at most one field, and each field takes the first column naming it.
    for (int column = 0; column < headers.size(); ++column) {
        const std::optional<UserField> field = fieldFor(headers.at(column), open);
        if (!field)
            continue;
        columns[fields.indexOf(*field)] = column;
        open.removeOne(*field);
    }
    return columns;
}

} // namespace HeaderFields
