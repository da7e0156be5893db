// The stand-in server itself, on the wire: strict request framing, Connection: close, the idle
// timeout, the request log being off unless asked for, every fault as a client meets it, abandoned
// answers, and generated directories of 100,000 users.

#include "HttpRequestParser.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RestV1Service.h"
#include "SeedPeople.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTest>
#include <optional>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
// One answer as it came over the wire.
struct WireAnswer {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body; // the bytes after the header section, up to Content-Length
    qsizetype contentLength = -1;
    bool whole = false; // all Content-Length bytes arrived

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

// The first answer in `bytes`, or nullopt while its header section is incomplete.
std::optional<WireAnswer> parseAnswer(const QByteArray &bytes, qsizetype *consumed = nullptr)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    WireAnswer answer;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    answer.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        answer.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    answer.contentLength = answer.header("content-length").toLongLong();
    answer.body = bytes.mid(end + 4, answer.contentLength);
    answer.whole = answer.body.size() == answer.contentLength;
    if (consumed)
        *consumed = end + 4 + answer.body.size();
    return answer;
}

// A plain TCP client: it sends exact bytes and sees exactly what comes back, while the test's
// event loop keeps running for the server in the same thread.
class RawClient {
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Waits for one whole answer, or for the server to close; returns what is there then.
    std::optional<WireAnswer> readAnswer(int timeoutMs = 5000)
    {
        // A timeout is not an error here: the caller judges what arrived.
        (void)QTest::qWaitFor(
            [&] {
                pull();
                const auto answer = parseAnswer(m_received);
                return (answer && answer->whole) || closed();
            },
            timeoutMs);
        pull();
        qsizetype consumed = 0;
        const auto answer = parseAnswer(m_received, &consumed);
        if (answer && answer->whole)
            m_received.remove(0, consumed);
        return answer;
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                pull();
                return closed();
            },
            timeoutMs);
    }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    QByteArray received()
    {
        pull();
        return m_received;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    void pull() { m_received += m_socket.readAll(); }

    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = QByteArray())
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n";
}

#ifdef Q_OS_UNIX
// How a connection ended, seen through a plain socket: QTcpSocket reports a reset and a clean
// close alike, so the reset faults are checked below Qt.
struct Ending {
    QByteArray received;
    bool reset = false; // ECONNRESET rather than end of stream
    bool ended = false;
};

Ending sendAndWatch(quint16 port, const QByteArray &request)
{
    Ending ending;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::fcntl(fd, F_SETFL, O_NONBLOCK);
    ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address); // EINPROGRESS
    bool sent = false;
    ending.ended = QTest::qWaitFor(
        [&] {
            if (!sent)
                sent
                    = ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) == request.size();
            char chunk[4096];
            for (;;) {
                const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
                if (n > 0) {
                    ending.received.append(chunk, n);
                    continue;
                }
                if (n == 0)
                    return true;
                if (errno == ECONNRESET) {
                    ending.reset = true;
                    return true;
                }
                return false; // EAGAIN, or not connected yet
            }
        },
        5000);
    ::close(fd);
    return ending;
}
#endif

const QByteArray kThingBody = R"({"data":[{"id":"u1","name":"Zoë Müller"}],"total":1})";
} // namespace

class MockServerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void parser_data();
    void parser();
    void parserReadsTheRequest();
    void parserLeavesPipelinedBytes();
    void malformedFramingIsRefusedAndClosed_data();
    void malformedFramingIsRefusedAndClosed();
    void keepAliveAnswersPipelinedRequests();
    void connectionCloseIsHonoured();
    void idleConnectionIsClosed();
    void answeredConnectionIsClosedWhenIdle();
    void slowHeaderIsClosed();
    void delayedAnswerOutlivesTheIdleTimeout();

    void recordingIsOffByDefault();
    void recordingWhenAsked();

    void resetAfterHeaders();
    void resetMidBody();
    void resetFaultsSendAReset_data();
    void resetFaultsSendAReset();
    void wrongContentType();
    void invalidUtf8();
    void malformedJson();
    void htmlPage();
    void htmlErrorPage_data();
    void htmlErrorPage();
    void oversizeBytes();
    void trickle();
    void retryAfter_data();
    void retryAfter();
    void redirectTo();
    void faultTimesStillCounts();

    void abandonedDelayedRequestIsSignalled();
    void clientClosingADelayedRequestIsSignalled();
    void answeredRequestIsNotAbandoned();

    void scrambleIsABijection();
    void generatorIsDeterministic();
    void generatedPeopleAreVaried();
    void generatedDirectoryIsDeterministic();
    void generatedDirectoryPages_data();
    void generatedDirectoryPages();
    void demoDirectoriesKeepTheirPeople();

private:
    std::unique_ptr<MockHttpServer> m_server;
};

void MockServerTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void MockServerTest::init()
{
    m_server = std::make_unique<MockHttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("GET", QStringLiteral("/thing"), [](const MockRequest &) {
        MockResponse response;
        response.body = kThingBody;
        return response;
    });
    m_server->route("POST", QStringLiteral("/thing"), [](const MockRequest &request) {
        MockResponse response;
        response.body = request.body;
        return response;
    });
}

void MockServerTest::cleanup()
{
    m_server.reset();
}

// ---- The parser alone ----

void MockServerTest::parser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");

    const int complete = ParseResult::Complete;
    const int incomplete = ParseResult::Incomplete;
    const int malformed = ParseResult::Malformed;
    const QByteArray host = "Host: h\r\n";
    QTest::newRow("get") << get("/a?b=c") << complete << 0;
    QTest::newRow("post with body") << QByteArray("POST /a HTTP/1.1\r\n" + host
                                                  + "Content-Length: 3\r\n\r\nabc")
                                    << complete << 0;
    QTest::newRow("empty lines before the request line")
        << QByteArray("\r\n\r\n" + get("/")) << complete << 0;
    QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << complete << 0;
    QTest::newRow("absolute-form target") << get("http://example.com:8080/a/b?x=1") << complete << 0;
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\n" + host + "\r\n") << complete << 0;
    QTest::newRow("repeated equal Content-Length")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 2\r\nContent-Length: 2\r\n\r\nab")
        << complete << 0;
    QTest::newRow("Content-Length list of equal values")
        << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 2, 2\r\n\r\nab") << complete << 0;
    QTest::newRow("tab around a value") << get("/", "X-A:\tb \r\n") << complete << 0;

    QTest::newRow("nothing yet") << QByteArray() << incomplete << 0;
    QTest::newRow("half a request line") << QByteArray("GET /a HT") << incomplete << 0;
    QTest::newRow("header section arriving")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n") << incomplete << 0;
    QTest::newRow("body arriving") << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nab")
                                   << incomplete << 0;

    const auto withLength = [&](const QByteArray &fields) {
        return QByteArray("POST / HTTP/1.1\r\n" + host + fields + "\r\n");
    };
    QTest::newRow("Content-Length not a number") << withLength("Content-Length: abc\r\n") << malformed << 400;
    QTest::newRow("Content-Length empty") << withLength("Content-Length:\r\n") << malformed << 400;
    QTest::newRow("Content-Length negative") << withLength("Content-Length: -5\r\n") << malformed << 400;
    QTest::newRow("Content-Length with a sign") << withLength("Content-Length: +5\r\n") << malformed << 400;
    QTest::newRow("Content-Length in hex") << withLength("Content-Length: 0x10\r\n") << malformed << 400;
    QTest::newRow("Content-Length overflowing")
        << withLength("Content-Length: 99999999999999999999999\r\n") << malformed << 400;
    QTest::newRow("Content-Length one past qint64")
        << withLength("Content-Length: 9223372036854775808\r\n") << malformed << 400;
    QTest::newRow("Content-Length repeated differently")
        << withLength("Content-Length: 5\r\nContent-Length: 6\r\n") << malformed << 400;
    QTest::newRow("Content-Length list differing")
        << withLength("Content-Length: 5, 6\r\n") << malformed << 400;
    QTest::newRow("Content-Length with Transfer-Encoding")
        << withLength("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n") << malformed << 400;
    QTest::newRow("chunked") << withLength("Transfer-Encoding: chunked\r\n") << malformed << 411;
    QTest::newRow("gzip, chunked") << withLength("Transfer-Encoding: gzip, chunked\r\n") << malformed << 411;
    QTest::newRow("Transfer-Encoding not ending in chunked")
        << withLength("Transfer-Encoding: gzip\r\n") << malformed << 400;
    QTest::newRow("body over the limit") << withLength("Content-Length: 8388609\r\n") << malformed << 413;
    QTest::newRow("header section over the limit, complete")
        << get("/", "X-Big: " + QByteArray(70 * 1024, 'a') + "\r\n") << malformed << 431;
    QTest::newRow("header section over the limit, still arriving")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a')) << malformed << 431;
    QTest::newRow("request line over the limit")
        << QByteArray("GET /" + QByteArray(70 * 1024, 'a')) << malformed << 431;
    QTest::newRow("header without a colon") << get("/", "X-Broken\r\n") << malformed << 400;
    QTest::newRow("space before the colon") << get("/", "X-Spaced : b\r\n") << malformed << 400;
    QTest::newRow("tab before the colon") << get("/", "X-Tabbed\t: b\r\n") << malformed << 400;
    QTest::newRow("empty header name") << get("/", ": b\r\n") << malformed << 400;
    QTest::newRow("obsolete line folding") << get("/", "X-A: b\r\n c\r\n") << malformed << 400;
    QTest::newRow("control character in a value") << get("/",
                                                         "X-A: b\x01"
                                                         "c\r\n")
                                                  << malformed << 400;
    QTest::newRow("bare CR in a value") << get("/", "X-A: b\rc\r\n") << malformed << 400;
    QTest::newRow("missing Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << malformed << 400;
    QTest::newRow("two Hosts") << get("/", "Host: other\r\n") << malformed << 400;
    QTest::newRow("request line without a version") << QByteArray("GET /\r\n\r\n") << malformed << 400;
    QTest::newRow("double space in the request line")
        << QByteArray("GET  / HTTP/1.1\r\n\r\n") << malformed << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n") << malformed << 400;
    QTest::newRow("method not a token") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << malformed << 400;
    QTest::newRow("target not a path") << QByteArray("GET a/b HTTP/1.1\r\n\r\n") << malformed << 400;
    QTest::newRow("target with a fragment") << get("/a#b") << malformed << 400;
    QTest::newRow("broken percent escape") << get("/a%zz") << malformed << 400;
    QTest::newRow("non-ASCII target") << get("/caf\xc3\xa9") << malformed << 400;
    QTest::newRow("* without OPTIONS") << get("*") << malformed << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << malformed << 505;
    QTest::newRow("garbage judged before its header section ends")
        << QByteArray("\x16\x03\x01 hello\r\n") << malformed << 400;
}

