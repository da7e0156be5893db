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
// A count or total: a whole number from 0 to what qint64 holds. Anything else (a fraction, a
// negative number, 1e300, text) is no count at all rather than a cast with undefined behaviour.
std::optional<qint64> count(const QJsonValue &value);
QByteArray compact(const QJsonObject &object);
} // namespace Json
