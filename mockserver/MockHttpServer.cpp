#include "MockHttpServer.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMock, "roster.mockserver", QtInfoMsg)

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

QByteArray reasonPhrase(int status)
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
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

MockResponse plainError(int status, const QByteArray &message)
{
    MockResponse response;
    response.status = status;
    response.body = R"({"error":{"code":"mock_fault","message":")" + message + R"("}})";
    return response;
}
} // namespace

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

MockHttpServer::MockHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MockHttpServer::onNewConnection);
}

MockHttpServer::~MockHttpServer() = default;

bool MockHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 MockHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl MockHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(port());
    return url;
}

void MockHttpServer::route(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    m_routes.append(Route{ method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)),
                           std::move(handler) });
}

void MockHttpServer::setFault(const QString &pathPattern, const MockFault &fault)
{
    m_faults.append(Fault{ QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), fault });
}

void MockHttpServer::clearFaults()
{
    m_faults.clear();
}

MockHttpServer::Fault *MockHttpServer::faultFor(const QString &path)
{
    for (Fault &fault : m_faults) {
        if (fault.fault.times != 0 && fault.pattern.match(path).hasMatch())
            return &fault;
    }
    return nullptr;
}

void MockHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processBuffer(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void MockHttpServer::processBuffer(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    while (!it->busy) {
        QByteArray &buffer = it->buffer;
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        MockRequest request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(target.query(QUrl::FullyEncoded));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        if (request.header("transfer-encoding").toLower().contains("chunked")) {
            respond(socket, request, plainError(411, "chunked request bodies are not supported"), true);
            return;
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (length < 0 || length > kMaxBodyBytes) {
            respond(socket, request, plainError(413, "request body too large"), true);
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still arriving
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const bool close = request.header("connection").toLower() == "close";

        m_received.append(request);
        qCDebug(lcMock).noquote() << request.method << request.path;
        const MockResponse response = dispatch(request);

        Fault *fault = faultFor(request.path);
        if (!fault) {
            respond(socket, request, response, close);
            continue;
        }
        MockFault spoil = fault->fault;
        if (fault->fault.times > 0)
            --fault->fault.times;
        MockResponse answer = response;
        if (spoil.status > 0) {
            answer = spoil.body.isEmpty() ? plainError(spoil.status, "injected failure") : MockResponse();
            answer.status = spoil.status;
            if (!spoil.body.isEmpty())
                answer.body = spoil.body;
        }
        if (spoil.malformedJson) {
            answer.status = 200;
            answer.body = "<html><body>Gateway says hello</body></html>";
        }
        if (spoil.retryAfterSeconds >= 0)
            answer.headers.append({ "Retry-After", QByteArray::number(spoil.retryAfterSeconds) });
        const auto deliver = [this, socket = QPointer<QTcpSocket>(socket), request, answer, spoil, close] {
            if (!socket)
                return; // the client gave up while we waited
            if (spoil.resetConnection) {
                socket->abort();
                return;
            }
            if (spoil.truncateBody) {
                QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
                    + reasonPhrase(answer.status) + "\r\nContent-Type: " + answer.contentType
                    + "\r\nContent-Length: " + QByteArray::number(answer.body.size() + 1000) + "\r\n\r\n";
                socket->write(head + answer.body.left(answer.body.size() / 2));
                socket->flush();
                socket->disconnectFromHost();
                return;
            }
            respond(socket, request, answer, close);
            auto connection = m_connections.find(socket);
            if (spoil.delayMs > 0 && connection != m_connections.end()) {
                connection->busy = false;
                processBuffer(socket); // requests that arrived while the answer waited
            }
        };
        if (spoil.delayMs > 0) {
            it->busy = true;
            QTimer::singleShot(spoil.delayMs, this, deliver);
            return;
        }
        deliver();
        if (spoil.resetConnection || spoil.truncateBody)
            return;
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
    }
}

MockResponse MockHttpServer::dispatch(MockRequest &request) const
{
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        request.captures = match.capturedTexts().mid(1);
        return route.handler(request);
    }
    if (!allowed.isEmpty()) {
        MockResponse response = plainError(405, "method not allowed");
        response.headers.append({ "Allow", allowed.join(", ") });
        return response;
    }
    MockResponse response = plainError(404, "no such endpoint");
    return response;
}

void MockHttpServer::respond(QTcpSocket *socket, const MockRequest &request, const MockResponse &response,
                             bool close)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && !(response.body.isEmpty() && response.status == 204))
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(request.method == "HEAD" ? 0 : response.body.size())
        + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    socket->write(head);
    if (request.method != "HEAD")
        socket->write(response.body);
    if (close)
        socket->disconnectFromHost();
}
