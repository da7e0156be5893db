#pragma once

// The body of the four dialect fuzz targets: a service's answer, as bytes from outside, through
// one of the dialect's parsers and the error mapping every failed request goes through.
//
// Input layout (run-fuzzers.sh writes seeds in it; keep the two in step):
//   byte 0     which parser runs, modulo the number of parsers (the order of Parser below)
//   bytes 1-2  the HTTP status, big-endian (0 means no HTTP answer: a transport failure)
//   byte 3     bit 7: the answer was too large; bits 0-6: the transport error, an index into
//              kNetworkErrors modulo its size
//   the rest   the body

#include "Dialect.h"
#include "ErrorMapping.h"

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace DialectFuzzer {

enum class Parser {
    UserPage,
    User,
    CurrentUser,
    StateAnswer,
    ProjectPage,
    Artifacts,
    Integrations,
    Batch,
    SignIn,
    ServerMessage,
    Done, // last, so committed seeds keep their parser
    Count
};

constexpr size_t kHeaderSize = 4;

constexpr QNetworkReply::NetworkError kNetworkErrors[] = {
    QNetworkReply::NoError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::HostNotFoundError,
    QNetworkReply::TimeoutError,
    QNetworkReply::OperationCanceledError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::InsecureRedirectError,
    QNetworkReply::TooManyRedirectsError,
    QNetworkReply::ProtocolInvalidOperationError,
    QNetworkReply::ProtocolFailure,
    QNetworkReply::UnknownNetworkError,
};

// Values the parsers compare against what the answer says (the known user's id for a state
// change, external IDs for a batch), taken from the reference pages so seeds reach past them.
inline User knownUser()
{
    User user;
    user.id = QStringLiteral("user_9d1c3b5a7f2e4c6d");
    user.externalId = QStringLiteral("user123");
    return user;
}

inline QList<UserChanges> batchInputs()
{
    QList<UserChanges> inputs;
    for (const QString &externalId : { QStringLiteral("user123"), QStringLiteral("user456"), QString() }) {
        UserChanges input;
        input.insert(UserField::ExternalId, externalId);
        input.insert(UserField::Email, QStringLiteral("user@example.com"));
        inputs.append(input);
    }
    return inputs;
}

// Reads every part of an outcome, so a parser that builds a value it never checked (an
// uninitialised field, a dangling reference) is read here under the sanitizers.
inline size_t touch(const ApiError &error)
{
    return size_t(error.kind()) + size_t(error.httpStatus()) + size_t(error.toString().size())
        + size_t(error.title().size()) + size_t(error.field().size()) + size_t(error.serverCode().size());
}

inline size_t touchUser(const User &user)
{
    return size_t(user.id.size()) + size_t(user.name.size()) + size_t(user.state)
        + size_t(user.createdAt.isValid()) + size_t(user.metadata.size()) + size_t(user.related.size());
}

template<typename T> size_t touch(const Result<T> &result, size_t (*value)(const T &))
{
    return result.ok() ? value(result.value()) : touch(result.error());
}

template<typename T> size_t touchPage(const Page<T> &page)
{
    return size_t(page.items.size()) + size_t(page.page) + size_t(page.pageSize) + size_t(page.hasNextPage)
        + size_t(page.totalCount.value_or(0));
}

inline size_t touchUserPage(const Page<User> &page)
{
    size_t sum = touchPage(page);
    for (const User &user : page.items)
        sum += touchUser(user);
    return sum;
}

inline size_t touchBatch(const BatchResult &result)
{
    size_t sum = size_t(result.created.size());
    for (const BatchFailure &failure : result.failures)
        sum += size_t(failure.index) + touch(failure.error);
    return sum;
}

inline size_t touchString(const QString &text)
{
    return size_t(text.size());
}

inline int run(const Dialect &dialect, const uint8_t *data, size_t size)
{
    if (size < kHeaderSize)
        return 0;
    const auto parser = Parser(data[0] % uint8_t(Parser::Count));
    ApiResponse response;
    response.status = int(data[1]) << 8 | int(data[2]);
    response.tooLarge = (data[3] & 0x80) != 0;
    response.networkError = kNetworkErrors[(data[3] & 0x7f) % std::size(kNetworkErrors)];
    if (response.networkError != QNetworkReply::NoError)
        response.networkErrorString = QStringLiteral("transport failed");
    response.body
        = QByteArray(reinterpret_cast<const char *>(data + kHeaderSize), qsizetype(size - kHeaderSize));
    response.method = "GET";
    response.url = QUrl(QStringLiteral("https://users.example.com:8443/api"));
    response.what = QStringLiteral("the fuzzed request");

    UserQuery query;
    query.page = 2;
    query.pageSize = 25;
    volatile size_t sink = 0;
    switch (parser) {
    case Parser::UserPage:
        sink = touch(dialect.parseUserPage(response, query), &touchUserPage);
        break;
    case Parser::User:
        sink = touch(dialect.parseUser(response), &touchUser);
        break;
    case Parser::CurrentUser:
        sink = touch(dialect.parseCurrentUser(response), &touchUser);
        break;
    case Parser::StateAnswer:
        sink = touch(dialect.parseStateAnswer(response, knownUser()), &touchUser);
        break;
    case Parser::ProjectPage:
        sink = touch(dialect.parseProjectPage(response, 3, 10), &touchPage<Project>);
        break;
    case Parser::Artifacts:
        sink = touch(dialect.parseArtifacts(response), &touchPage<Artifact>);
        break;
    case Parser::Integrations:
        sink = touch(dialect.parseIntegrations(response), &touchPage<Integration>);
        break;
    case Parser::Batch:
        sink = touch(dialect.parseBatch(response, batchInputs()), &touchBatch);
        break;
    case Parser::SignIn:
        sink = touch(dialect.parseSignIn(response), &touchString);
        break;
    case Parser::Done:
        sink = dialect.parseDone(response).ok() ? 1 : 0;
        break;
    case Parser::ServerMessage:
    case Parser::Count: {
        const ServerMessage message = dialect.parseServerMessage(response);
        sink = size_t(message.code.size() + message.message.size() + message.field.size());
        break;
    }
    }
    // What RemoteUserDirectory does with every failed answer.
    sink = sink + touch(errorFromResponse(response, dialect.parseServerMessage(response)));
    return 0;
}

} // namespace DialectFuzzer
