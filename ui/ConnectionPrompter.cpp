#include "ConnectionPrompter.h"

#include <QDialog>
#include <QWidget>

ConnectionPrompter::ConnectionPrompter(QWidget *window, Connection::State asking)
    : QObject(window), m_window(window), m_asking(asking)
{
}

void ConnectionPrompter::watch(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    if (m_dialog) {
        disconnect(m_dialog, nullptr, this, nullptr);
        m_dialog->reject();
    }
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &Connection::stateChanged, this, &ConnectionPrompter::onStateChanged);
    followConnection(connection);
    onStateChanged();
}

void ConnectionPrompter::onStateChanged()
{
    if (!m_connection)
        return;
    if (m_connection->state() != m_asking) {
        if (m_dialog) {
            disconnect(m_dialog, nullptr, this, nullptr);
            m_dialog->reject();
        }
        return;
    }
    if (m_dialog)
        return; // one prompt at a time
    QDialog *dialog = createPrompt(m_connection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}
