#pragma once

#include "ApiRequest.h"
#include "UserDirectory.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

struct ClientOptions {
    QUrl baseUrl;
    int timeoutMs = 30000;
    bool verifyTls = true;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRetries = 2; // extra attempts for safe requests that failed transiently
};

// One request in flight (Nextcloud's AbstractNetworkJob): start(), cancel(), finished().
// Timeouts are the transfer timeout of QNetworkRequest; transient failures of safe requests are
// retried a bounded number of times; a redirect is followed only within the same origin, so the
// credential never travels to another host; TLS errors are never ignored unless the profile
// turned verification off.
class ApiJob : public PendingCall {
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager *manager, const ApiRequest &request, const ClientOptions &options,
           QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    // Aborts the request; finished() is not emitted afterwards.
    void cancel() override;

    const ApiRequest &request() const { return m_request; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    QNetworkRequest buildNetworkRequest() const;
    void sendAttempt();
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    bool shouldRetry(const ApiResponse &response) const;
    int retryDelayMs(const ApiResponse &response) const;
    void dropReply();

    QPointer<QNetworkAccessManager> m_manager;
    ApiRequest m_request;
    ClientOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QStringList m_sslErrors;
    int m_attempt = 0;
    bool m_tooLarge = false;
    bool m_canceled = false;
};

// Sends a connection's requests through the application's one QNetworkAccessManager.
class ApiClient : public QObject {
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *manager, const ClientOptions &options, QObject *parent = nullptr);

    const ClientOptions &options() const { return m_options; }
    // The job is owned by the client until the receiver of finished() deletes it (deleteLater).
    ApiJob *send(const ApiRequest &request);

private:
    QPointer<QNetworkAccessManager> m_manager;
    ClientOptions m_options;
};

// The full URL of `request` under `baseUrl` (whose own path is kept as a prefix).
QUrl resolveRequestUrl(const QUrl &baseUrl, const ApiRequest &request);
