#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

// Small readers shared by the dialects' parsers: tolerant of absent fields, strict about shape.
namespace Json {
// The body as an object, or nullopt when it is not a JSON object.
std::optional<QJsonObject> object(const QByteArray &body, QString *error = nullptr);
std::optional<QJsonArray> array(const QByteArray &body, QString *error = nullptr);
QString string(const QJsonObject &object, QLatin1String key);
QDateTime dateTime(const QJsonObject &object, QLatin1String key);
// Integer fields that some servers send as strings ("id": "2").
QString idString(const QJsonValue &value);
// A count or total: a whole number from 0 to 2^53, where a double still holds it exactly.
// Anything else (negative, fractional, huge, not a number) is unknown: nullopt.
std::optional<qint64> count(const QJsonValue &value);
QByteArray compact(const QJsonObject &object);
} // namespace Json
