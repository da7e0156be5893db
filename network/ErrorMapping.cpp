#include "ErrorMapping.h"

#include "TlsTrust.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

QString whatOf(const ApiResponse &response)
{
    return response.what.isEmpty() ? QCoreApplication::translate("ErrorMapping", "the request")
                                   : response.what;
}

bool isJsonType(const QByteArray &type)
{
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

bool isHtml(const ApiResponse &response)
{
    const QByteArray type = response.mediaType();
    if (type == "text/html" || type == "application/xhtml+xml")
        return true;
    const QByteArray start = response.body.left(64).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

ApiError localError(const ApiResponse &response)
{
    using K = ApiError::Kind;
    switch (response.localFailure) {
    case LocalFailure::UnsafeHeader:
        return ApiError(K::InvalidRequest,
                        QCoreApplication::translate(
                            "ErrorMapping",
                            "Roster did not send %1: the value of the %2 header contains a line break or "
                            "another control character. Check the organization and the credential of this "
                            "connection.")
                            .arg(whatOf(response), response.localDetail));
    case LocalFailure::UnsafePath:
        return ApiError(K::InvalidRequest,
                        QCoreApplication::translate(
                            "ErrorMapping",
                            "Roster did not send %1: its address would contain \".\" or \"..\" segments, "
                            "which could reach another resource on the server.")
                            .arg(whatOf(response)));
    case LocalFailure::DeadlineExceeded:
        return ApiError(K::Timeout,
                        QCoreApplication::translate(
                            "ErrorMapping",
                            "%1 did not finish %2 within %3 seconds, so Roster gave up. The server may be "
                            "overloaded or the network slow; try again, or raise the time limit in the "
                            "connection settings.")
                            .arg(hostOf(response.url), whatOf(response), response.localDetail));
    case LocalFailure::None:
        break;
    }
    return ApiError();
}

ApiError redirectError(const ApiResponse &response)
{
    const QString host = hostOf(response.url);
    if (response.networkError == QNetworkReply::TooManyRedirectsError)
        return ApiError(ApiError::Kind::InsecureRedirect,
                        QCoreApplication::translate(
                            "ErrorMapping", "%1 redirected %2 again and again; Roster stopped following.")
                            .arg(host, whatOf(response)),
                        response.status);
    const QUrl target = response.redirectTarget();
    const QString where = target.isValid() && !target.isEmpty()
        ? target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        : QCoreApplication::translate("ErrorMapping", "another address");
    return ApiError(ApiError::Kind::InsecureRedirect,
                    QCoreApplication::translate(
                        "ErrorMapping",
                        "%1 redirected %2 to %3. Roster does not follow redirects to another address, so "
                        "your credential was not sent there. Check the base URL of this connection.")
                        .arg(host, whatOf(response), where),
                    response.status);
}

ApiError transportError(const ApiResponse &response)
{
    using K = ApiError::Kind;
    const QString host = hostOf(response.url);
    switch (response.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(
            K::Unreachable,
            QCoreApplication::translate(
                "ErrorMapping", "%1 refused the connection. Is the server running, and is the port right?")
                .arg(host));
    case QNetworkReply::HostNotFoundError:
        return ApiError(K::Unreachable,
                        QCoreApplication::translate(
                            "ErrorMapping", "The host name %1 could not be found. Check the base URL.")
                            .arg(response.url.host()));
    case QNetworkReply::RemoteHostClosedError:
        if (response.status > 0)
            return ApiError(K::Unreachable,
                            QCoreApplication::translate(
                                "ErrorMapping",
                                "%1 closed the connection before its answer to %2 was complete, so the "
                                "answer was not used.")
                                .arg(host, whatOf(response)),
                            response.status);
        return ApiError(
            K::Unreachable,
            QCoreApplication::translate("ErrorMapping", "%1 closed the connection before answering.")
                .arg(host));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ApiError(
            K::Timeout,
            QCoreApplication::translate(
                "ErrorMapping",
                "%1 did not answer in time. Try again, or raise the timeout in the connection settings.")
                .arg(host));
    case QNetworkReply::SslHandshakeFailedError: {
        QString detail = response.sslErrors.isEmpty() ? response.networkErrorString
                                                      : response.sslErrors.join(QStringLiteral("; "));
        return ApiError(
            K::Tls,
            QCoreApplication::translate("ErrorMapping",
                                        "The certificate of %1 could not be verified (%2). Nothing was sent.")
                .arg(host, detail));
    }
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return ApiError(
            K::BadResponse,
            QCoreApplication::translate("ErrorMapping", "%1 sent an answer that is not valid HTTP.")
                .arg(host));
    default:
        if (response.status > 0)
            return ApiError(
                K::Unreachable,
                QCoreApplication::translate("ErrorMapping",
                                            "The answer of %1 to %2 arrived broken (%3), so it was not used.")
                    .arg(host, whatOf(response), response.networkErrorString),
                response.status);
        return ApiError(K::Unreachable,
                        QCoreApplication::translate("ErrorMapping", "Could not talk to %1: %2")
                            .arg(host, response.networkErrorString));
    }
}

// "The server asked to be retried in 3,600 seconds (at 15:42)."
QString retryAfterSentence(const ApiResponse &response)
{
    const QDateTime now = QDateTime::currentDateTime();
    const std::optional<qint64> seconds = response.retryAfterSeconds(now.toUTC());
    if (!seconds)
        return QString();
    const QDateTime at = now.addSecs(*seconds);
    const QString when = at.date() == now.date() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                 : QLocale().toString(at, QLocale::ShortFormat);
    return QCoreApplication::translate("ErrorMapping",
                                       "The server asked to be retried in %1 seconds (at %2).")
        .arg(QLocale().toString(*seconds), when);
}
// Whether a request that failed this way may still have been carried out by the server.
bool mayHaveReachedServer(const ApiResponse &response)
{
    if (response.localFailure == LocalFailure::DeadlineExceeded)
        return true;
    if (response.localFailure != LocalFailure::None || !response.pinnedSha256Mismatch.isEmpty())
        return false; // refused before sending
    switch (response.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return false;
    default:
        break;
    }
    if (response.transferFailed() || response.status == 0)
        return true; // lost on the way back, or cut short after the server began answering
    return response.status == 502 || response.status == 504; // a gateway's word, not the service's
}

ApiError mappedError(const ApiResponse &response, const ServerMessage &serverMessage)
{
    using K = ApiError::Kind;
    if (response.localFailure != LocalFailure::None)
        return localError(response);
    if (!response.pinnedSha256Mismatch.isEmpty())
        return ApiError(K::Tls,
                        QCoreApplication::translate(
                            "ErrorMapping",
                            "The certificate of %1 is not the one this connection trusts. It has the SHA-256 "
                            "fingerprint %2, but the connection is pinned to %3. Nothing was sent. If the "
                            "server's certificate was replaced on purpose, remove the pinned fingerprint in "
                            "the connection settings and connect again.")
                            .arg(hostOf(response.url),
                                 ConnectionProfile::formatFingerprint(sha256Of(response.peerCertificate)),
                                 ConnectionProfile::formatFingerprint(response.pinnedSha256Mismatch)));
    if (response.tooLarge)
        return ApiError(
            K::TooLarge,
            QCoreApplication::translate("ErrorMapping",
                                        "The answer to %1 was larger than Roster accepts, so it was dropped.")
                .arg(whatOf(response)));
    // Before the status: a refused redirect arrives with the 3xx status of the redirect itself.
    if (response.networkError == QNetworkReply::InsecureRedirectError
        || response.networkError == QNetworkReply::TooManyRedirectsError
        || (response.status >= 300 && response.status < 400 && !response.transferFailed()))
        return redirectError(response);
    if (!response.hasHttpAnswer() || response.transferFailed())
        return transportError(response);

    const int status = response.status;
    const QString said = serverMessage.message;
    const auto withServerWords = [&](const QString &fallback) { return said.isEmpty() ? fallback : said; };
    ApiError error;
    if (status == 400 || status == 422)
        error = ApiError(K::InvalidRequest,
                         withServerWords(QCoreApplication::translate(
                             "ErrorMapping", "The server rejected the request as invalid.")),
                         status);
    else if (status == 401)
        error = ApiError(K::Unauthorized,
                         withServerWords(QCoreApplication::translate(
                             "ErrorMapping",
                             "The server did not accept the credential. Sign in again or update the token.")),
                         status);
    else if (status == 403)
        error = ApiError(K::Forbidden,
                         withServerWords(QCoreApplication::translate(
                             "ErrorMapping",
                             "The credential is valid but may not do this (check the "
                             "organization and the token's permissions).")),
                         status);
    else if (status == 404)
        error = ApiError(K::NotFound,
                         withServerWords(QCoreApplication::translate(
                             "ErrorMapping",
                             "The server has no such object. It may have been deleted; refresh the list.")),
                         status);
    else if (status == 409)
        error = ApiError(K::Conflict,
                         withServerWords(QCoreApplication::translate(
                             "ErrorMapping", "This conflicts with an existing object on the server.")),
                         status);
    else if (status == 429)
        error = ApiError(K::RateLimited,
                         withServerWords(QCoreApplication::translate(
                             "ErrorMapping", "The server asks to slow down. Wait a moment and try again.")),
                         status);
    else if (status >= 500)
        error = ApiError(
            K::ServerError,
            withServerWords(
                QCoreApplication::translate(
                    "ErrorMapping", "The server failed to handle the request (HTTP %1). Try again later.")
                    .arg(status)),
            status);
    else
        error = ApiError(
            K::Http,
            withServerWords(
                QCoreApplication::translate("ErrorMapping", "The server answered HTTP %1.").arg(status)),
            status);

    QString message = error.message();
    if (said.isEmpty() && isHtml(response))
        message
            += QLatin1Char(' ')
            + QCoreApplication::translate(
                   "ErrorMapping",
                   "The answer was an HTML page, probably from a proxy or gateway in front of the service.");
    if (status == 429 || status == 503) {
        if (const QString retry = retryAfterSentence(response); !retry.isEmpty())
            message += QLatin1Char(' ') + retry;
    }
    if (message != error.message())
        error = ApiError(error.kind(), message, status);
    error.setServerCode(serverMessage.code);
    error.setField(serverMessage.field);
    return error;
}
} // namespace

ApiError badResponse(const ApiResponse &response, const QString &detail)
{
    return ApiError(ApiError::Kind::BadResponse,
                    QCoreApplication::translate(
                        "ErrorMapping", "The server's answer to %1 is not what the service documents: %2")
                        .arg(whatOf(response), detail),
                    response.status);
}

std::optional<ApiError> unexpectedMediaType(const ApiResponse &response)
{
    if (response.body.trimmed().isEmpty())
        return std::nullopt;
    const QByteArray type = response.mediaType();
    if (type.isEmpty() ? !isHtml(response) : isJsonType(type))
        return std::nullopt;
    if (isHtml(response))
        return badResponse(
            response,
            QCoreApplication::translate(
                "ErrorMapping",
                "it is an HTML page, not JSON. A proxy, a captive portal or a sign-in page may "
                "be in the way; nothing is assumed to have happened."));
    return badResponse(response,
                       QCoreApplication::translate("ErrorMapping",
                                                   "it is %1, not JSON; nothing is assumed to have happened.")
                           .arg(QString::fromLatin1(type)));
}

ApiError errorFromResponse(const ApiResponse &response, const ServerMessage &serverMessage)
{
    ApiError error = mappedError(response, serverMessage);
    error.setMayHaveReachedServer(mayHaveReachedServer(response));
    if (response.status == 429 || response.status == 503)
        error.setRetryAfterSeconds(response.retryAfterSeconds());
    return error;
}