void MockServerTest::parser()
{
    QFETCH(QByteArray, input);
    QFETCH(int, outcome);
    QFETCH(int, status);
    const ParseResult result = HttpRequestParser::parse(input, ParseLimits());
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.status, status);
    if (outcome == ParseResult::Complete)
        QCOMPARE(result.consumed, input.size());
    if (outcome == ParseResult::Malformed)
        QVERIFY(!result.reason.isEmpty());
}

void MockServerTest::parserReadsTheRequest()
{
    const ParseResult result = HttpRequestParser::parse(
        "PATCH /v1/users/a%20b?page%5Bnumber%5D=2&q=z%C3%BC HTTP/1.1\r\nHost: h\r\nX-Multi: a\r\n"
        "x-multi: b\r\nContent-Length: 4\r\nAuthorization:  Bearer t  \r\n\r\nbody");
    QCOMPARE(int(result.outcome), int(ParseResult::Complete));
    const MockRequest &request = result.request;
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
    QCOMPARE(request.path, QStringLiteral("/v1/users/a b"));
    QCOMPARE(request.queryValue(QStringLiteral("page[number]")), QStringLiteral("2"));
    QCOMPARE(request.queryValue(QStringLiteral("q")), QStringLiteral("zü"));
    QCOMPARE(request.header("x-multi"), QByteArray("a, b"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer t"));
    QCOMPARE(request.body, QByteArray("body"));

    const ParseResult absolute = HttpRequestParser::parse(get("https://example.com/x?y=1"));
    QCOMPARE(absolute.request.path, QStringLiteral("/x"));
    QCOMPARE(absolute.request.queryValue(QStringLiteral("y")), QStringLiteral("1"));
}

void MockServerTest::parserLeavesPipelinedBytes()
{
    const QByteArray first = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nok";
    const QByteArray second = get("/b");
    const ParseResult result = HttpRequestParser::parse(first + second);
    QCOMPARE(int(result.outcome), int(ParseResult::Complete));
    QCOMPARE(result.consumed, first.size());
    QCOMPARE(result.request.body, QByteArray("ok"));
    const ParseResult next = HttpRequestParser::parse(QByteArray(first + second).mid(result.consumed));
    QCOMPARE(int(next.outcome), int(ParseResult::Complete));
    QCOMPARE(next.request.path, QStringLiteral("/b"));

    ParseLimits smallHeader;
    smallHeader.maxHeaderBytes = 40;
    QCOMPARE(
        HttpRequestParser::parse(get("/", "X-Long: " + QByteArray(40, 'a') + "\r\n"), smallHeader).status,
        431);
    ParseLimits smallBody;
    smallBody.maxBodyBytes = 1;
    QCOMPARE(HttpRequestParser::parse(first, smallBody).status, 413);
}

// ---- Framing and connections on the wire ----

void MockServerTest::malformedFramingIsRefusedAndClosed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const auto post = [](const QByteArray &fields) {
        return QByteArray("POST /thing HTTP/1.1\r\nHost: h\r\n" + fields + "\r\n");
    };
    QTest::newRow("Content-Length not a number") << post("Content-Length: abc\r\n") << 400;
    QTest::newRow("Content-Length negative") << post("Content-Length: -1\r\n") << 400;
    QTest::newRow("Content-Length overflowing") << post("Content-Length: 184467440737095516160\r\n") << 400;
    QTest::newRow("Content-Length twice, differently")
        << post("Content-Length: 1\r\nContent-Length: 2\r\n") << 400;
    QTest::newRow("Content-Length with Transfer-Encoding")
        << post("Content-Length: 1\r\nTransfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("chunked") << post("Transfer-Encoding: chunked\r\n") << 411;
    QTest::newRow("header section too large")
        << get("/thing", "X-Big: " + QByteArray(70 * 1024, 'a') + "\r\n") << 431;
    QTest::newRow("body too large") << post("Content-Length: 9000000\r\n") << 413;
    QTest::newRow("header without a colon") << get("/thing", "X-Broken\r\n") << 400;
    QTest::newRow("space before the colon") << get("/thing", "Accept : */*\r\n") << 400;
    QTest::newRow("not HTTP") << QByteArray("hello there\r\n\r\n") << 400;
}

void MockServerTest::malformedFramingIsRefusedAndClosed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    // A well-formed request after the bad one: once framing is lost, nothing more is answered.
    client.send(request + get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer);
    QCOMPARE(answer->status, status);
    QCOMPARE(answer->header("connection"), QByteArray("close"));
    QVERIFY(client.waitClosed());
    QVERIFY2(!client.received().contains("HTTP/1.1 200"), client.received().constData());
}

void MockServerTest::keepAliveAnswersPipelinedRequests()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing") + "POST /thing HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + get("/none"));
    const auto first = client.readAnswer();
    const auto second = client.readAnswer();
    const auto third = client.readAnswer();
    QVERIFY(first && second && third);
    QCOMPARE(first->body, kThingBody);
    QCOMPARE(second->body, QByteArray("hello"));
    QCOMPARE(third->status, 404);
    QCOMPARE(third->header("connection"), QByteArray("keep-alive"));
    QVERIFY(!client.closed());
}

