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
// A string as it is, a number as its decimal text, anything else empty.
QString string(const QJsonValue &value);
QDateTime dateTime(const QJsonObject &object, QLatin1String key);
QDateTime dateTime(const QString &text);
// The form servers almost always send (2025-01-15T10:30:00Z, with .mmm or an offset), read
// without QDateTime's general parser; nullopt for anything else, which dateTime() hands to it.
std::optional<QDateTime> commonIsoDateTime(QStringView text);
// Integer fields that some servers send as strings ("id": "2").
QString idString(const QJsonValue &value);
// A count or total: a whole number from 0 to 2^53, where a double still holds it exactly.
// Anything else (negative, fractional, huge, not a number) is unknown: nullopt.
std::optional<qint64> count(const QJsonValue &value);
QByteArray compact(const QJsonObject &object);
} // namespace Json
