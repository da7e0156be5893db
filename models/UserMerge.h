#pragma once

#include "User.h"

#include <QJsonValue>
#include <QList>
#include <QVariant>

// A field someone else changed on the server since the dialog was opened, which the admin
// changed too, to another value: the admin decides which stays.
struct FieldConflict {
    UserField field;
    QVariant asOpened;
    QVariant theirs;
    QVariant yours;
};

// An edit merged against the server's newer copy of the user (three-way: the user as the dialog
// opened them, as the server holds them now, and the admin's changes). The store sends only what
// is still needed, and stops for the admin where both sides changed the same field differently.
namespace UserMerge {
// The fields of `asOpened` that differ on `theirs` and were changed by the admin to something else
// again (free-form metadata: by key).
QList<FieldConflict> conflicts(const User &asOpened, const User &theirs, const UserChanges &changes);
// What to send: the changes still needed against `theirs`, with metadata merged by key.
UserChanges changesAgainst(const User &asOpened, const User &theirs, const UserChanges &changes);

// `user` with `changes` applied.
User applied(User user, const UserChanges &changes);
// A value in a form that compares the same way whatever produced it (a dialog's string, a parsed
// answer's list of roles, a state).
QJsonValue comparable(const User &user, UserField field);
} // namespace UserMerge
