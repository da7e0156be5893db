#pragma once

#include "User.h"

#include <QJsonObject>

// A user as JSON with Roster's own stable keys (UserFields::key), for the files Roster writes
// itself: the recovery file, the audit trail, exports. Never a service's wire format.
namespace UserJson {
QJsonObject toJson(const User &user);
// Reads what toJson() wrote; unknown keys are ignored, missing ones left empty.
User fromJson(const QJsonObject &object);
// One field's value as JSON (dates as ISO 8601 in UTC, the state by its key).
QJsonValue fieldToJson(const User &user, UserField field);
} // namespace UserJson
