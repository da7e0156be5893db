#include "NetworkOptionsWidget.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

NetworkOptionsWidget::NetworkOptionsWidget(QWidget *parent) : QGroupBox(tr("Proxy and certificates"), parent)
{
    setObjectName(QStringLiteral("networkOptions"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("System settings"), int(ConnectionProfile::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ConnectionProfile::ProxyMode::None));
    m_proxyMode->addItem(tr("This proxy:"), int(ConnectionProfile::ProxyMode::Manual));
    m_proxyMode->setToolTip(tr("System settings: the desktop's proxy settings, or http_proxy, https_proxy "
                               "and no_proxy where they are set."));
    m_proxyUrl = new QLineEdit(this);
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrl"));
    m_proxyUrl->setAccessibleName(tr("Proxy address"));
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://proxy.example.com:3128"));
    m_proxyUrl->setToolTip(tr("http://host:port or socks5://host:port"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyUrl, 1);
    form->addRow(tr("Pro&xy:"), proxyRow);

    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caCertificateFile"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("Only the system's certificate authorities"));
    m_caFile->setToolTip(tr("A PEM file with your organisation's CA certificate, trusted for this "
                            "connection only."));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseCaCertificate"));
    m_browse->setAccessibleDescription(tr("Choose the CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    form->addRow(tr("CA certi&ficate:"), caRow);

    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pinnedSha256"));
    m_pin->setAccessibleName(tr("Pinned certificate SHA-256 fingerprint"));
    m_pin->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pin->setPlaceholderText(tr("None: Roster asks when a server's certificate is not trusted"));
    m_pin->setToolTip(tr("The SHA-256 fingerprint of the one server certificate this connection "
                         "trusts without a certificate authority, in hex; colons are optional."));
    m_forgetPin = new QPushButton(tr("F&orget"), this);
    m_forgetPin->setObjectName(QStringLiteral("forgetPin"));
    m_forgetPin->setAccessibleDescription(tr("Stop trusting the pinned certificate"));
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_forgetPin);
    form->addRow(tr("&Pinned certificate:"), pinRow);

    const auto changed = [this] {
        updateRows();
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit *edit : { m_proxyUrl, m_caFile, m_pin })
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_browse, &QPushButton::clicked, this, &NetworkOptionsWidget::chooseCaFile);
    connect(m_forgetPin, &QPushButton::clicked, m_pin, &QLineEdit::clear);
    updateRows();
}

void NetworkOptionsWidget::load(const ConnectionProfile &profile)
{
    m_loading = true;
    m_proxyMode->setCurrentIndex(qMax(0, m_proxyMode->findData(int(profile.proxyMode))));
    m_proxyUrl->setText(profile.proxyUrl);
    m_caFile->setText(profile.caCertificateFile);
    const QString pin = ConnectionProfile::normalizeFingerprint(profile.pinnedSha256);
    m_pin->setText(pin.isEmpty() ? profile.pinnedSha256 : ConnectionProfile::formatFingerprint(pin));
    m_loading = false;
    updateRows();
}

void NetworkOptionsWidget::store(ConnectionProfile &profile) const
{
    profile.proxyMode = ConnectionProfile::ProxyMode(m_proxyMode->currentData().toInt());
    profile.proxyUrl = m_proxyUrl->text().trimmed();
    profile.caCertificateFile = m_caFile->text().trimmed();
    const QString typed = m_pin->text().trimmed();
    const QString pin = ConnectionProfile::normalizeFingerprint(typed);
    profile.pinnedSha256 = pin.isEmpty() ? typed : pin;
}

void NetworkOptionsWidget::updateRows()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(ConnectionProfile::ProxyMode::Manual);
    m_proxyUrl->setEnabled(manual);
    m_forgetPin->setEnabled(!m_pin->text().isEmpty());
}

void NetworkOptionsWidget::chooseCaFile()
{
    // Opened with open(), never exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("CA Certificate File"), m_caFile->text(),
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caCertificateFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_caFile->setText(file); });
    dialog->open();
}
