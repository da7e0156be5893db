#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// roster-mockserver in a process of its own (so the server has a core of its own), serving one
// service with a generated directory on a free port. What it prints tells the URL and the
// account to sign in with.
class MockServerProcess {
public:
    MockServerProcess() = default;
    ~MockServerProcess();
    MockServerProcess(const MockServerProcess &) = delete;
    MockServerProcess &operator=(const MockServerProcess &) = delete;

    // Starts `program` and waits until it listens; false with errorString() otherwise.
    bool start(const QString &program, const QString &service, int users, quint32 seed, const QString &token);
    QString errorString() const { return m_error; }

    QUrl url() const { return m_url; }
    QString organization() const { return m_organization; }
    QString username() const { return m_username; }
    // How long the server took to generate its users, as it says.
    qint64 generationMs() const { return m_generationMs; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_error;
    QUrl m_url;
    QString m_organization;
    QString m_username;
    qint64 m_generationMs = -1;
};
