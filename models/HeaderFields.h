#pragma once

#include "UserField.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Which user field a column header of an imported file names: the field's key, its English label,
// its label in the current language, or a common English or German synonym, compared without
// case, spaces or punctuation ("E-Mail Address" reads as "email_address").
namespace HeaderFields {
std::optional<UserField> fieldFor(const QString &header, const QList<UserField> &candidates);
// For each of `fields`, the first column whose header names it, or -1; a column fills at most one.
QList<int> guessColumns(const QStringList &headers, const QList<UserField> &fields);
} // namespace HeaderFields
