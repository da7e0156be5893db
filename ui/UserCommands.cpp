#include "UserCommands.h"

#include "BatchCreateDialog.h"
#include "ChangePasswordDialog.h"
#include "MessageWidget.h"
#include "UserEditDialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

UserCommands::UserCommands(QWidget *window, MessageWidget *message, QStatusBar *statusBar)
    : QObject(window), m_window(window), m_message(message), m_statusBar(statusBar)
{
}

void UserCommands::setStore(UserStore *store)
{
    m_store = store;
}

void UserCommands::showError(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized)
        return; // the credential prompt is already on its way
    m_message->showMessage(error.toString(), MessageWidget::Type::Error);
}

void UserCommands::report(const WriteResult &result, const QString &doneText)
{
    switch (result.outcome) {
    case WriteResult::Outcome::Succeeded:
        m_statusBar->showMessage(doneText, 5000);
        return;
    case WriteResult::Outcome::Unknown: {
        QString text = tr("No answer came, so the server may or may not have applied this (%1).")
                           .arg(result.error.message());
        if (result.user.isValid())
            text += QLatin1Char(' ') + tr("The list shows what it holds now.");
        m_message->showMessage(text, MessageWidget::Type::Warning);
        return;
    }
    case WriteResult::Outcome::Failed:
    case WriteResult::Outcome::Conflict:
        showError(result.error);
        return;
    }
}

void UserCommands::createUser()
{
    if (!m_store)
        return;
    auto *dialog = new UserEditDialog(UserEditDialog::Mode::Create, m_store, User(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditDialog::userSaved, this, [this](const User &user) {
        m_statusBar->showMessage(tr("Created %1.").arg(user.displayName()), 5000);
        Q_EMIT userCreated(user.id);
    });
    dialog->open();
}

void UserCommands::recreate(const DeletedUser &record)
{
    if (!m_store)
        return;
    auto *dialog = new UserEditDialog(UserEditDialog::Mode::Create, m_store, record.user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecoveryKey(record.key);
    connect(dialog, &UserEditDialog::userSaved, this, [this](const User &user) {
        m_statusBar->showMessage(tr("Re-created %1 as a new user.").arg(user.displayName()), 5000);
        Q_EMIT userCreated(user.id);
    });
    dialog->open();
}

void UserCommands::editUser()
{
    const User user = m_selected ? m_selected() : User();
    if (!m_store || !user.isValid())
        return;
    auto *dialog = new UserEditDialog(UserEditDialog::Mode::Edit, m_store, user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserEditDialog::userSaved, this, [this](const User &saved) {
        m_statusBar->showMessage(tr("Saved %1.").arg(saved.displayName()), 5000);
    });
    dialog->open();
}

void UserCommands::toggleState()
{
    const User user = m_selected ? m_selected() : User();
    const bool active = user.state != UserState::Inactive && user.state != UserState::Suspended;
    setState(active ? UserState::Inactive : UserState::Active);
}

void UserCommands::setState(UserState target)
{
    const User user = m_selected ? m_selected() : User();
    if (!m_store || !user.isValid() || m_stateChange || user.state == target)
        return;
    m_stateChange = m_store->setState(user, target);
    Q_EMIT stateChangeRunning(true);
    connect(m_stateChange, &WriteHandle::finished, this,
            [this, name = user.displayName()](const WriteResult &result) {
                m_stateChange.clear();
                Q_EMIT stateChangeRunning(false);
                // Said with the state the server answered, not the one asked for.
                report(result, tr("%1 is now %2.").arg(name, UserStates::label(result.user.state)));
            });
}

void UserCommands::deleteUser()
{
    const User user = m_selected ? m_selected() : User();
    if (!m_store || !user.isValid())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete User"),
                                tr("Delete %1 permanently?").arg(user.displayName()), QMessageBox::Cancel,
                                m_window);
    box->setTextFormat(Qt::PlainText); // the name is the server's
    box->setInformativeText(tr("The server removes the account. Roster keeps the last known record under "
                               "View › Recently Deleted, from where it can be re-created as a new user."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, user] {
        if (box->clickedButton() != confirm || !m_store)
            return;
        WriteHandle *handle = m_store->remove(user);
        connect(handle, &WriteHandle::finished, this,
                [this, name = user.displayName()](const WriteResult &result) {
                    report(result, tr("Deleted %1.").arg(name));
                });
    });
    box->open();
}

void UserCommands::deleteByExternalId()
{
    if (!m_store)
        return;
    auto *input = new QInputDialog(m_window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Delete by External ID"));
    input->setLabelText(tr("External ID of the user to delete permanently:"));
    input->setOkButtonText(tr("Delete"));
    const User selected = m_selected ? m_selected() : User();
    input->setTextValue(selected.externalId);
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &value) {
        const QString externalId = value.trimmed();
        if (externalId.isEmpty() || !m_store)
            return;
        WriteHandle *handle = m_store->removeByExternalId(externalId);
        connect(handle, &WriteHandle::finished, this, [this, externalId](const WriteResult &result) {
            report(result, tr("Deleted %1 (external ID %2).").arg(result.user.displayName(), externalId));
        });
    });
    input->open();
}

void UserCommands::createUsersInBatch()
{
    if (!m_store)
        return;
    auto *dialog = new BatchCreateDialog(m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchCreateDialog::usersCreated, this, [this](const QList<User> &users) {
        m_statusBar->showMessage(tr("Created %Ln user(s).", nullptr, int(users.size())), 5000);
    });
    dialog->open();
}

void UserCommands::changePassword()
{
    const User user = m_selected ? m_selected() : User();
    if (!m_store || !user.isValid())
        return;
    auto *dialog = new ChangePasswordDialog(m_store, user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this](const User &changed) {
        m_statusBar->showMessage(tr("Changed the password of %1.").arg(changed.displayName()), 5000);
    });
    dialog->open();
}
