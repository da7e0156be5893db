#include "CertificatePrompter.h"

#include "Connection.h"
#include "Settings.h"
#include "TrustCertificateDialog.h"
#include "UiLogging.h"

#include <QWidget>

CertificatePrompter::CertificatePrompter(QWidget *window, Settings *settings)
    : QObject(window), m_window(window), m_settings(settings)
{
}

void CertificatePrompter::watch(Connection *connection)
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
    connect(connection, &Connection::stateChanged, this, &CertificatePrompter::onStateChanged);
    connect(connection, &Connection::certificatePinned, this, [this](const ConnectionProfile &pinned) {
        // Only the pin changes in the saved profile; a profile that is not saved (the demo, a
        // command-line connection) keeps it for this run.
        const QList<ConnectionProfile> saved = m_settings->profiles();
        for (ConnectionProfile profile : saved) {
            if (profile.id != pinned.id)
                continue;
            profile.pinnedSha256 = pinned.pinnedSha256;
            m_settings->saveProfile(profile);
            m_settings->sync();
            qCInfo(lcUi).noquote() << "saved the pinned certificate of" << profile.name;
        }
    });
    onStateChanged();
}

void CertificatePrompter::onStateChanged()
{
    if (!m_connection)
        return;
    if (m_connection->state() != Connection::State::AskingToTrustCertificate) {
        if (m_dialog) {
            disconnect(m_dialog, nullptr, this, nullptr);
            m_dialog->reject();
        }
        return;
    }
    if (m_dialog)
        return; // one prompt at a time
    Connection *connection = m_connection;
    auto *dialog = new TrustCertificateDialog(connection->profile().name, connection->presentedCertificate(),
                                              connection->stateMessage(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, connection] {
        if (m_connection == connection)
            connection->trustPresentedCertificate();
    });
    connect(dialog, &QDialog::rejected, this, [this, connection] {
        if (m_connection == connection)
            connection->declineCertificate();
    });
    dialog->open();
}

TrustCertificateDialog *CertificatePrompter::dialog() const
{
    return m_dialog;
}
