#include "MockHttpServer.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcMock, "roster.mockserver", QtInfoMsg)

namespace {
// Pipelined requests answered in one go before the event loop gets a turn; the rest follow on
// the next turn, so one client's burst cannot starve the others.
constexpr int kMaxRequestsPerPass = 64;

// Close with a TCP reset rather than a FIN: a zero linger time makes close() send RST.
void resetSocket(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor != -1) {
        const linger hard{ 1, 0 };
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    socket->abort();
}
} // namespace

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

void MockHttpServer::setIdleTimeoutMs(int milliseconds)
{
    m_idleTimeoutMs = qMax(1, milliseconds);
}

void MockHttpServer::setRecordingRequests(bool on)
{
    m_recording = on;
    if (!on)
        m_received.clear();
}

MockHttpServer::Fault *MockHttpServer::faultFor(const QByteArray &method, const QString &path)
{
    for (Fault &fault : m_faults) {
        if (fault.fault.times != 0 && (fault.fault.method.isEmpty() || fault.fault.method == method)
            && fault.pattern.match(path).hasMatch())
            return &fault;
    }
    return nullptr;
}

void MockHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Answers go out in one write each; without Nagle a tail segment never waits for an ACK
        // that the client delays, and a trickled byte leaves when it is written.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Connection connection;
        connection.idle = new QTimer(socket);
        connection.idle->setSingleShot(true);
        connection.idle->setInterval(m_idleTimeoutMs);
        connect(connection.idle, &QTimer::timeout, this, [this, socket] { onIdle(socket); });
        connection.idle->start();
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            auto it = m_connections.find(socket);
            if (it != m_connections.end() && socket->bytesToWrite() == 0)
                it->unflushed = false;
        });
    }
}

void MockHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->closing) {
        socket->readAll(); // after Connection: close or a refused request nothing more is answered
        return;
    }
    const bool startsRequest = it->buffer.isEmpty();
    it->buffer += socket->readAll();
    if (it->buffer.size() > m_limits.maxHeaderBytes + m_limits.maxBodyBytes) {
        // Only a client that keeps pipelining while an answer is delayed gets here.
        closeConnection(socket, CloseMode::Abort);
        return;
    }
    if (startsRequest && !it->busy)
        it->idle->start(); // the request's own clock: it must arrive whole within the timeout
    processBuffer(socket);
}

void MockHttpServer::processBuffer(QTcpSocket *socket)
{
    for (int handled = 0;; ++handled) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->busy || it->closing || it->buffer.isEmpty())
            return;
        if (handled == kMaxRequestsPerPass) {
            QTimer::singleShot(0, this, [this, socket = QPointer<QTcpSocket>(socket)] {
                if (socket)
                    processBuffer(socket);
            });
            return;
        }
        ParseResult parsed = HttpRequestParser::parse(it->buffer, m_limits);
        if (parsed.outcome == ParseResult::Incomplete)
            return;
        if (parsed.outcome == ParseResult::Malformed) {
            qCDebug(lcMock).noquote() << "refused:" << parsed.status << parsed.reason;
            it->buffer.clear();
            it->closing = true;
            it->idle->stop();
            deliver(socket,
                    prepare(MockRequest(), MockResponse::plainError(parsed.status, parsed.reason),
                            MockFault(), true));
            return;
        }
        it->buffer.remove(0, parsed.consumed);
        handle(socket, parsed.request);
    }
}

void MockHttpServer::handle(QTcpSocket *socket, MockRequest &request)
{
    if (m_recording)
        m_received.append(request);
    qCDebug(lcMock).noquote() << request.method << request.path;
    const bool close = request.wantsClose();
    const MockResponse response = dispatch(request);

    MockFault spoil;
    if (Fault *fault = faultFor(request.method, request.path)) {
        spoil = fault->fault;
        if (fault->fault.times > 0)
            --fault->fault.times;
    }
    const Answer answer = prepare(request, MockFaults::spoiled(response, spoil), spoil, close);

    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->idle->stop();
    it->pendingPath = request.path;
    if (close) {
        it->closing = true; // pipelined requests after this one are not answered
        it->buffer.clear();
    }
    if (spoil.delayMs <= 0) {
        deliver(socket, answer);
        return;
    }
    it->busy = true;
    QTimer::singleShot(spoil.delayMs, this, [this, socket = QPointer<QTcpSocket>(socket), answer] {
        if (!socket)
            return; // the client gave up while we waited
        auto connection = m_connections.find(socket);
        if (connection == m_connections.end())
            return;
        connection->busy = false;
        deliver(socket, answer);
        processBuffer(socket); // requests that arrived while the answer waited
    });
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
        MockResponse response = MockResponse::plainError(405, "method not allowed");
        response.headers.append({ "Allow", allowed.join(", ") });
        return response;
    }
    return MockResponse::plainError(404, "no such endpoint");
}

