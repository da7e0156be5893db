#include "ErrorMapping.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorMapping", text);
}

QString hostOf(const ApiResponse &response)
{
    return response.url.port() > 0
        ? response.url.host() + QLatin1Char(':') + QString::number(response.url.port())
        : response.url.host();
}

ApiError transportError(const ApiResponse &response)
{
    using K = ApiError::Kind;
    const QString host = hostOf(response);
    switch (response.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(
            K::Unreachable,
            tr("%1 refused the connection. Is the server running, and is the port right?").arg(host));
    case QNetworkReply::HostNotFoundError:
        return ApiError(
            K::Unreachable,
            tr("The host name %1 could not be found. Check the base URL.").arg(response.url.host()));
    case QNetworkReply::RemoteHostClosedError:
        return ApiError(K::Unreachable, tr("%1 closed the connection before answering.").arg(host));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ApiError(
            K::Timeout,
            tr("%1 did not answer in time. Try again, or raise the timeout in the connection settings.")
                .arg(host));
    case QNetworkReply::SslHandshakeFailedError: {
        QString detail = response.sslErrors.isEmpty() ? response.networkErrorString
                                                      : response.sslErrors.join(QStringLiteral("; "));
        return ApiError(
            K::Tls,
            tr("The certificate of %1 could not be verified (%2). Nothing was sent.").arg(host, detail));
    }
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ApiError(K::InsecureRedirect,
                        tr("%1 redirected to another address; Roster does not follow redirects that leave "
                           "the server, so your credential stays there.")
                            .arg(host));
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return ApiError(K::BadResponse, tr("%1 sent an answer that is not valid HTTP.").arg(host));
    default:
        return ApiError(K::Unreachable,
                        tr("Could not talk to %1: %2").arg(host, response.networkErrorString));
    }
}
} // namespace

ApiError badResponse(const ApiResponse &response, const QString &detail)
{
    const QString what = response.what.isEmpty() ? tr("the request") : response.what;
    return ApiError(ApiError::Kind::BadResponse,
                    tr("The server's answer to %1 is not what the service documents: %2").arg(what, detail),
                    response.status);
}

ApiError errorFromResponse(const ApiResponse &response, const ServerMessage &serverMessage)
{
    using K = ApiError::Kind;
    if (response.tooLarge)
        return ApiError(K::TooLarge,
                        tr("The answer to %1 was larger than Roster accepts, so it was dropped.")
                            .arg(response.what.isEmpty() ? tr("the request") : response.what));
    if (!response.hasHttpAnswer())
        return transportError(response);

    const int status = response.status;
    const QString said = serverMessage.message;
    const auto withServerWords = [&](const QString &fallback) { return said.isEmpty() ? fallback : said; };
    ApiError error;
    if (status == 400 || status == 422)
        error = ApiError(K::InvalidRequest,
                         withServerWords(tr("The server rejected the request as invalid.")), status);
    else if (status == 401)
        error = ApiError(K::Unauthorized,
                         withServerWords(tr(
                             "The server did not accept the credential. Sign in again or update the token.")),
                         status);
    else if (status == 403)
        error = ApiError(K::Forbidden,
                         withServerWords(tr("The credential is valid but may not do this (check the "
                                            "organization and the token's permissions).")),
                         status);
    else if (status == 404)
        error = ApiError(
            K::NotFound,
            withServerWords(tr("The server has no such object. It may have been deleted; refresh the list.")),
            status);
    else if (status == 409)
        error
            = ApiError(K::Conflict,
                       withServerWords(tr("This conflicts with an existing object on the server.")), status);
    else if (status == 429)
        error = ApiError(K::RateLimited,
                         withServerWords(tr("The server asks to slow down. Wait a moment and try again.")),
                         status);
    else if (status >= 500)
        error = ApiError(
            K::ServerError,
            withServerWords(
                tr("The server failed to handle the request (HTTP %1). Try again later.").arg(status)),
            status);
    else
        error = ApiError(K::Http, withServerWords(tr("The server answered HTTP %1.").arg(status)), status);
    error.setServerCode(serverMessage.code);
    error.setField(serverMessage.field);
    return error;
}