void MockServerTest::connectionCloseIsHonoured()
{
    m_server->setRecordingRequests(true);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing", "Connection: close\r\n") + get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->header("connection"), QByteArray("close"));
    QVERIFY(client.waitClosed());
    QCOMPARE(client.received(), QByteArray()); // the pipelined second request got no answer
    QCOMPARE(m_server->receivedRequests().size(), 1);
}

void MockServerTest::idleConnectionIsClosed()
{
    m_server->setIdleTimeoutMs(300);
    RawClient client;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.waitClosed(3000));
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(client.received(), QByteArray());
}

void MockServerTest::answeredConnectionIsClosedWhenIdle()
{
    m_server->setIdleTimeoutMs(400);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    // Requests keep it open past the timeout...
    for (int i = 0; i < 3; ++i) {
        client.send(get("/thing"));
        const auto answer = client.readAnswer();
        QVERIFY(answer && answer->whole);
        QTest::qWait(200);
    }
    QVERIFY(!client.closed());
    // ...and silence closes it.
    QVERIFY(client.waitClosed(3000));
}

void MockServerTest::slowHeaderIsClosed()
{
    m_server->setIdleTimeoutMs(500);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /thing HTTP/1.1\r\nHost: h\r\n");
    QElapsedTimer clock;
    clock.start();
    // A byte every 50 ms: always busy, never done.
    const bool closed = QTest::qWaitFor(
        [&] {
            if (!client.closed())
                client.send("X");
            QTest::qWait(50);
            return client.closed();
        },
        4000);
    QVERIFY2(closed, "a header that never ends kept the connection");
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(client.received(), QByteArray());
}

void MockServerTest::delayedAnswerOutlivesTheIdleTimeout()
{
    m_server->setIdleTimeoutMs(200);
    MockFault fault;
    fault.delayMs = 700;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer(3000);
    QVERIFY(answer);
    QVERIFY(answer->whole);
    QCOMPARE(answer->body, kThingBody);
}

// ---- The request log ----

void MockServerTest::recordingIsOffByDefault()
{
    QVERIFY(!m_server->isRecordingRequests());
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(
        "POST /thing HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer s3cret-token\r\nContent-Length: 24\r\n\r\n"
        "{\"password\":\"hunter22\"}\n");
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 200);
    QVERIFY(m_server->receivedRequests().isEmpty());
}

void MockServerTest::recordingWhenAsked()
{
    m_server->setRecordingRequests(true);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing", "Authorization: Bearer s3cret-token\r\n"));
    QVERIFY(client.readAnswer());
    const QList<MockRequest> requests = m_server->receivedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("authorization"), QByteArray("Bearer s3cret-token"));
    m_server->setRecordingRequests(false); // and switching it off forgets
    QVERIFY(m_server->receivedRequests().isEmpty());
}

// ---- Faults on the wire ----

void MockServerTest::resetAfterHeaders()
{
    MockFault fault;
    fault.resetAfterHeaders = true;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    QVERIFY(client.waitClosed());
    const auto answer = parseAnswer(client.received());
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->contentLength, kThingBody.size());
    QCOMPARE(answer->body, QByteArray()); // not one body byte
}

void MockServerTest::resetMidBody()
{
    MockFault fault;
    fault.resetMidBody = true;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    QVERIFY(client.waitClosed());
    const auto answer = parseAnswer(client.received());
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->contentLength, kThingBody.size());
    QCOMPARE(answer->body, kThingBody.left(kThingBody.size() / 2));
}

