#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

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
};

// What came back: the HTTP answer, or the transport's failure when there was none.
struct ApiResponse {
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QStringList sslErrors;
    bool tooLarge = false;
    QByteArray method;
    QUrl url;
    QString what;

    bool hasHttpAnswer() const { return status > 0 && !tooLarge; }
    bool isSuccess() const { return hasHttpAnswer() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const;
};

Q_DECLARE_METATYPE(ApiResponse)
