#pragma once

#include "HttpRequestParser.h"
#include "MockFault.h"
#include "MockRequest.h"
#include "MockResponse.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>
#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

// A small HTTP/1.1 server for the stand-in services (keep-alive, pipelining, Content-Length
// bodies, strict framing through HttpRequestParser, a method-aware router that answers 405 with
// Allow, an idle timeout), with per-route fault injection and, when a test asks for it, a log of
// what it received. Built on QTcpServer rather than QHttpServer, whose Qt 6.4 version answers a
// wrong method with 404 and cannot reset a connection or cut a body short.
class MockHttpServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<MockResponse(const MockRequest &)>;

    static constexpr int kDefaultIdleTimeoutMs = 30000;

    explicit MockHttpServer(QObject *parent = nullptr);
    ~MockHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;

    // `pathPattern` is a regular expression matched against the whole path; its capture groups
    // reach the handler as MockRequest::captures. Routes are tried in the order added.
    void route(const QByteArray &method, const QString &pathPattern, Handler handler);

    void setFault(const QString &pathPattern, const MockFault &fault);
    void clearFaults();

    // A connection with no request arriving and no answer pending is closed after this long; so
    // is one whose request has not arrived whole this long after its first byte (slow-loris).
    // Applies to connections accepted from then on.
    void setIdleTimeoutMs(int milliseconds);
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    void setParseLimits(const ParseLimits &limits) { m_limits = limits; }

    // The request log is off by default, because requests carry Authorization headers and
    // passwords: only a test that inspects them switches it on. Switching it off forgets it.
    void setRecordingRequests(bool on);
    bool isRecordingRequests() const { return m_recording; }
    QList<MockRequest> receivedRequests() const { return m_received; }
    void clearReceivedRequests() { m_received.clear(); }

    // How many answers the clients walked away from (see requestAbandoned).
    int abandonedRequestCount() const { return m_abandoned; }

Q_SIGNALS:
    // The client closed or reset its connection while the answer to its request to `path` was
    // still pending (delayed or trickling by a fault, or not yet written out).
    void requestAbandoned(const QString &path);

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    struct Fault {
        QRegularExpression pattern;
        MockFault fault;
    };
    // An answer on its way: the bytes, and how they reach (or fail to reach) the client.
    struct Answer {
        enum Delivery { Whole, NoAnswer, Truncated, ResetAfterHeaders, ResetMidBody, Trickle };
        QByteArray head;
        QByteArray body;
        Delivery delivery = Whole;
        int trickleIntervalMs = 0;
        bool close = false;
    };
    struct Connection {
        QByteArray buffer;
        QTimer *idle = nullptr; // owned by the socket
        bool busy = false; // an answer is delayed or trickling; later requests wait
        bool unflushed = false; // an answer is written but not yet all sent
        bool closing = false; // nothing more is read or answered on it
        bool closedByUs = false;
        QString pendingPath; // the request whose answer is pending
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void onIdle(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    enum class CloseMode { Graceful, Abort, Reset };

    // Answers one complete request (at once, or later when a fault delays it).
    void handle(QTcpSocket *socket, MockRequest &request);
    MockResponse dispatch(MockRequest &request) const;
    Answer prepare(const MockRequest &request, const MockResponse &response, const MockFault &fault,
                   bool close) const;
    void deliver(QTcpSocket *socket, const Answer &answer);
    void trickle(QTcpSocket *socket, const QByteArray &bytes, int intervalMs, bool close);
    void resetWhenSent(QTcpSocket *socket);
    void closeConnection(QTcpSocket *socket, CloseMode mode);
    Fault *faultFor(const QByteArray &method, const QString &path);

    QTcpServer *m_server;
    QList<Route> m_routes;
    QList<Fault> m_faults;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<MockRequest> m_received;
    ParseLimits m_limits;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    bool m_recording = false;
    int m_abandoned = 0;
};