void MockServerTest::resetFaultsSendAReset_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<qsizetype>("bodyBytes");
    QTest::addColumn<bool>("reset");
    QTest::newRow("resetAfterHeaders") << QStringLiteral("resetAfterHeaders") << qsizetype(0) << true;
    QTest::newRow("resetMidBody") << QStringLiteral("resetMidBody") << kThingBody.size() / 2 << true;
    QTest::newRow("truncateBody closes cleanly")
        << QStringLiteral("truncateBody") << kThingBody.size() / 2 << false;
}

void MockServerTest::resetFaultsSendAReset()
{
#ifdef Q_OS_UNIX
    QFETCH(QString, fault);
    QFETCH(qsizetype, bodyBytes);
    QFETCH(bool, reset);
    MockFault spoil;
    spoil.resetAfterHeaders = fault == QLatin1String("resetAfterHeaders");
    spoil.resetMidBody = fault == QLatin1String("resetMidBody");
    spoil.truncateBody = fault == QLatin1String("truncateBody");
    m_server->setFault(QStringLiteral("/thing"), spoil);
    const Ending ending = sendAndWatch(m_server->port(), get("/thing"));
    QVERIFY(ending.ended);
    QCOMPARE(ending.reset, reset);
    const auto answer = parseAnswer(ending.received);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->body.size(), bodyBytes);
#else
    QSKIP("needs POSIX sockets");
#endif
}

void MockServerTest::wrongContentType()
{
    MockFault fault;
    fault.wrongContentType = true;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->header("content-type"), QByteArray("text/html"));
    QCOMPARE(answer->body, kThingBody);
}

void MockServerTest::invalidUtf8()
{
    MockFault fault;
    fault.invalidUtf8 = true;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->header("content-type"), QByteArray("application/json"));
    // The first string value ("u1") now starts with an invalid sequence; the rest is untouched.
    QCOMPARE(answer->body,
             QByteArray(R"({"data":[{"id":")"
                        "\xC3\x28"
                        R"(u1","name":"Zoë Müller"}],"total":1})"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(answer->body);
    QVERIFY(text.contains(QStringLiteral("Zoë")));
    QVERIFY(decoder.hasError());
    QJsonParseError error;
    QJsonDocument::fromJson(answer->body, &error);
    QCOMPARE(error.error, QJsonParseError::IllegalUTF8String);

    QCOMPARE(MockFaults::withInvalidUtf8(R"(["a"])"),
             QByteArray("[\"\xC3\x28"
                        "a\"]"));
    QCOMPARE(MockFaults::withInvalidUtf8("{}"), QByteArray("[\"\xC3\x28\"]"));
}

void MockServerTest::malformedJson()
{
    MockFault fault;
    fault.malformedJson = true;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->header("content-type"), QByteArray("application/json"));
    QCOMPARE(answer->body, QByteArray(R"({"data": [)"));
    QJsonParseError error;
    QJsonDocument::fromJson(answer->body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void MockServerTest::htmlPage()
{
    MockFault fault;
    fault.htmlPage = true;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->header("content-type"), QByteArray("text/html"));
    QVERIFY(answer->body.startsWith("<html>"));
    QVERIFY(answer->body.contains("captive portal"));
    QVERIFY(answer->body.endsWith("</html>"));
}

void MockServerTest::htmlErrorPage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expected");
    QTest::newRow("502 by default") << 0 << 502;
    QTest::newRow("504") << 504 << 504;
}

void MockServerTest::htmlErrorPage()
{
    QFETCH(int, status);
    QFETCH(int, expected);
    MockFault fault;
    fault.htmlErrorPage = true;
    fault.status = status;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, expected);
    QCOMPARE(answer->header("content-type"), QByteArray("text/html"));
    QVERIFY(answer->body.startsWith("<html>"));
    QVERIFY2(answer->body.contains(QByteArray("<h1>" + QByteArray::number(expected) + ' ')),
             answer->body.constData());
}

void MockServerTest::oversizeBytes()
{
    MockFault fault;
    fault.oversizeBytes = 3 * 1024 * 1024;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer(20000);
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 200);
    QVERIFY(answer->body.size() >= fault.oversizeBytes);
    QJsonParseError error;
    const QJsonObject padded = QJsonDocument::fromJson(answer->body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject original = QJsonDocument::fromJson(kThingBody).object();
    QVERIFY(!original.isEmpty());
    for (auto it = original.begin(); it != original.end(); ++it)
        QCOMPARE(padded.value(it.key()), it.value());

    for (const QByteArray &json : { QByteArray("{}"), QByteArray("[1,2]"), QByteArray() }) {
        const QByteArray grown = MockFaults::padded(json, 500);
        QVERIFY(grown.size() >= 500);
        QCOMPARE(QJsonDocument::fromJson(grown, &error).isNull(), false);
    }
}

