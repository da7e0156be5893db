#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

JsonObjectText JsonObjectText::parse(const QString &text)
{
    JsonObjectText result;
    if (text.trimmed().isEmpty()) {
        result.ok = true; // no metadata
        return result;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The parser counts UTF-8 bytes; the editor counts characters.
        const QString before = QString::fromUtf8(utf8.left(error.offset));
        result.offset = int(before.size());
        const int line = int(before.count(QLatin1Char('\n'))) + 1;
        const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
        result.error = QCoreApplication::translate("JsonText", "%1 at line %2, column %3")
                           .arg(error.errorString())
                           .arg(line)
                           .arg(column);
        return result;
    }
    if (!document.isObject()) {
        result.offset = 0;
        result.error
            = QCoreApplication::translate("JsonText", "must be a JSON object, such as {\"name\": \"Jane\"}");
        return result;
    }
    result.ok = true;
    result.value = document.object().toVariantMap();
    return result;
}

QString JsonObjectText::format(const QVariantMap &value)
{
    if (value.isEmpty())
        return QString();
    return QString::fromUtf8(
               QJsonDocument(QJsonObject::fromVariantMap(value)).toJson(QJsonDocument::Indented))
        .trimmed();
}
