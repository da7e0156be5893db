#pragma once

#include "Connection.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

// Answers a connection that waits for the admin (a credential, whether to trust a certificate)
// with a prompt: one at a time, opened when the connection enters the asking state and closed
// when it leaves it on its own. Subclasses make the prompt and wire its answer.
class ConnectionPrompter : public QObject {
    Q_OBJECT

public:
    void watch(Connection *connection);

protected:
    ConnectionPrompter(QWidget *window, Connection::State asking);

    // A new prompt for `connection`, parented to `window`; its accepted() and rejected() answer
    // the connection (check it is still the one watched).
    virtual QDialog *createPrompt(Connection *connection, QWidget *window) = 0;
    // More of the connection's signals to follow, connected to this object.
    virtual void followConnection(Connection *connection) { Q_UNUSED(connection) }

    Connection *watched() const { return m_connection; }
    QDialog *prompt() const { return m_dialog; }

private:
    void onStateChanged();

    QWidget *m_window;
    Connection::State m_asking;
    QPointer<Connection> m_connection;
    QPointer<QDialog> m_dialog;
};
