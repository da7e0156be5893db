#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What went wrong with a call, in terms an admin can act on. Built in network/ from the transport
// error, the HTTP status and the service's error body; shown by ui/ as a title and a sentence.
class ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Unreachable, // DNS failure, connection refused, network down
        Timeout,
        Tls, // certificate or handshake failure: always fails closed
        Canceled,
        InsecureRedirect,
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        InvalidRequest, // 400, 422
        RateLimited, // 429
        ServerError, // 5xx
        BadResponse, // 2xx with a body that is not what the service documents
        TooLarge, // response over the size cap
        MissingCredential,
        KeychainError,
        Http, // any other status
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }

    // The sentence to show: specific to this failure (the server's own words where it gave some).
    QString message() const { return m_message; }
    // A short heading for the kind of failure ("Not signed in", "Cannot reach the server", ...).
    QString title() const;
    // Both, as one line for a status bar or a log.
    QString toString() const;

    // Machine-readable code from the service's error body, when there was one ("duplicate_email").
    QString serverCode() const { return m_serverCode; }
    void setServerCode(const QString &code) { m_serverCode = code; }

    // The input the service blamed ("email"), in the dialect's wire name mapped to a UserField name.
    QString field() const { return m_field; }
    void setField(const QString &field) { m_field = field; }

    // For a write: the request may have reached the server and been applied even though no
    // answer says so (a timeout, a connection lost mid-answer, a gateway error). The caller
    // re-reads instead of reporting a failure.
    bool mayHaveReachedServer() const { return m_mayHaveReachedServer; }
    void setMayHaveReachedServer(bool may) { m_mayHaveReachedServer = may; }

    // How long the server asked to wait before trying again (429, 503), when it said.
    std::optional<qint64> retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(std::optional<qint64> seconds) { m_retryAfterSeconds = seconds; }

    static QString titleFor(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
    QString m_serverCode;
    QString m_field;
    bool m_mayHaveReachedServer = false;
    std::optional<qint64> m_retryAfterSeconds;
};
