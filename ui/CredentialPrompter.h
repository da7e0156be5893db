#pragma once

#include <QObject>
#include <QPointer>

class Connection;
class CredentialDialog;
class QWidget;

// Answers a connection that asks for its credential with a prompt, once at a time, and closes
// the prompt if the connection stops asking on its own.
class CredentialPrompter : public QObject {
    Q_OBJECT

public:
    explicit CredentialPrompter(QWidget *window);

    void watch(Connection *connection);

Q_SIGNALS:
    void declined(const QString &connectionName);

private:
    void onStateChanged();

    QWidget *m_window;
    QPointer<Connection> m_connection;
    QPointer<CredentialDialog> m_dialog;
};
