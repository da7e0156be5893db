#include "CertificatePrompter.h"

#include "Settings.h"
#include "TrustCertificateDialog.h"
#include "UiLogging.h"

CertificatePrompter::CertificatePrompter(QWidget *window, Settings *settings)
    : ConnectionPrompter(window, Connection::State::AskingToTrustCertificate), m_settings(settings)
{
}

void CertificatePrompter::followConnection(Connection *connection)
{
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
}

QDialog *CertificatePrompter::createPrompt(Connection *connection, QWidget *window)
{
    auto *dialog = new TrustCertificateDialog(connection->profile().name, connection->presentedCertificate(),
                                              connection->stateMessage(), window);
    connect(dialog, &QDialog::accepted, this, [this, connection] {
        if (watched() == connection)
            connection->trustPresentedCertificate();
    });
    connect(dialog, &QDialog::rejected, this, [this, connection] {
        if (watched() == connection)
            connection->declineCertificate();
    });
    return dialog;
}

TrustCertificateDialog *CertificatePrompter::dialog() const
{
    return qobject_cast<TrustCertificateDialog *>(prompt());
}
