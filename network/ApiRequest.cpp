#include "ApiRequest.h"

#include <QLocale>

namespace {
// Ten years: no server means a longer wait, and the figure stays far from any overflow.
constexpr qint64 kMaxRetryAfterSeconds = 10LL * 365 * 24 * 3600;
} // namespace

void ApiRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

void ApiRequest::addQueryValue(const QString &key, const QString &value)
{
    query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                       QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QByteArray ApiRequest::unsafeHeader() const
{
    for (const auto &header : headers) {
        if (!isSafeHeaderValue(header.second))
            return header.first;
    }
    if (!isSafeHeaderValue(contentType))
        return "Content-Type";
    if (!isSafeHeaderValue(accept))
        return "Accept";
    return QByteArray();
}

bool isSafeHeaderValue(const QByteArray &value)
{
    return std::none_of(value.cbegin(), value.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t') || byte == 0x7f;
    });
}

bool ApiResponse::transferFailed() const
{
    // Qt reports HTTP error statuses as network errors too (201-299 for 4xx, 302 for a 400,
    // 401-499 for 5xx); only the transport's own failures (1-199) and a broken protocol mean the
    // bytes that arrived cannot be trusted, whatever the status line said.
    const int code = int(networkError);
    return (code >= 1 && code <= 199) || networkError == QNetworkReply::ProtocolFailure;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QByteArray ApiResponse::mediaType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

std::optional<qint64> ApiResponse::retryAfterSeconds(const QDateTime &now) const
{
    const QByteArray value = header("Retry-After");
    if (value.isEmpty())
        return std::nullopt;
    return parseRetryAfter(value, now);
}

QUrl ApiResponse::redirectTarget() const
{
    const QByteArray location = header("Location");
    if (location.isEmpty())
        return QUrl();
    return url.resolved(QUrl::fromEncoded(location.trimmed()));
}

std::optional<qint64> parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Read digit by digit so "3000000000000000000000" clamps instead of overflowing.
        qint64 seconds = 0;
        for (char c : value) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > kMaxRetryAfterSeconds)
                return kMaxRetryAfterSeconds;
        }
        return seconds;
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (Qt reads the zone only as an offset).
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(3) + QStringLiteral("+0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return qBound<qint64>(0, now.secsTo(when), kMaxRetryAfterSeconds);
}
