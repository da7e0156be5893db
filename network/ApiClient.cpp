#include "ApiClient.h"

#include "NetworkLogging.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTimer>

QUrl resolveRequestUrl(const QUrl &baseUrl, const ApiRequest &request)
{
    QUrl url = baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString path
        = request.path.startsWith(QLatin1Char('/')) ? request.path : QLatin1Char('/') + request.path;
    // The dialects percent-encode ids themselves ("a/b" -> "a%2Fb"); keep their encoding.
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (request.query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(request.query);
    return url;
}

ApiClient::ApiClient(QNetworkAccessManager *manager, const ClientOptions &options, QObject *parent)
    : QObject(parent), m_manager(manager), m_options(options)
{
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    return new ApiJob(m_manager, request, m_options, this);
}

ApiJob::ApiJob(QNetworkAccessManager *manager, const ApiRequest &request, const ClientOptions &options,
               QObject *parent)
    : PendingCall(parent), m_manager(manager), m_request(request), m_options(options)
{
}

ApiJob::~ApiJob()
{
    dropReply();
}

QNetworkRequest ApiJob::buildNetworkRequest() const
{
    QNetworkRequest request(resolveRequestUrl(m_options.baseUrl, m_request));
    request.setTransferTimeout(m_options.timeoutMs);
    // Redirects stay on the same scheme, host and port: the credential headers are never sent
    // to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", m_request.accept);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Roster/%1").arg(QStringLiteral(ROSTER_VERSION)));
    if (!m_request.contentType.isEmpty())
        request.setRawHeader("Content-Type", m_request.contentType);
    for (const auto &header : m_request.headers)
        request.setRawHeader(header.first, header.second);
    if (!m_options.verifyTls && request.url().scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    return request;
}

void ApiJob::start()
{
    m_attempt = 0;
    sendAttempt();
}

void ApiJob::sendAttempt()
{
    if (m_canceled)
        return;
    if (!m_manager) {
        ApiResponse response;
        response.networkError = QNetworkReply::UnknownNetworkError;
        response.networkErrorString = tr("The network manager is gone.");
        response.what = m_request.what;
        QTimer::singleShot(0, this, [this, response] { Q_EMIT finished(response); });
        return;
    }
    ++m_attempt;
    m_sslErrors.clear();
    m_tooLarge = false;
    const QNetworkRequest request = buildNetworkRequest();
    qCDebug(lcNetwork).noquote() << m_request.method << request.url().toString(QUrl::RemoveUserInfo)
                                 << "attempt" << m_attempt;
    QNetworkReply *reply
        = m_request.body.isEmpty() && (m_request.method == "GET" || m_request.method == "DELETE")
        ? m_manager->sendCustomRequest(request, m_request.method)
        : m_manager->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::onDownloadProgress);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Not ignored: the handshake fails and the request fails closed.
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
}

void ApiJob::onDownloadProgress(qint64 received, qint64 total)
{
    if (m_tooLarge || !m_reply)
        return;
    if (received > m_options.maxResponseBytes || total > m_options.maxResponseBytes) {
        m_tooLarge = true;
        qCWarning(lcNetwork) << "response over" << m_options.maxResponseBytes << "bytes, aborting";
        m_reply->abort(); // finished() follows and reports the cap
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_canceled)
        return;
    m_reply.clear();
    reply->deleteLater();

    ApiResponse response;
    response.method = m_request.method;
    response.url = reply->url();
    response.what = m_request.what;
    response.tooLarge = m_tooLarge;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.networkErrorString = reply->errorString();
    response.sslErrors = m_sslErrors;
    if (!m_tooLarge && reply->isOpen()) {
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
    }
    qCDebug(lcNetwork).noquote() << m_request.method
                                 << response.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "->"
                                 << response.status << response.networkError;

    if (shouldRetry(response)) {
        const int delay = retryDelayMs(response);
        qCInfo(lcNetwork) << "retrying" << m_request.what << "in" << delay << "ms";
        QTimer::singleShot(delay, this, &ApiJob::sendAttempt);
        return;
    }
    Q_EMIT finished(response);
}

bool ApiJob::shouldRetry(const ApiResponse &response) const
{
    if (!m_request.isSafeToRetry() || m_attempt > m_options.maxRetries || response.tooLarge)
        return false;
    switch (response.status) {
    case 502:
    case 503:
    case 504:
        return true;
    case 429:
        return retryDelayMs(response) <= 10000;
    default:
        break;
    }
    if (response.status != 0)
        return false;
    switch (response.networkError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

int ApiJob::retryDelayMs(const ApiResponse &response) const
{
    bool ok = false;
    const int retryAfter = response.header("Retry-After").trimmed().toInt(&ok);
    if (ok && retryAfter >= 0)
        return retryAfter * 1000;
    return 250 * (1 << (m_attempt - 1)); // 250 ms, 500 ms, ...
}

void ApiJob::cancel()
{
    if (m_canceled)
        return;
    m_canceled = true;
    dropReply();
    deleteLater();
}

void ApiJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    // Disconnect first: abort() emits finished() at once, and queued signals must not reach us.
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}
