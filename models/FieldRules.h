#pragma once

#include "ServiceDescription.h"

#include <QString>

// The rules a value must meet before it is sent, the same wherever it is typed: the create and
// edit forms, the batch table, a CSV import. The server has the last word; these catch the
// mistakes a person can fix before asking it.
namespace FieldRules {
// What is wrong with `text` for the field `spec` describes, in a sentence; empty when nothing is.
// (Typing a password twice is the form's own business.)
QString problem(const FieldSpec &spec, const QString &text, int minPasswordLength = 0);
// Deliberately loose: catches typos such as a missing @ or domain.
bool looksLikeEmail(const QString &text);
// A yes/no as people write it in a file ("yes", "true", "1", "ja"...); nullopt when it is not one.
std::optional<bool> flag(const QString &text);
} // namespace FieldRules
