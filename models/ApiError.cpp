#include "ApiError.h"

ApiError::ApiError(Kind kind, QString message, int httpStatus)
    : m_kind(kind), m_message(std::move(message)), m_httpStatus(httpStatus)
{
}

QString ApiError::title() const
{
    return titleFor(m_kind);
}

QString ApiError::toString() const
{
    if (m_message.isEmpty())
        return title();
    return title() + QStringLiteral(": ") + m_message;
}

QString ApiError::titleFor(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Unreachable:
        return tr("Cannot reach the server");
    case Kind::Timeout:
        return tr("The server did not answer in time");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Canceled:
        return tr("Canceled");
    case Kind::InsecureRedirect:
        return tr("Redirect refused");
    case Kind::Unauthorized:
        return tr("Not signed in");
    case Kind::Forbidden:
        return tr("Access denied");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::Conflict:
        return tr("Conflict");
    case Kind::InvalidRequest:
        return tr("Rejected by the server");
    case Kind::RateLimited:
        return tr("Too many requests");
    case Kind::ServerError:
        return tr("Server error");
    case Kind::BadResponse:
        return tr("Unexpected answer from the server");
    case Kind::TooLarge:
        return tr("Answer too large");
    case Kind::MissingCredential:
        return tr("Credential needed");
    case Kind::KeychainError:
        return tr("Keychain error");
    case Kind::Http:
        return tr("Request failed");
    }
    return tr("Request failed");
}
