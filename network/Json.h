#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

class JsonNode;

// Small readers shared by the dialects' parsers: tolerant of absent fields, strict about shape.
namespace Json {
// The body as an object, or nullopt when it is not a JSON object.
std::optional<QJsonObject> object(const QByteArray &body, QString *error = nullptr);
std::optional<QJsonArray> array(const QByteArray &body, QString *error = nullptr);
// The readers below take a QJsonValue or a JsonNode (and an object of either kind), which
// answer alike: the dialects read a page of users from a JsonTape and anything else from
// QJsonDocument through the same code.

// The decimal text of a number as string() gives it.
QString numberText(double number);
// A string as it is, a number as its decimal text, anything else empty.
template<typename Value> QString string(const Value &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value.toDouble());
    return QString();
}
template<typename Object> QString string(const Object &object, QLatin1String key)
{
    return string(object.value(key));
}
QDateTime dateTime(const QString &text);
QDateTime dateTime(const QJsonValue &value);
QDateTime dateTime(const JsonNode &value); // reads the common form without making a QString
template<typename Object> QDateTime dateTime(const Object &object, QLatin1String key)
{
    return dateTime(object.value(key));
}
// The form servers almost always send (2025-01-15T10:30:00Z, with .mmm or an offset), read
// without QDateTime's general parser; nullopt for anything else, which dateTime() hands to it.
std::optional<QDateTime> commonIsoDateTime(QStringView text);
std::optional<QDateTime> commonIsoDateTime(QLatin1StringView text);
// Integer fields that some servers send as strings ("id": "2").
QString idText(double number);
template<typename Value> QString idString(const Value &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return idText(value.toDouble());
    return QString();
}
// A count or total: a whole number from 0 to 2^53, where a double still holds it exactly.
// Anything else (negative, fractional, huge, not a number) is unknown: nullopt.
std::optional<qint64> countOf(double number);
template<typename Value> std::optional<qint64> count(const Value &value)
{
    return value.isDouble() ? countOf(value.toDouble()) : std::nullopt;
}
QByteArray compact(const QJsonObject &object);
} // namespace Json
