#pragma once

#include "ApiRequest.h"
#include "UserDirectory.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

struct ClientOptions {
    QUrl baseUrl;
    int timeoutMs = 30000; // silence: no byte for this long fails the attempt
    int deadlineMs = 120000; // the whole request, all attempts and waits included
    bool verifyTls = true;
    // Trusted for this client's requests in addition to the system's CAs (an internal CA).
    QList<QSslCertificate> caCertificates;
    // 64 lower-case hex digits: the one leaf certificate trusted without a CA vouching for it, and
    // the only leaf accepted even when a CA does.
    QString pinnedSha256;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRetries = 2; // extra attempts for safe requests that failed transiently
    int maxRetryWaitMs = 30000; // the longest Retry-After honoured; longer asks fail with a message
};

// One request in flight (Nextcloud's AbstractNetworkJob): start(), cancel(), finished().
// The transfer timeout of QNetworkRequest catches silence; a deadline of its own bounds the whole
// request, because a server that sends a byte now and then is never silent. Transient failures of
// safe requests are retried a bounded number of times, waiting at most maxRetryWaitMs even when
// the server asks for longer; a redirect is followed only within the same origin, so the
// credential never travels to another host; TLS errors are never ignored unless the profile
// turned verification off, or exactly those of one reply whose certificate is the pinned one and
// whose only fault is that no CA vouches for it; with a pin, another certificate is refused even
// when a CA vouches for it; a header value with a line break is never sent.
class ApiJob : public PendingCall {
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager *manager, const ApiRequest &request, const ClientOptions &options,
           QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    // Aborts the request; finished() is not emitted afterwards.
    void cancel() override;
    bool isCanceled() const { return m_canceled; }

    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempt; }
    bool wasSent() const override { return m_sent; }

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    QNetworkRequest buildNetworkRequest() const;
    void sendAttempt();
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void onDeadline();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void finishLocally(LocalFailure failure, const QString &detail);
    void finish(const ApiResponse &response);
    void emitFinished(ApiResponse response);
    bool shouldRetry(const ApiResponse &response) const;
    // The wait before the next attempt, or nullopt when the server asks for longer than allowed.
    std::optional<qint64> retryDelayMs(const ApiResponse &response) const;
    void dropReply();

    QPointer<QNetworkAccessManager> m_manager;
    ApiRequest m_request;
    ClientOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    QTimer *m_deadlineTimer;
    QElapsedTimer m_clock;
    QStringList m_sslErrors;
    QSslCertificate m_peerCertificate;
    bool m_untrustedIssuer = false;
    bool m_pinMismatch = false;
    int m_attempt = 0;
    bool m_tooLarge = false;
    bool m_canceled = false;
    bool m_finished = false;
    bool m_sent = false;
};

// Sends a connection's requests through the application's one QNetworkAccessManager.
class ApiClient : public QObject {
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *manager, const ClientOptions &options, QObject *parent = nullptr);

    const ClientOptions &options() const { return m_options; }
    // For requests sent from now on (the admin trusted a certificate, ...).
    void setOptions(const ClientOptions &options) { m_options = options; }
    // The job is owned by the client until the receiver of finished() deletes it (deleteLater).
    ApiJob *send(const ApiRequest &request);

Q_SIGNALS:
    // Every request this client finished, for the activity panel (which keeps the method, path,
    // status, timing and size: never a body or a header).
    void requestFinished(const ApiResponse &response);

private:
    QPointer<QNetworkAccessManager> m_manager;
    ClientOptions m_options;
};

// The full URL of `request` under `baseUrl` (whose own path is kept as a prefix).
QUrl resolveRequestUrl(const QUrl &baseUrl, const ApiRequest &request);
// Whether a request path holds an empty, "." or ".." segment in its middle (percent-encoded
// forms included), which a URL library would collapse into another resource's path.
bool hasDotSegments(const QString &path);
