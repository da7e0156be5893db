#include "ApiClient.h"

#include "NetworkLogging.h"
#include "TlsTrust.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTimer>

QUrl resolveRequestUrl(const QUrl &baseUrl, const ApiRequest &request)
{
    QUrl url = baseUrl;
    url.setUserInfo(QString()); // a credential never travels in the URL
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

bool hasDotSegments(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString segment = QUrl::fromPercentEncoding(segments.at(i).toLatin1());
        const bool first = i == 0;
        const bool last = i == segments.size() - 1;
        // "/a/b/" splits into "", "a", "b", "": the outer empties are the slashes themselves.
        if (segment.isEmpty() && !first && !last)
            return true;
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return true;
    }
    return false;
}

ApiClient::ApiClient(QNetworkAccessManager *manager, const ClientOptions &options, QObject *parent)
    : QObject(parent), m_manager(manager), m_options(options)
{
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(m_manager, request, m_options, this);
    connect(job, &ApiJob::finished, this, &ApiClient::requestFinished);
    return job;
}

ApiJob::ApiJob(QNetworkAccessManager *manager, const ApiRequest &request, const ClientOptions &options,
               QObject *parent)
    : PendingCall(parent),
      m_manager(manager),
      m_request(request),
      m_options(options),
      m_retryTimer(new QTimer(this)),
      m_deadlineTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    // A coarse timer may fire 5% early: never retry before the time the server asked for.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    m_deadlineTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    connect(m_deadlineTimer, &QTimer::timeout, this, &ApiJob::onDeadline);
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
    if (request.url().scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_options.verifyTls)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        // The profile's own CAs join the system's for this request only, never application-wide.
        if (!m_options.caCertificates.isEmpty())
            ssl.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(ssl);
    }
    return request;
}

void ApiJob::start()
{
    m_attempt = 0;
    m_clock.start();
    if (m_options.deadlineMs > 0)
        m_deadlineTimer->start(m_options.deadlineMs);
    // Checked here as well as where the values are typed: whatever reaches a header is refused
    // if it could start a header line of its own.
    if (const QByteArray unsafe = m_request.unsafeHeader(); !unsafe.isEmpty()) {
        finishLocally(LocalFailure::UnsafeHeader, QString::fromLatin1(unsafe));
        return;
    }
    if (hasDotSegments(m_request.path)) {
        finishLocally(LocalFailure::UnsafePath, m_request.path);
        return;
    }
    sendAttempt();
}

void ApiJob::sendAttempt()
{
    if (m_canceled || m_finished)
        return;
    if (!m_manager) {
        ApiResponse response;
        response.networkError = QNetworkReply::UnknownNetworkError;
        response.networkErrorString = tr("The network manager is gone.");
        QTimer::singleShot(0, this, [this, response] { finish(response); });
        return;
    }
    ++m_attempt;
    m_sslErrors.clear();
    m_peerCertificate.clear();
    m_untrustedIssuer = false;
    m_pinMismatch = false;
    m_tooLarge = false;
    const QNetworkRequest request = buildNetworkRequest();
    qCDebug(lcNetwork).noquote() << m_request.method << request.url().toString(QUrl::RemoveQuery) << "attempt"
                                 << m_attempt;
    QNetworkReply *reply
        = m_request.body.isEmpty() && (m_request.method == "GET" || m_request.method == "DELETE")
        ? m_manager->sendCustomRequest(request, m_request.method)
        : m_manager->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    m_sent = true;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::onDownloadProgress);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &ApiJob::onEncrypted);
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply)
        return;
    const QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    m_peerCertificate = leaf;
    const QString presented = sha256Of(leaf);
    const bool untrustedIssuer = onlyUntrustedIssuer(errors);
    if (!m_options.pinnedSha256.isEmpty()) {
        if (presented != m_options.pinnedSha256) {
            m_pinMismatch = true;
        } else if (untrustedIssuer) {
            // The very certificate the admin confirmed: exactly these errors of this reply are
            // ignored, and nothing else anywhere.
            qCDebug(lcNetwork) << "certificate matches the pinned fingerprint";
            m_reply->ignoreSslErrors(errors);
            return;
        }
    }
    // Otherwise not ignored: the handshake fails and the request fails closed.
    m_untrustedIssuer = untrustedIssuer && !m_pinMismatch;
    for (const QSslError &error : errors)
        m_sslErrors << error.errorString();
}

