#include "CredentialPrompter.h"

#include "Connection.h"
#include "CredentialDialog.h"

#include <QWidget>

CredentialPrompter::CredentialPrompter(QWidget *window) : QObject(window), m_window(window) { }

void CredentialPrompter::watch(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    if (m_dialog)
        m_dialog->reject();
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &Connection::stateChanged, this, &CredentialPrompter::onStateChanged);
    onStateChanged();
}

void CredentialPrompter::onStateChanged()
{
    if (!m_connection)
        return;
    if (m_connection->state() != Connection::State::AskingForCredential) {
        if (m_dialog) {
            disconnect(m_dialog, nullptr, this, nullptr);
            m_dialog->reject();
        }
        return;
    }
    if (m_dialog)
        return; // one prompt at a time
    Connection *connection = m_connection;
    auto *dialog
        = new CredentialDialog(connection->profile().name, connection->credentialLabel(),
                               connection->stateMessage(), connection->canRememberCredential(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection] {
        if (m_connection == connection)
            connection->provideCredential(dialog->credential(), dialog->remember());
    });
    connect(dialog, &QDialog::rejected, this, [this, connection] {
        if (m_connection != connection)
            return;
        const QString name = connection->profile().name;
        connection->declineCredential();
        Q_EMIT declined(name);
    });
    dialog->open();
}
