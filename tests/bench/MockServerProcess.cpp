#include "MockServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

MockServerProcess::~MockServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool MockServerProcess::start(const QString &program, const QString &service, int users, quint32 seed,
                              const QString &token)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(program,
                    { QStringLiteral("--service"), service, QStringLiteral("--users"), QString::number(users),
                      QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--port"),
                      QStringLiteral("0"), QStringLiteral("--token"), token });
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // Generating a million users takes a while; the server prints both lines once it listens.
    const QDeadlineTimer deadline(600 * 1000);
    QByteArray output;
    while (!output.contains("generated users") || !output.endsWith('\n')) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            m_error = QStringLiteral("the mock server did not say where it listens: %1")
                          .arg(QString::fromUtf8(output));
            return false;
        }
        output += m_process.readAllStandardOutput();
    }
    const QString text = QString::fromUtf8(output);
    const QRegularExpressionMatch listening
        = QRegularExpression(QStringLiteral("Listening on (\\S+)")).match(text);
    if (!listening.hasMatch()) {
        m_error = QStringLiteral("unexpected output from the mock server: %1").arg(text);
        return false;
    }
    m_url = QUrl(listening.captured(1));
    if (const auto org = QRegularExpression(QStringLiteral("organization ([^,\\s]+)")).match(text);
        org.hasMatch())
        m_organization = org.captured(1);
    if (const auto name = QRegularExpression(QStringLiteral("username ([^,\\s]+)")).match(text);
        name.hasMatch())
        m_username = name.captured(1);
    if (const auto made = QRegularExpression(QStringLiteral("made in (\\d+) ms")).match(text);
        made.hasMatch())
        m_generationMs = made.captured(1).toLongLong();
    return true;
}
