#pragma once

#include "UserField.h"
#include "UserMetadata.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

enum class UserState { Unknown, Active, Inactive, Suspended };

// One user as any of the services describes them. Plain fields rather than a property map.
struct User {
    QString id;
    QString accountId;
    QString externalId;
    QString username;
    QString name;
    QString givenName;
    QString familyName;
    QString email;
    QStringList roles;
    UserState state = UserState::Unknown;
    QString type;
    QString jobTitle;
    QString jobDescription;
    QString organization;
    bool staff = false;
    bool superuser = false;
    UserMetadata metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Related objects the details pane shows by label ("Home folder" -> "5").
    QList<std::pair<QString, QString>> related;
    // The fields this record carries as the server answered it. A full record carries them all;
    // a partial answer (an activation answers only id and state) names fewer, and merging it
    // changes only those, so a field the server confirms as cleared is cleared, not kept.
    UserFieldSet present = UserFieldSet::all();

    bool isValid() const { return !id.isEmpty(); }
    // What an admin calls this user in a sentence: the name, else the username, else the email.
    QString displayName() const;

    QVariant value(UserField field) const;
    void setValue(UserField field, const QVariant &value);
    // Copies `field` from `other` as it is, empty or not.
    void take(const User &other, UserField field);
};

// `known` with every field that `answer` carries taken from it.
User mergeUser(const User &known, const User &answer);

// Edits for an update or the input for a create: only the fields present are sent.
using UserChanges = QHash<UserField, QVariant>;

class UserStates {
    Q_DECLARE_TR_FUNCTIONS(UserStates)

public:
    // The translated word shown to the admin.
    static QString label(UserState state);
    // A stable, untranslated name ("active") for settings, filters and files; never shown.
    static QString key(UserState state);
    static UserState fromKey(const QString &key);
};

Q_DECLARE_METATYPE(User)
