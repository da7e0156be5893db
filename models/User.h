#pragma once

#include "UserField.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

enum class UserState { Unknown, Active, Inactive, Suspended };

// One user as any of the services describes them. Plain fields rather than a property map:
// a directory holds 100,000 of these.
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
    QString stateText; // the service's own word for the state ("Active", "suspended")
    QString type;
    QString jobTitle;
    QString jobDescription;
    QString organization;
    bool staff = false;
    bool superuser = false;
    QVariantMap metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Related objects the details pane shows by label ("Home folder" -> "5").
    QList<std::pair<QString, QString>> related;

    bool isValid() const { return !id.isEmpty(); }
    // What an admin calls this user in a sentence: the name, else the username, else the email.
    QString displayName() const;

    QVariant value(UserField field) const;
    void setValue(UserField field, const QVariant &value);
};

// Edits for an update or the input for a create: only the fields present are sent.
using UserChanges = QHash<UserField, QVariant>;

class UserStates {
    Q_DECLARE_TR_FUNCTIONS(UserStates)

public:
    static QString label(UserState state);
    // A service's word for a state ("active", "Inactive", "suspended"), case-insensitively.
    static UserState fromText(const QString &text);
};

Q_DECLARE_METATYPE(User)
