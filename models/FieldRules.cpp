#include "FieldRules.h"

#include "JsonText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace FieldRules {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(text).hasMatch();
}

std::optional<bool> flag(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("1")
        || word == QLatin1String("y") || word == QLatin1String("ja") || word == QLatin1String("x"))
        return true;
    if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("0")
        || word == QLatin1String("n") || word == QLatin1String("nein") || word.isEmpty())
        return false;
    return std::nullopt;
}

QString problem(const FieldSpec &spec, const QString &text, int minPasswordLength)
{
    const QString label = UserFields::label(spec.field);
    switch (spec.editor) {
    case FieldSpec::Editor::Json: {
        const JsonObjectText parsed = JsonObjectText::parse(text);
        return parsed.ok
            ? QString()
            : QCoreApplication::translate("FieldRules", "%1 is not valid JSON: %2.").arg(label, parsed.error);
    }
    case FieldSpec::Editor::Check:
        return flag(text)
            ? QString()
            : QCoreApplication::translate("FieldRules", "%1 must be yes or no, not \"%2\".").arg(label, text);
    default:
        break;
    }
    if (spec.required && text.isEmpty())
        return QCoreApplication::translate("FieldRules", "%1 is required.").arg(label);
    if (text.isEmpty())
        return QString();
    if (spec.editor == FieldSpec::Editor::Email && !looksLikeEmail(text))
        return QCoreApplication::translate("FieldRules", "%1 is not a valid email address.").arg(text);
    if (spec.editor == FieldSpec::Editor::Choice && !spec.choices.isEmpty() && !spec.choices.contains(text))
        return QCoreApplication::translate("FieldRules", "%1 must be one of: %2.")
            .arg(label, spec.choices.join(QStringLiteral(", ")));
    if (text.size() > spec.maxLength)
        return QCoreApplication::translate("FieldRules", "%1 is longer than %n character(s).", nullptr,
                                           spec.maxLength)
            .arg(label);
    if (spec.editor == FieldSpec::Editor::Password && minPasswordLength > 0
        && text.size() < minPasswordLength)
        return QCoreApplication::translate("FieldRules", "%1 must have at least %n character(s).", nullptr,
                                           minPasswordLength)
            .arg(label);
    return QString();
}

} // namespace FieldRules
