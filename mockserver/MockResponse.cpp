#include "MockResponse.h"

#include <QJsonObject>

MockResponse MockResponse::json(int status, const QJsonDocument &document)
{
    MockResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

MockResponse MockResponse::empty(int status)
{
    MockResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

MockResponse MockResponse::plainError(int status, const QByteArray &message)
{
    const QJsonObject error{ { QLatin1String("code"), QLatin1String("mock_fault") },
                             { QLatin1String("message"), QString::fromUtf8(message) } };
    return json(status, QJsonDocument(QJsonObject{ { QLatin1String("error"), error } }));
}

QByteArray MockResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