void ApiJob::onEncrypted()
{
    // Emitted before a byte of the request is written. A pin holds even when a CA vouches for the
    // certificate: another certificate is not the one the admin confirmed.
    if (!m_reply || m_options.pinnedSha256.isEmpty() || !m_options.verifyTls)
        return;
    const QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    if (sha256Of(leaf) == m_options.pinnedSha256)
        return;
    m_peerCertificate = leaf;
    m_pinMismatch = true;
    qCWarning(lcNetwork) << "the server's certificate is not the pinned one; aborting";
    m_reply->abort(); // finished() follows and reports the mismatch
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
    if (!reply || m_canceled || m_finished)
        return;
    m_reply.clear();
    reply->deleteLater();

    ApiResponse response;
    response.tooLarge = m_tooLarge;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    response.networkErrorString = reply->errorString();
    response.sslErrors = m_sslErrors;
    response.peerCertificate = m_peerCertificate;
    response.untrustedIssuer = m_untrustedIssuer;
    if (m_pinMismatch)
        response.pinnedSha256Mismatch = m_options.pinnedSha256;
    response.headers = reply->rawHeaderPairs();
    response.url = reply->url();
    if (!m_tooLarge && reply->isOpen())
        response.body = reply->readAll();
    qCDebug(lcNetwork).noquote() << m_request.method << response.url.toString(QUrl::RemoveQuery) << "->"
                                 << response.status << response.networkError;

    if (shouldRetry(response)) {
        const qint64 delay = retryDelayMs(response).value_or(0);
        qCInfo(lcNetwork) << "retrying" << m_request.what << "in" << delay << "ms";
        m_retryTimer->start(int(delay));
        return;
    }
    finish(response);
}

void ApiJob::onDeadline()
{
    if (m_finished || m_canceled)
        return;
    qCWarning(lcNetwork).noquote() << m_request.what << "took longer than" << m_options.deadlineMs
                                   << "ms, aborting";
    dropReply();
    m_retryTimer->stop();
    finishLocally(LocalFailure::DeadlineExceeded, QString::number(m_options.deadlineMs / 1000.0, 'g', 3));
}

void ApiJob::finishLocally(LocalFailure failure, const QString &detail)
{
    ApiResponse response;
    response.localFailure = failure;
    response.localDetail = detail;
    m_finished = true; // nothing else may start or finish meanwhile
    // Answered like every other outcome: after the caller has connected to finished().
    QTimer::singleShot(0, this, [this, response] { emitFinished(response); });
}

void ApiJob::finish(const ApiResponse &response)
{
    if (m_canceled || m_finished)
        return;
    m_finished = true;
    emitFinished(response);
}

void ApiJob::emitFinished(ApiResponse response)
{
    if (m_canceled)
        return;
    m_deadlineTimer->stop();
    m_retryTimer->stop();
    response.method = m_request.method;
    response.what = m_request.what;
    response.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    response.attempts = m_attempt;
    if (response.url.isEmpty())
        response.url = resolveRequestUrl(m_options.baseUrl, m_request);
    Q_EMIT finished(response);
}

bool ApiJob::shouldRetry(const ApiResponse &response) const
{
    if (!m_request.isSafeToRetry() || m_attempt > m_options.maxRetries || response.tooLarge
        || !response.pinnedSha256Mismatch.isEmpty())
        return false;
    const std::optional<qint64> delay = retryDelayMs(response);
    if (!delay)
        return false; // the server asks for longer than Roster waits: say so instead
    // A retry that could not finish before the deadline is not worth starting.
    if (m_options.deadlineMs > 0 && m_clock.elapsed() + *delay >= m_options.deadlineMs)
        return false;
    switch (response.status) {
    case 429:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        break;
    }
    if (response.status != 0 && !response.transferFailed())
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

std::optional<qint64> ApiJob::retryDelayMs(const ApiResponse &response) const
{
    if (const std::optional<qint64> seconds = response.retryAfterSeconds()) {
        const qint64 wanted = *seconds * 1000; // at most ten years in ms: no overflow
        if (wanted > m_options.maxRetryWaitMs)
            return std::nullopt;
        return wanted;
    }
    return qint64(250) << qBound(0, m_attempt - 1, 8); // 250 ms, 500 ms, ...
}

void ApiJob::cancel()
{
    if (m_canceled)
        return;
    m_canceled = true;
    m_retryTimer->stop();
    m_deadlineTimer->stop();
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
