#pragma once

#include "ApiError.h"
#include "User.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// A project a user belongs to.
struct Project {
    QString id;
    QString name;
    QString goal;
    QDateTime deadline;
    QString visibility;
    int memberCount = 0;
    QString defaultMemberRole;
    bool defaultRoleEnabled = false;
    QString projectContext;
    QString answerContext;
    bool pinned = false;
};

// Something a user produced or ingested recently.
struct Artifact {
    QString id;
    QString projectId;
    QString name;
    QString type;
    QString source;
    QString state;
    QString ingestStatus;
    bool hasContent = false;
    QDateTime createdAt;
};

// A third-party system connected to the signed-in user's account.
struct Integration {
    QString id;
    QString userId;
    QString organization;
    QString type;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One page of a list as the service answered it.
template<typename T> struct Page {
    QList<T> items;
    int page = 1;
    int pageSize = 0;
    bool hasNextPage = false;
    std::optional<qint64> totalCount; // absent when the service does not count
};

// What the admin asked to see. Filters a service cannot apply are left empty by the UI.
struct UserQuery {
    int page = 1;
    int pageSize = 50;
    QString search;
    // Server-side filters by field (Role, State, Email, ExternalId, ...); empty values are unset.
    QHash<UserField, QString> filters;

    QString filter(UserField field) const { return filters.value(field).trimmed(); }
};

// One row of a batch create the server refused, by its position in the request.
struct BatchFailure {
    int index = -1;
    ApiError error;
};

// What a batch create did: the users it created and the rows it refused.
struct BatchResult {
    QList<User> created;
    QList<BatchFailure> failures;
};