void MockServerTest::trickle()
{
    MockFault fault;
    fault.trickleIntervalMs = 5;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    int arrivals = 0;
    qint64 longestSilence = 0;
    QElapsedTimer sinceLast;
    connect(&client.socket(), &QTcpSocket::readyRead, this, [&] {
        ++arrivals;
        if (sinceLast.isValid())
            longestSilence = qMax(longestSilence, sinceLast.elapsed());
        sinceLast.start();
    });
    QElapsedTimer clock;
    clock.start();
    client.send(get("/thing"));
    const auto answer = client.readAnswer(20000);
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->body, kThingBody); // the whole answer, just slowly
    const qsizetype bytes = answer->body.size() + 100; // at least the body and a minimal head
    QVERIFY2(clock.elapsed() >= (bytes - 1) * 5 * 8 / 10, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(arrivals > bytes / 4, qPrintable(QString::number(arrivals))); // it came in drops
    QVERIFY2(longestSilence < 500, qPrintable(QString::number(longestSilence)));
}

void MockServerTest::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("one second") << QByteArray("1");
    QTest::newRow("an hour") << QByteArray("3600");
    QTest::newRow("a month") << QByteArray("3000000");
    QTest::newRow("an HTTP-date") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT");
}

void MockServerTest::retryAfter()
{
    QFETCH(QByteArray, value);
    MockFault fault;
    fault.status = 503;
    fault.retryAfter = value;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 503);
    QCOMPARE(answer->header("retry-after"), value);
}

void MockServerTest::redirectTo()
{
    MockFault fault;
    fault.redirectTo = "https://login.example.com/sso?next=%2Fthing";
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    const auto answer = client.readAnswer();
    QVERIFY(answer && answer->whole);
    QCOMPARE(answer->status, 302);
    QCOMPARE(answer->header("location"), fault.redirectTo);
    QCOMPARE(answer->contentLength, qsizetype(0));
    QVERIFY(!answer->headers.contains("content-type"));
}

void MockServerTest::faultTimesStillCounts()
{
    MockFault fault;
    fault.status = 500;
    fault.times = 1;
    m_server->setFault(QStringLiteral("/thing"), fault);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing") + get("/thing"));
    const auto first = client.readAnswer();
    const auto second = client.readAnswer();
    QVERIFY(first && second);
    QCOMPARE(first->status, 500);
    QCOMPARE(second->status, 200);
}

// ---- Abandoned answers ----

void MockServerTest::abandonedDelayedRequestIsSignalled()
{
    MockFault fault;
    fault.delayMs = 3000;
    m_server->setFault(QStringLiteral("/thing"), fault);
    QSignalSpy abandoned(m_server.get(), &MockHttpServer::requestAbandoned);
    QNetworkAccessManager manager;
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/thing"));
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    // Cancel once the request is on the wire and its answer is being delayed.
    QTRY_VERIFY_WITH_TIMEOUT(reply->isRunning(), 2000);
    QTest::qWait(200);
    reply->abort();
    QVERIFY(abandoned.wait(2000));
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(abandoned.first().first().toString(), QStringLiteral("/thing"));
    QCOMPARE(m_server->abandonedRequestCount(), 1);
    reply->deleteLater();
}

void MockServerTest::clientClosingADelayedRequestIsSignalled()
{
    MockFault fault;
    fault.delayMs = 3000;
    fault.status = 503;
    m_server->setFault(QStringLiteral("/thing"), fault);
    QSignalSpy abandoned(m_server.get(), &MockHttpServer::requestAbandoned);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing?x=1"));
    QTest::qWait(200);
    client.socket().abort();
    QVERIFY(abandoned.wait(2000));
    QCOMPARE(abandoned.first().first().toString(), QStringLiteral("/thing"));
}

void MockServerTest::answeredRequestIsNotAbandoned()
{
    QSignalSpy abandoned(m_server.get(), &MockHttpServer::requestAbandoned);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(get("/thing"));
    QVERIFY(client.readAnswer());
    client.socket().disconnectFromHost();
    QVERIFY(!abandoned.wait(500));
    QCOMPARE(m_server->abandonedRequestCount(), 0);
}

// ---- Generated directories ----

void MockServerTest::scrambleIsABijection()
{
    QSet<quint64> seen;
    for (quint64 i = 0; i < (1 << 16); ++i) {
        const quint64 value = SeedPeople::scramble(i, 0xBEEF, 16);
        QVERIFY(value < (1 << 16));
        seen.insert(value);
    }
    QCOMPARE(seen.size(), 1 << 16);
    QVERIFY(SeedPeople::scramble(1, 7, 64) != SeedPeople::scramble(2, 7, 64));
}

