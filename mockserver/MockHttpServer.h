#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

struct MockRequest {
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QStringList captures; // the route pattern's capture groups

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The decoded value of `key`, matched on the decoded name ("page[number]" also when the
    // client sent "page%5Bnumber%5D").
    QString queryValue(const QString &key) const
    {
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (item.first == key)
                return item.second;
        }
        return QString();
    }
    bool hasQuery(const QString &key) const
    {
        const auto items = query.queryItems(QUrl::FullyDecoded);
        return std::any_of(items.cbegin(), items.cend(), [&](const auto &item) { return item.first == key; });
    }
};

struct MockResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static MockResponse json(int status, const QJsonDocument &document);
    static MockResponse empty(int status);
};

// Misbehaviour injected into a route for tests: slow, failing, broken or cut-off answers.
struct MockFault {
    int delayMs = 0;
    int status = 0; // answer this status instead (0: the route's own)
    QByteArray body; // with `status`: this body instead of a generic error
    bool malformedJson = false; // answer 200 with a body that is not JSON
    bool resetConnection = false; // close the socket without answering
    bool truncateBody = false; // promise more bytes than are sent, then close
    int retryAfterSeconds = -1; // adds Retry-After
    int times = -1; // how many requests it spoils; -1: all
};

// A small HTTP/1.1 server for the stand-in services (keep-alive, Content-Length bodies, a
// method-aware router that answers 405 with Allow), with per-route fault injection and a log
// of what it received. Built on QTcpServer rather than QHttpServer, whose Qt 6.4 version
// answers a wrong method with 404 and cannot reset a connection or cut a body short.
class MockHttpServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<MockResponse(const MockRequest &)>;

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

    QList<MockRequest> receivedRequests() const { return m_received; }
    void clearReceivedRequests() { m_received.clear(); }

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
    };
    struct Connection {
        QByteArray buffer;
        bool busy = false; // an answer is still being delayed
    };
    struct Fault {
        QRegularExpression pattern;
        MockFault fault;
    };

    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    MockResponse dispatch(MockRequest &request) const;
    void respond(QTcpSocket *socket, const MockRequest &request, const MockResponse &response, bool close);
    Fault *faultFor(const QString &path);

    QTcpServer *m_server;
    QList<Route> m_routes;
    QList<Fault> m_faults;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<MockRequest> m_received;
};
