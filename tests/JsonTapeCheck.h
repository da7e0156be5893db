#pragma once

// The differential check of JsonTape against QJsonDocument, shared by tst_jsontape and the
// fuzz_json_tape fuzzer: whatever the tape accepts, QJsonDocument must accept, and every value
// must read alike through JsonNode's interface and QJsonValue's (type, text, number bit for bit,
// bool, items in order, members by key, the received text, sizes as written, variant maps, and
// Json::dateTime, which reads a node's bytes on its own path).

#include "Json.h"
#include "JsonTape.h"
#include "SameVariant.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <bit>
#include <cstdint>

namespace JsonTapeCheck {

struct Outcome {
    bool tapeAccepted = false;
    bool qtAccepted = false;
    QString qtError; // QJsonDocument's words when it refused
    QString mismatch; // the first difference found, with its path; empty when they agree
};

// The members or items of the container whose whole text is `text`, as written (duplicate keys
// counted each time), counted here without JsonTape: commas outside strings at the first level.
inline qsizetype countWritten(QByteArrayView text)
{
    qsizetype commas = 0;
    bool any = false;
    int depth = 0;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (depth == 0)
            any = true;
        if (c == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            ++commas;
        }
    }
    return any ? commas + 1 : 0;
}

inline QString typeName(JsonNode::Type type)
{
    static const char *const names[] = { "undefined", "null", "bool", "number", "string", "array", "object" };
    return QLatin1String(names[int(type)]);
}

inline QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

inline JsonNode::Type typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonNode::Type::Null;
    case QJsonValue::Bool:
        return JsonNode::Type::Bool;
    case QJsonValue::Double:
        return JsonNode::Type::Number;
    case QJsonValue::String:
        return JsonNode::Type::String;
    case QJsonValue::Array:
        return JsonNode::Type::Array;
    case QJsonValue::Object:
        return JsonNode::Type::Object;
    case QJsonValue::Undefined:
        break;
    }
    return JsonNode::Type::Undefined;
}