void MockServerTest::generatorIsDeterministic()
{
    const QList<SeedPerson> one = SeedPeople::varied(3000, 7);
    const QList<SeedPerson> again = SeedPeople::varied(3000, 7);
    const QList<SeedPerson> other = SeedPeople::varied(3000, 8);
    QCOMPARE(one.size(), 3000);
    QCOMPARE(again.size(), 3000);
    int differing = 0;
    for (int i = 0; i < one.size(); ++i) {
        QCOMPARE(again.at(i).name(), one.at(i).name());
        QCOMPARE(again.at(i).email, one.at(i).email);
        QCOMPARE(again.at(i).createdAt, one.at(i).createdAt);
        QCOMPARE(again.at(i).traits, one.at(i).traits);
        if (other.at(i).email != one.at(i).email)
            ++differing;
    }
    QVERIFY2(differing > 2000, qPrintable(QString::number(differing)));
}

void MockServerTest::generatedPeopleAreVaried()
{
    const QList<SeedPerson> people = SeedPeople::varied(100000, 11);
    QCOMPARE(people.size(), 100000);
    QSet<QString> emails;
    int nonAscii = 0;
    int scripts = 0; // names with a letter beyond Latin
    int longNames = 0;
    for (const SeedPerson &person : people) {
        const QString name = person.name();
        emails.insert(person.email.toLower());
        QVERIFY2(name.size() <= 120, qPrintable(name));
        QVERIFY2(person.email.section(QLatin1Char('@'), 0, 0).size() <= 64, qPrintable(person.email));
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }))
            ++nonAscii;
        if (std::any_of(name.cbegin(), name.cend(),
                        [](QChar c) { return c.script() != QChar::Script_Latin && c.isLetter(); }))
            ++scripts;
        if (name.size() >= 60) {
            ++longNames;
            QVERIFY2(name.size() <= 120, qPrintable(name));
        }
    }
    QCOMPARE(emails.size(), people.size());
    QVERIFY2(nonAscii > 10000, qPrintable(QString::number(nonAscii)));
    QVERIFY2(scripts > 3000, qPrintable(QString::number(scripts)));
    QVERIFY2(longNames > 1000, qPrintable(QString::number(longNames)));
}

void MockServerTest::generatedDirectoryIsDeterministic()
{
    const auto firstPage = [](quint32 seed) {
        MockHttpServer server;
        const RestV1Service service(&server, MockService::Generated{ 500, seed, QStringLiteral("t") });
        if (!server.listen())
            return QByteArray();
        RawClient client;
        if (!client.connectTo(server.port()))
            return QByteArray();
        client.send(get("/v1/users?limit=100&page=3", "Authorization: Bearer t\r\n"));
        const auto answer = client.readAnswer();
        return answer ? answer->body : QByteArray();
    };
    const QByteArray one = firstPage(7);
    QVERIFY(one.contains("usr_"));
    QCOMPARE(firstPage(7), one);
    QVERIFY(firstPage(8) != one);
}

void MockServerTest::generatedDirectoryPages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("auth");
    QTest::addColumn<QString>("listPath"); // with %1 page and %2 size
    QTest::addColumn<QString>("itemsKey");
    QTest::addColumn<QString>("idKey");
    QTest::addColumn<QStringList>("kinds"); // a field path and every value it must take on the first page

    QTest::newRow("rest-v1") << QStringLiteral("rest-v1") << QByteArray("Authorization: Bearer bench\r\n")
                             << QStringLiteral("/v1/users?page=%1&limit=%2") << QStringLiteral("data")
                             << QStringLiteral("id")
                             << QStringList{ QStringLiteral("role"), QStringLiteral("admin"),
                                             QStringLiteral("user"), QStringLiteral("viewer") };
    QTest::newRow("org-app") << QStringLiteral("org-app")
                             << QByteArray("Authorization: Bearer bench\r\nx-org: aurora-labs\r\n")
                             << QStringLiteral("/api/v1/app/user?page=%1&page_size=%2")
                             << QStringLiteral("data") << QStringLiteral("id")
                             << QStringList{ QStringLiteral("state"), QStringLiteral("Active"),
                                             QStringLiteral("Inactive") };
    QTest::newRow("papr-memory") << QStringLiteral("papr-memory") << QByteArray("X-API-Key: bench\r\n")
                                 << QStringLiteral("/v1/user?page=%1&page_size=%2") << QStringLiteral("data")
                                 << QStringLiteral("user_id")
                                 << QStringList{ QStringLiteral("type"), QStringLiteral("developerUser"),
                                                 QStringLiteral("user"), QStringLiteral("agent") };
    QTest::newRow("papermerge") << QStringLiteral("papermerge")
                                << QByteArray("Authorization: Token bench\r\n")
                                << QStringLiteral("/api/users/?page%5Bnumber%5D=%1&page%5Bsize%5D=%2")
                                << QStringLiteral("data") << QStringLiteral("id")
                                << QStringList{ QStringLiteral("attributes/is_active"),
                                                QStringLiteral("true"), QStringLiteral("false") };
}

