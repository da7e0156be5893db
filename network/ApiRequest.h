#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

// A request as a dialect describes it: relative to the connection's base URL, with no knowledge
// of the network stack. Value type (qBittorrent's DownloadRequest).
struct ApiRequest {
    QByteArray method = "GET";
    QString path; // "/api/v1/app/user", appended to the base URL's path
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // set when there is a body
    QByteArray accept = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QString what; // what this request does, for messages ("list users")

    bool isValid() const { return !path.isEmpty(); }
    // GET and HEAD change nothing on the server, so a failed attempt may be repeated.
    bool isSafeToRetry() const { return method == "GET" || method == "HEAD"; }
    void setHeader(const QByteArray &name, const QByteArray &value);
    // Adds a query parameter with the value percent-encoded in full, so '+', '&', '#' and
    // non-ASCII text reach the server as typed ('+' would otherwise arrive as a space).
    void addQueryValue(const QString &key, const QString &value);
    QByteArray header(const QByteArray &name) const;
    // The name of the first header whose value could break out of its line (CR, LF or another
    // control character), or an empty array when every value is safe to send.
    QByteArray unsafeHeader() const;
};

// Whether `value` may be sent as an HTTP header value: no CR, LF, NUL or other control
// character (a horizontal tab is allowed), so nothing typed or stored can add a header line.
bool isSafeHeaderValue(const QByteArray &value);

// Why the client itself ended a request without a usable HTTP answer.
enum class LocalFailure {
    None,
    UnsafeHeader, // a header value held a control character; nothing was sent
    UnsafePath, // the path held "." or ".." segments that would address another resource
    DeadlineExceeded, // the whole request (all attempts and waits) took longer than allowed
};

// What came back: the HTTP answer, or the transport's failure when there was none.
struct ApiResponse {
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QStringList sslErrors;
    // The certificate the server presented over TLS (its leaf), when the handshake got that far.
    QSslCertificate peerCertificate;
    // The handshake failed only because no trusted CA vouches for the certificate (self-signed,
    // unknown issuer): the case the admin may answer by pinning it.
    bool untrustedIssuer = false;
    // The profile pins a certificate and the server presented another: the pinned fingerprint
    // (the presented one is peerCertificate's). Nothing was sent.
    QString pinnedSha256Mismatch;
    bool tooLarge = false;
    LocalFailure localFailure = LocalFailure::None;
    QString localDetail; // the header name, the path, or the deadline in seconds
    QByteArray method;
    QUrl url;
    QString what;
    qint64 elapsedMs = 0; // from start() to the end, across attempts
    int attempts = 0;

    bool hasHttpAnswer() const { return status > 0 && !tooLarge && localFailure == LocalFailure::None; }
    // The transfer itself broke (reset, cut short, refused...), whatever status line arrived.
    bool transferFailed() const;
    bool isSuccess() const { return hasHttpAnswer() && !transferFailed() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
    // The media type without parameters, lower-cased ("application/json").
    QByteArray mediaType() const;
    // The seconds the server asked to wait (Retry-After as seconds or an HTTP date), if it did.
    std::optional<qint64> retryAfterSeconds(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Where a redirect pointed (Location resolved against the request URL), if it was one.
    QUrl redirectTarget() const;
};

// Reads a Retry-After value: delay-seconds or an HTTP-date. Absurd values are clamped, never
// overflow; a date in the past is 0; anything else is nullopt.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

Q_DECLARE_METATYPE(ApiResponse)
