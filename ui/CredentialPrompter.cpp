#include "CredentialPrompter.h"

#include "CredentialDialog.h"

CredentialPrompter::CredentialPrompter(QWidget *window)
    : ConnectionPrompter(window, Connection::State::AskingForCredential)
{
}

QDialog *CredentialPrompter::createPrompt(Connection *connection, QWidget *window)
{
    auto *dialog
        = new CredentialDialog(connection->profile().name, connection->credentialLabel(),
                               connection->stateMessage(), connection->canRememberCredential(), window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection] {
        if (watched() == connection)
            connection->provideCredential(dialog->credential(), dialog->remember());
    });
    connect(dialog, &QDialog::rejected, this, [this, connection] {
        if (watched() != connection)
            return;
        const QString name = connection->profile().name;
        connection->declineCredential();
        Q_EMIT declined(name);
    });
    return dialog;
}