void MockServerTest::generatedDirectoryPages()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, auth);
    QFETCH(QString, listPath);
    QFETCH(QString, itemsKey);
    QFETCH(QString, idKey);
    QFETCH(QStringList, kinds);
    constexpr int kUsers = 100000;
    MockHttpServer server;
    QVERIFY(server.listen());
    const MockService::Generated generated{ kUsers, 7, QStringLiteral("bench") };
    if (kind == QLatin1String("rest-v1"))
        new RestV1Service(&server, generated, &server);
    else if (kind == QLatin1String("org-app"))
        new OrgAppService(&server, generated, &server);
    else if (kind == QLatin1String("papr-memory"))
        new PaprService(&server, generated, &server);
    else
        new PapermergeService(&server, generated, QStringLiteral("/api"), &server);

    RawClient client; // one keep-alive connection for every page
    QVERIFY(client.connectTo(server.port()));
    const auto page = [&](int number, int size, int *status = nullptr) {
        client.send(get(listPath.arg(number).arg(size).toLatin1(), auth));
        const auto answer = client.readAnswer();
        if (status)
            *status = answer ? answer->status : 0;
        return answer ? QJsonDocument::fromJson(answer->body).object() : QJsonObject();
    };
    const auto total = [&](const QJsonObject &body) {
        if (body.contains(QLatin1String("pagination")))
            return body.value(QLatin1String("pagination"))
                .toObject()
                .value(QLatin1String("total"))
                .toInteger();
        if (body.contains(QLatin1String("meta")))
            return body.value(QLatin1String("meta"))
                .toObject()
                .value(QLatin1String("pagination"))
                .toObject()
                .value(QLatin1String("count"))
                .toInteger();
        return body
            .value(body.contains(QLatin1String("total_count")) ? QLatin1String("total_count")
                                                               : QLatin1String("total"))
            .toInteger();
    };
    const auto idAt = [&](const QJsonObject &body, int index) {
        return body.value(itemsKey).toArray().at(index).toObject().value(idKey).toString();
    };

    const QJsonObject first = page(1, 100);
    const QJsonObject second = page(2, 100);
    const QJsonObject last = page(1000, 100);
    QCOMPARE(total(first), qint64(kUsers));
    QCOMPARE(total(last), qint64(kUsers));
    for (const QJsonObject &body : { first, second, last })
        QCOMPARE(body.value(itemsKey).toArray().size(), 100);
    // The slices join up: page 2 starts with user 101, page 1000 ends with user 100,000.
    QCOMPARE(idAt(second, 0), idAt(page(101, 1), 0));
    QCOMPARE(idAt(last, 99), idAt(page(kUsers, 1), 0));
    QVERIFY(!idAt(last, 99).isEmpty());
    QSet<QString> ids;
    for (const QJsonObject &body : { first, second, last }) {
        for (int i = 0; i < 100; ++i)
            ids.insert(idAt(body, i));
    }
    QCOMPARE(ids.size(), 300);
    // Past the end: an empty page, or JSON:API's 404.
    int status = 0;
    const QJsonObject beyond = page(1001, 100, &status);
    if (kind == QLatin1String("papermerge"))
        QCOMPARE(status, 404);
    else
        QCOMPARE(beyond.value(itemsKey).toArray().size(), 0);

    // The first page holds every value of the service's role or state.
    const QString field = kinds.takeFirst();
    QVERIFY(!kinds.isEmpty());
    QSet<QString> values;
    const QJsonArray items = first.value(itemsKey).toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items) {
        QJsonValue value = item;
        const QStringList steps = field.split(QLatin1Char('/'));
        for (const QString &step : steps)
            value = value.toObject().value(step);
        values.insert(value.isBool() ? QString::fromLatin1(value.toBool() ? "true" : "false")
                                     : value.toString());
    }
    for (const QString &expected : std::as_const(kinds))
        QVERIFY2(values.contains(expected), qPrintable(expected));
}

void MockServerTest::demoDirectoriesKeepTheirPeople()
{
    MockHttpServer server;
    const OrgAppService org(&server);
    const PaprService papr(&server);
    const RestV1Service rest(&server);
    const PapermergeService papermerge(&server);
    QCOMPARE(org.userCount(), 269);
    QCOMPARE(papr.userCount(), 301);
    QCOMPARE(rest.userCount(), 1201);
    QCOMPARE(papermerge.userCount(), 182);
    // Each reference page's example user, as the page shows them.
    QCOMPARE(org.user(QStringLiteral("user_4b7c2a1d9e5f3c8b")).value(QLatin1String("name")).toString(),
             QStringLiteral("Sasha Patel"));
    QCOMPARE(papr.user(QStringLiteral("abc123")).value(QLatin1String("email")).toString(),
             QStringLiteral("user@example.com"));
    QCOMPARE(rest.user(QStringLiteral("usr_123")).value(QLatin1String("name")).toString(),
             QStringLiteral("John Doe"));
    // The demo's generated people are the ones they always were.
    QCOMPARE(rest.user(QStringLiteral("usr_1001")).value(QLatin1String("email")).toString(),
             SeedPeople::generate(1, 0x5E57).first().email);
}

QTEST_GUILESS_MAIN(MockServerTest)
#include "tst_mockserver.moc"
