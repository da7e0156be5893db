#include "TransferCommands.h"

#include "ExportDialog.h"
#include "ImportDialog.h"
#include "Theme.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

TransferCommands::TransferCommands(QWidget *window)
    : QObject(window),
      m_window(window),
      m_import(new QAction(Theme::icon(QStringLiteral("document-import")), tr("&Import Users…"), window)),
      m_export(new QAction(Theme::icon(QStringLiteral("document-export")), tr("E&xport Users…"), window))
{
    m_import->setObjectName(QStringLiteral("importUsersAction"));
    m_export->setObjectName(QStringLiteral("exportUsersAction"));
    connect(m_import, &QAction::triggered, this, &TransferCommands::importUsers);
    connect(m_export, &QAction::triggered, this, &TransferCommands::exportUsers);
    update(false, nullptr);
}

void TransferCommands::update(bool connected, const ServiceDescription *description)
{
    m_import->setVisible(description && description->can(Capability::CreateUser));
    m_import->setEnabled(connected && m_store);
    m_export->setEnabled(connected && m_exportSource);
}

ImportDialog *TransferCommands::importUsers()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new ImportDialog(m_store, m_knownUsers ? m_knownUsers() : QList<User>(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConcurrency(m_concurrency);
    connect(dialog, &ImportDialog::usersCreated, this, [this](const QList<User> &users) {
        Q_EMIT message(tr("Imported %Ln user(s).", nullptr, int(users.size())));
    });
    dialog->open();
    dialog->chooseFile();
    return dialog;
}

ExportDialog *TransferCommands::exportUsers()
{
    if (!m_exportSource)
        return nullptr;
    auto *dialog = new ExportDialog(m_exportSource(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_suggestedName.isEmpty())
        dialog->setSuggestedName(m_suggestedName);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &fileName, int rows) {
        Q_EMIT message(tr("Exported %Ln user(s) to %1.", nullptr, rows).arg(fileName));
    });
    dialog->open();
    return dialog;
}
