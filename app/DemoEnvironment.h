#pragma once

#include "ConnectionProfile.h"

#include <QObject>

class MockHttpServer;

// The built-in server `--demo` and the welcome page's "Open Demo" start in-process on
// 127.0.0.1 and a free port, with the seeded sample directory. Nothing about it is saved.
class DemoEnvironment : public QObject {
    Q_OBJECT

public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts the server on first use; false (with errorString()) when no port could be bound.
    bool start();
    QString errorString() const { return m_error; }

    struct Connection {
        ConnectionProfile profile;
        QString credential;
    };
    // One demo connection per service the server stands in for.
    QList<Connection> connections() const { return m_connections; }
    // The server itself, once started (null before): for tools that stage a scene on it, such as
    // a refusal for a screenshot. The app never touches it after start().
    MockHttpServer *server() const { return m_server; }

private:
    MockHttpServer *m_server = nullptr;
    QList<Connection> m_connections;
    QString m_error;
};
