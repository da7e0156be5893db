#include "TrustCertificateDialog.h"

#include "PlainText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

TrustCertificateDialog::TrustCertificateDialog(const QString &connectionName,
                                               const CertificateSummary &certificate, const QString &reason,
                                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trustCertificateDialog"));
    const QString question = tr("Trust this certificate for \"%1\"?").arg(connectionName);
    setWindowTitle(question);
    auto *layout = new QVBoxLayout(this);

    QLabel *heading = PlainText::label(question, this);
    heading->setObjectName(QStringLiteral("trustQuestion"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    QLabel *why = PlainText::label(reason, this);
    why->setObjectName(QStringLiteral("trustReason"));
    why->setWordWrap(true);
    layout->addWidget(why);

    auto *form = new QFormLayout;
    const auto add = [this, form](const QString &label, const QString &value, const char *name) {
        QLabel *field = PlainText::label(value, this);
        field->setObjectName(QLatin1String(name));
        field->setWordWrap(true);
        field->setAccessibleName(label);
        auto *caption = new QLabel(label + QLatin1Char(':'), this);
        caption->setTextFormat(Qt::PlainText);
        caption->setBuddy(field);
        form->addRow(caption, field);
        return field;
    };
    add(tr("Server"), certificate.host, "certificateHost");
    add(tr("Issued to"), certificate.subject, "certificateSubject");
    add(tr("Issued by"), certificate.issuer, "certificateIssuer");
    const QLocale locale;
    add(tr("Valid from"), locale.toString(certificate.notBefore.toLocalTime(), QLocale::LongFormat),
        "certificateNotBefore");
    add(tr("Expires"), locale.toString(certificate.notAfter.toLocalTime(), QLocale::LongFormat),
        "certificateNotAfter");
    // Two lines of 16 pairs, so it can be read out and compared pair by pair.
    QString fingerprint = certificate.formattedSha256();
    if (fingerprint.size() > 47 && fingerprint.at(47) == QLatin1Char(':'))
        fingerprint[47] = QLatin1Char('\n');
    QLabel *sha = add(tr("SHA-256 fingerprint"), fingerprint, "certificateSha256");
    sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    sha->setWordWrap(false);
    layout->addLayout(form);

    QLabel *advice = PlainText::label(
        tr("Compare the fingerprint with the one your server's administrator gave you. If they are the "
           "same, Roster trusts this certificate for this connection only and remembers it; if the server "
           "later presents another certificate, the connection fails and says so."),
        this);
    advice->setWordWrap(true);
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trust = buttons->addButton(tr("&Trust This Certificate"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("refuseCertificate"));
    cancel->setDefault(true); // Enter does not trust by accident
    cancel->setFocus();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
