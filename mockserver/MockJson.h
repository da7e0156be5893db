#pragma once

#include "MockHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

// Small helpers the stand-in services share.
namespace MockJson {

// The request body as a JSON object, or nullopt when it is not one.
inline std::optional<QJsonObject> body(const MockRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

inline QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}
inline QString isoTimeMs(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// Case- and accent-insensitive text for searches ("zoe" finds "Zoë").
inline QString fold(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

inline bool looksLikeEmail(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && text.indexOf(QLatin1Char('.'), at) > at + 1 && !text.endsWith(QLatin1Char('.'))
        && !text.contains(QLatin1Char(' '));
}

} // namespace MockJson