MockHttpServer::Answer MockHttpServer::prepare(const MockRequest &request, const MockResponse &response,
                                               const MockFault &fault, bool close) const
{
    Answer answer;
    answer.close = close;
    if (fault.resetConnection)
        answer.delivery = Answer::NoAnswer;
    else if (fault.truncateBody)
        answer.delivery = Answer::Truncated;
    else if (fault.resetAfterHeaders)
        answer.delivery = Answer::ResetAfterHeaders;
    else if (fault.resetMidBody)
        answer.delivery = Answer::ResetMidBody;
    else if (fault.trickleIntervalMs > 0)
        answer.delivery = Answer::Trickle;
    answer.trickleIntervalMs = fault.trickleIntervalMs;

    const bool head = request.method == "HEAD";
    answer.body = head ? QByteArray() : response.body;
    qsizetype advertised = answer.body.size();
    if (answer.delivery == Answer::Truncated)
        advertised += 1000; // promise more than will come
    QByteArray &text = answer.head;
    text = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + MockResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && !(response.body.isEmpty() && response.status == 204))
        text += "Content-Type: " + response.contentType + "\r\n";
    text += "Content-Length: " + QByteArray::number(advertised) + "\r\n";
    for (const auto &header : response.headers)
        text += header.first + ": " + header.second + "\r\n";
    text += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    text += "\r\n";
    return answer;
}

void MockHttpServer::deliver(QTcpSocket *socket, const Answer &answer)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    switch (answer.delivery) {
    case Answer::NoAnswer:
        closeConnection(socket, CloseMode::Abort);
        return;
    case Answer::Truncated:
        socket->write(answer.head + answer.body.left(answer.body.size() / 2));
        closeConnection(socket, CloseMode::Graceful); // sends what was written, then FIN
        return;
    case Answer::ResetAfterHeaders:
        socket->write(answer.head);
        resetWhenSent(socket);
        return;
    case Answer::ResetMidBody:
        socket->write(answer.head + answer.body.left(answer.body.size() / 2));
        resetWhenSent(socket);
        return;
    case Answer::Trickle:
        trickle(socket, answer.head + answer.body, answer.trickleIntervalMs, answer.close);
        return;
    case Answer::Whole:
        socket->write(answer.head);
        socket->write(answer.body);
        it = m_connections.find(socket); // a failed write may have closed it
        if (it == m_connections.end())
            return;
        it->unflushed = socket->bytesToWrite() > 0;
        if (answer.close)
            closeConnection(socket, CloseMode::Graceful);
        else
            it->idle->start(); // the idle clock, or the next pipelined request's
        return;
    }
}

void MockHttpServer::trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs, bool close)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->busy = true;
    auto *timer = new QTimer(socket);
    timer->setInterval(intervalMs);
    auto sent = std::make_shared<qsizetype>(0);
    const auto step = [this, socket, timer, bytes, sent, close] {
        auto connection = m_connections.find(socket);
        if (connection == m_connections.end()) {
            timer->stop();
            return;
        }
        socket->write(bytes.constData() + *sent, 1);
        socket->flush();
        connection = m_connections.find(socket); // a failed write may have closed it
        if (connection == m_connections.end() || ++*sent < bytes.size())
            return;
        timer->stop();
        timer->deleteLater();
        connection->busy = false;
        if (close) {
            closeConnection(socket, CloseMode::Graceful);
            return;
        }
        connection->idle->start();
        processBuffer(socket);
    };
    connect(timer, &QTimer::timeout, this, step);
    timer->start();
    step(); // the first byte at once: the client hears something before its first interval
}

void MockHttpServer::resetWhenSent(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->closing = true;
    it->closedByUs = true;
    it->idle->stop();
    // A reset drops whatever is still queued, so it waits until the promised bytes have left.
    socket->flush();
    if (!m_connections.contains(socket))
        return; // the client went first
    if (socket->bytesToWrite() == 0) {
        closeConnection(socket, CloseMode::Reset);
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (m_connections.contains(socket) && socket->bytesToWrite() == 0)
            closeConnection(socket, CloseMode::Reset);
    });
}

void MockHttpServer::closeConnection(QTcpSocket *socket, CloseMode mode)
{
    auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        it->closing = true;
        it->closedByUs = true;
        it->idle->stop();
    }
    switch (mode) {
    case CloseMode::Graceful:
        socket->disconnectFromHost();
        break;
    case CloseMode::Abort:
        socket->abort();
        break;
    case CloseMode::Reset:
        resetSocket(socket);
        break;
    }
}

void MockHttpServer::onIdle(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return;
    if (socket->bytesToWrite() > 0) {
        it->idle->start(); // still sending an answer the client reads slowly
        return;
    }
    qCDebug(lcMock) << (it->buffer.isEmpty() ? "closing an idle connection"
                                             : "closing a connection whose request never completed");
    closeConnection(socket, CloseMode::Graceful);
}

void MockHttpServer::onDisconnected(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        const bool abandoned = !it->closedByUs && (it->busy || it->unflushed);
        const QString path = it->pendingPath;
        m_connections.erase(it);
        if (abandoned) {
            ++m_abandoned;
            qCDebug(lcMock).noquote() << "abandoned:" << path;
            Q_EMIT requestAbandoned(path);
        }
    }
    socket->deleteLater();
}
