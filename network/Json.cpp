#include "Json.h"

#include <QCoreApplication>

namespace Json {

namespace {
std::optional<QJsonDocument> parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = body.trimmed().isEmpty()
                ? QCoreApplication::translate("Json", "the body is empty")
                : QCoreApplication::translate("Json", "the body is not JSON (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        }
        return std::nullopt;
    }
    return document;
}
} // namespace

std::optional<QJsonObject> object(const QByteArray &body, QString *error)
{
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        if (error)
            *error = QCoreApplication::translate("Json", "expected a JSON object");
        return std::nullopt;
    }
    return document->object();
}

std::optional<QJsonArray> array(const QByteArray &body, QString *error)
{
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isArray()) {
        if (error)
            *error = QCoreApplication::translate("Json", "expected a JSON array");
        return std::nullopt;
    }
    return document->array();
}

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString();
}

QDateTime dateTime(const QJsonObject &object, QLatin1String key)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty())
        return QDateTime();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    return when;
}

QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // A whole number within qint64 as digits; any other number (1e308, 2.5) keeps its JSON
        // spelling instead of a cast with undefined behaviour.
        const qint64 whole = value.toInteger(0);
        if (double(whole) == value.toDouble())
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', 17);
    }
    return QString();
}

std::optional<qint64> count(const QJsonValue &value)
{
    // toInteger() answers the default for a double that is not a whole number within qint64.
    const qint64 number = value.toInteger(-1);
    if (!value.isDouble() || number < 0)
        return std::nullopt;
    return number;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Json