inline QString show(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\\'))
            shown.append(c);
        else
            shown.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

inline QString show(double number)
{
    return QString::number(number, 'g', 17)
        + QStringLiteral(" (bits %1)").arg(std::bit_cast<quint64>(number), 16, 16, QLatin1Char('0'));
}

// The first difference between `node` and `value`, as "<path>: <what>", or empty.
inline QString compare(const JsonNode &node, const QJsonValue &value)
{
    const auto differs = [](const QString &what) -> QString { return QStringLiteral(": ") + what; };
    if (node.type() != typeOf(value))
        return differs(
            QStringLiteral("type %1, QJsonValue %2").arg(typeName(node.type()), typeName(value.type())));
    if (node.isNull() != value.isNull() || node.isBool() != value.isBool()
        || node.isDouble() != value.isDouble() || node.isString() != value.isString()
        || node.isArray() != value.isArray() || node.isObject() != value.isObject()
        || node.isUndefined() != value.isUndefined())
        return differs(QStringLiteral("an isX() answers otherwise than its type"));
    // Every reader on every type: a string's, a number's and a bool's own, and the fallbacks.
    if (node.toString() != value.toString())
        return differs(
            QStringLiteral("string %1, QJsonValue %2").arg(show(node.toString()), show(value.toString())));
    for (const double fallback : { 0.0, -0.0, 7.5 }) {
        if (std::bit_cast<quint64>(node.toDouble(fallback))
            != std::bit_cast<quint64>(value.toDouble(fallback)))
            return differs(QStringLiteral("number %1, QJsonValue %2")
                               .arg(show(node.toDouble(fallback)), show(value.toDouble(fallback))));
    }
    if (node.toBool() != value.toBool() || node.toBool(true) != value.toBool(true))
        return differs(QStringLiteral("bool %1, QJsonValue %2").arg(node.toBool()).arg(value.toBool()));
    if (!sameVariant(node.toVariant(), value.toVariant()))
        return differs(QStringLiteral("toVariant() %1, QJsonValue's %2")
                           .arg(QString::fromLatin1(node.toVariant().typeName()),
                                QString::fromLatin1(value.toVariant().typeName())));
    if (Json::dateTime(node) != Json::dateTime(value)
        || Json::dateTime(node).toString(Qt::ISODateWithMs)
            != Json::dateTime(value).toString(Qt::ISODateWithMs))
        return differs(QStringLiteral("Json::dateTime %1, from QJsonValue %2")
                           .arg(Json::dateTime(node).toString(Qt::ISODateWithMs),
                                Json::dateTime(value).toString(Qt::ISODateWithMs)));

    // The received text reads as this value on its own.
    const QByteArrayView text = node.text();
    const QJsonDocument again
        = QJsonDocument::fromJson(QByteArray("[") + text.toByteArray() + QByteArray("]"));
    if (again.array().size() != 1 || again.array().at(0) != value)
        return differs(
            QStringLiteral("text() %1 reads otherwise").arg(QString::fromUtf8(text.toByteArray())));

    // Only a container has members, items or a variant map.
    if (!node.isArray() && node.begin() != node.end())
        return differs(QStringLiteral("items to iterate, not an array"));
    if (!node.isObject() && (!node.value(QLatin1String("")).isUndefined() || !node.toVariantMap().isEmpty()))
        return differs(QStringLiteral("a member, not an object"));
    if (!node.isArray() && !node.isObject() && node.size() != 0)
        return differs(QStringLiteral("size %1, not a container").arg(node.size()));
    if (node.toObject().isObject() != value.isObject() || node.toArray().isArray() != value.isArray())
        return differs(QStringLiteral("toObject()/toArray() answer otherwise"));

    if (node.isArray()) {
        const QJsonArray array = value.toArray();
        if (node.size() != array.size())
            return differs(QStringLiteral("size %1, QJsonArray %2").arg(node.size()).arg(array.size()));
        if (countWritten(text) != array.size())
            return differs(
                QStringLiteral("%1 items written, QJsonArray %2").arg(countWritten(text)).arg(array.size()));
        qsizetype index = 0;
        for (const JsonNode item : node) {
            if (index >= array.size())
                return differs(QStringLiteral("more items iterated than QJsonArray's %1").arg(array.size()));
            if (const QString problem = compare(item, array.at(index)); !problem.isEmpty())
                return QStringLiteral("[%1]").arg(index) + problem;
            ++index;
        }
        if (index != array.size())
            return differs(QStringLiteral("%1 items iterated, QJsonArray %2").arg(index).arg(array.size()));
    }

    if (node.isObject()) {
        const QJsonObject object = value.toObject();
        // QJsonObject keeps one member per key; the tape counts them as written.
        const qsizetype written = countWritten(text);
        if (node.size() != written || node.size() < object.size())
            return differs(QStringLiteral("size %1, %2 members written, QJsonObject %3")
                               .arg(node.size())
                               .arg(written)
                               .arg(object.size()));
        for (auto member = object.begin(); member != object.end(); ++member) {
            const QString key = member.key();
            // value() takes Latin-1 keys only (the dialects' keys are ASCII).
            bool latin1 = true;
            for (const QChar c : key)
                latin1 = latin1 && c.unicode() < 0x100;
            if (!latin1)
                continue;
            const QByteArray bytes = key.toLatin1();
            const QLatin1String name(bytes.constData(), bytes.size());
            if (!node.contains(name))
                return differs(QStringLiteral("no member %1").arg(show(key)));
            if (const QString problem = compare(node.value(name), member.value()); !problem.isEmpty())
                return QLatin1Char('.') + show(key) + problem;
        }
        for (const char *absent : { "", "id", "name", "data", "\x01no such key" }) {
            const QLatin1String name(absent);
            if (node.contains(name) != object.contains(name)
                || node.value(name).isUndefined() != !object.contains(name))
                return differs(QStringLiteral("contains(%1) %2, QJsonObject %3")
                                   .arg(show(name))
                                   .arg(node.contains(name))
                                   .arg(object.contains(name)));
        }
        if (!sameVariant(node.toVariantMap(), object.toVariantMap()))
            return differs(QStringLiteral("toVariantMap() differs from QJsonObject's"));
    }
    return QString();
}

// Reads `text` both ways and compares. The tape may refuse what QJsonDocument reads (it leaves
// that to QJsonDocument), but not the other way round.
inline Outcome check(const QByteArray &text)
{
    Outcome outcome;
    const JsonTape tape(text);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    outcome.tapeAccepted = tape.isValid();
    outcome.qtAccepted = error.error == QJsonParseError::NoError;
    if (!outcome.qtAccepted)
        outcome.qtError = QStringLiteral("%1 at %2").arg(error.errorString()).arg(error.offset);
    if (!tape.isValid()) {
        if (!tape.root().isUndefined())
            outcome.mismatch = QStringLiteral("refused, yet its root is defined");
        return outcome;
    }
    if (!outcome.qtAccepted) {
        outcome.mismatch
            = QStringLiteral("the tape accepts what QJsonDocument refuses (%1)").arg(outcome.qtError);
        return outcome;
    }
    const QJsonValue root
        = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (const QString problem = compare(tape.root(), root); !problem.isEmpty())
        outcome.mismatch = QStringLiteral("root") + problem;
    return outcome;
}

} // namespace JsonTapeCheck
