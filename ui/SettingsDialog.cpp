#include "SettingsDialog.h"

#include "MessageWidget.h"
#include "NetworkOptionsWidget.h"
#include "ScreenFit.h"
#include "ServiceRegistry.h"
#include "Settings.h"
#include "TextSafety.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings *settings, const QString &currentProfileId, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_profiles(settings->profiles())
{
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        m_savedOrigins.insert(profile.id, profile.origin());
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Connections"));
    buildUi();
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        m_list->addItem(profile.name);
    if (!m_profiles.isEmpty())
        selectProfile(currentProfileId.isEmpty() ? m_profiles.first().id : currentProfileId);
    loadCurrent();
    validate();
}

void SettingsDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    layout->addWidget(m_message);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setMaximumWidth(220);
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    columns->addLayout(left);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("serviceKind"));
    for (const ServiceKind &kind : ServiceRegistry::kinds())
        m_kind->addItem(kind.displayName, kind.id);
    m_kindSummary = new QLabel(this);
    Theme::setMutedText(m_kindSummary);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("baseUrl"));
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organization"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authMethod"));
    m_apiPrefix = new QLineEdit(this);
    m_apiPrefix->setObjectName(QStringLiteral("apiPrefix"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_credential = new QLineEdit(this);
    m_credential->setObjectName(QStringLiteral("credential"));
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("Leave empty to keep the saved one"));
    m_storageNote = new QLabel(tr("Stored in the system keychain, never in the settings file."), this);
    Theme::setMutedText(m_storageNote);
    m_pageSize = new QSpinBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setRange(1, 1000);
    m_pageSize->setSuffix(tr(" users"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long the server may stay silent before a request fails."));
    m_deadline = new QSpinBox(this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setRange(1, 3600);
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setToolTip(tr("How long one request may take in all, retries included, even when the "
                              "server keeps sending a little now and then."));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrentRequests"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setToolTip(
        tr("How many requests a bulk change, an import or loading the list sends at once."));
    m_allowHttp = new QCheckBox(tr("Send the credential unencrypted (plain http://) to this server"), this);
    m_allowHttp->setObjectName(QStringLiteral("allowPlainHttp"));
    m_allowHttp->setToolTip(tr("Anyone on the network path can read a credential sent over http://. "
                               "Tick this only for a server you control on a network you trust."));
    m_verifyTls = new QCheckBox(tr("Verify the server's TLS certificate"), this);
    m_verifyTls->setObjectName(QStringLiteral("verifyTls"));
    m_tlsWarning
        = new QLabel(tr("Without verification anyone on the network path can read the credential. Use this "
                        "only for a test server you control."),
                     this);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setWordWrap(true);
    Theme::setToneText(m_tlsWarning, Theme::Tone::Error);

    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Service:"), m_kind);
    m_form->addRow(QString(), m_kindSummary);
    m_form->addRow(tr("Base URL:"), m_url);
    m_form->addRow(tr("Organization:"), m_organization);
    m_form->addRow(tr("Authentication:"), m_auth);
    m_form->addRow(tr("API prefix:"), m_apiPrefix);
    m_form->addRow(tr("Username:"), m_username);
    m_form->addRow(tr("Credential:"), m_credential);
    m_form->addRow(QString(), m_storageNote);
    m_form->addRow(tr("Page size:"), m_pageSize);
    m_form->addRow(tr("Timeout:"), m_timeout);
    m_form->addRow(tr("Time limit:"), m_deadline);
    m_form->addRow(tr("Requests at once:"), m_concurrency);
    m_form->addRow(QString(), m_allowHttp);
    m_form->addRow(QString(), m_verifyTls);
    m_form->addRow(QString(), m_tlsWarning);
    m_networkOptions = new NetworkOptionsWidget(this);
    m_form->addRow(m_networkOptions);
    columns->addLayout(m_form, 1);
    layout->addLayout(columns, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_connect = m_buttons->addButton(tr("Save and Connect"), QDialogButtonBox::ApplyRole);
    m_connect->setObjectName(QStringLiteral("saveAndConnect"));
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeCurrent();
        m_current = row;
        loadCurrent();
        validate();
    });
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeCurrent);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindRows();
        if (!m_loading) {
            storeCurrent();
            validate();
        }
    });
    const auto edited = [this] {
        if (m_loading)
            return;
        storeCurrent();
        validate();
    };
    for (QLineEdit *edit : { m_name, m_url, m_organization, m_apiPrefix, m_username, m_credential })
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_auth, &QComboBox::currentIndexChanged, this, edited);
    connect(m_pageSize, &QSpinBox::valueChanged, this, edited);
    connect(m_timeout, &QSpinBox::valueChanged, this, edited);
    connect(m_deadline, &QSpinBox::valueChanged, this, edited);
    connect(m_concurrency, &QSpinBox::valueChanged, this, edited);
    connect(m_allowHttp, &QCheckBox::toggled, this, edited);
    connect(m_verifyTls, &QCheckBox::toggled, this, edited);
    connect(m_networkOptions, &NetworkOptionsWidget::edited, this, edited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const int current = m_current;
        if (!save())
            return;
        const ConnectionProfile profile = m_profiles.value(current);
        QDialog::accept();
        if (profile.isValid())
            Q_EMIT connectRequested(profile);
    });
    ScreenFit::resize(this, QSize(760, 520));
}

void SettingsDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void SettingsDialog::addProfile()
{
    storeCurrent();
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = tr("New connection");
    profile.serviceKind = m_kind->itemData(0).toString();
    m_profiles.append(profile);
    m_list->addItem(profile.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SettingsDialog::removeCurrent()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    const ConnectionProfile removed = m_profiles.at(m_current);
    m_loading = true;
    m_profiles.removeAt(m_current);
    m_typedCredentials.remove(removed.id);
    if (m_savedOrigins.contains(removed.id))
        m_removed.append(removed); // its credential is forgotten when the removal is saved
    delete m_list->takeItem(m_current);
    m_current = m_list->currentRow();
    m_loading = false;
    loadCurrent();
    validate();
}

void SettingsDialog::loadCurrent()
{
    m_loading = true;
    const bool has = m_current >= 0 && m_current < m_profiles.size();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_kind, m_url, m_organization, m_auth, m_apiPrefix, m_username, m_credential, m_pageSize,
             m_timeout, m_deadline, m_concurrency, m_verifyTls, m_allowHttp })
        w->setEnabled(has);
    m_remove->setEnabled(has);
    const ConnectionProfile profile = has ? m_profiles.at(m_current) : ConnectionProfile();
    m_networkOptions->setEnabled(has);
    m_networkOptions->load(profile);
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(profile.serviceKind)));
    updateKindRows();
    m_url->setText(profile.baseUrl.toString());
    m_organization->setText(profile.organization);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(profile.authMethod)));
    m_apiPrefix->setText(profile.apiPrefix);
    m_username->setText(profile.username);
    m_credential->setText(m_typedCredentials.value(profile.id));
    m_pageSize->setValue(profile.pageSize);
    m_timeout->setValue(profile.timeoutSeconds);
    m_deadline->setValue(profile.deadlineSeconds);
    m_concurrency->setValue(profile.concurrentRequests);
    m_verifyTls->setChecked(profile.verifyTls);
    m_tlsWarning->setVisible(has && !profile.verifyTls);
    m_allowHttp->setChecked(profile.allowPlainHttp);
    m_form->setRowVisible(m_allowHttp, has && profile.isPlainHttpToAnotherHost());
    m_loading = false;
}

void SettingsDialog::updateKindRows()
{
    const ServiceKind &kind = currentKind();
    m_kindSummary->setText(kind.summary);
    m_url->setPlaceholderText(kind.exampleUrl);
    m_form->setRowVisible(m_organization, kind.usesOrganization);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_organization)))
        label->setText(kind.organizationLabel + QLatin1Char(':'));
    m_form->setRowVisible(m_apiPrefix, kind.usesApiPrefix);
    m_apiPrefix->setPlaceholderText(kind.defaultApiPrefix);
    m_form->setRowVisible(m_username, kind.usesUsername);
    // Services that sign in ask for the password when connecting and keep only the token.
    m_form->setRowVisible(m_credential, !kind.usesUsername);
    m_form->setRowVisible(m_storageNote, !kind.usesUsername);
    const bool wasLoading = m_loading;
    m_loading = true;
    m_auth->clear();
    for (const AuthMethod &method : kind.authMethods)
        m_auth->addItem(method.label, method.id);
    // Another kind starts at its own default method, even if the last kind had one of the same
    // name (loadCurrent() then selects a saved profile's own method).
    m_auth->setCurrentIndex(0);
    m_loading = wasLoading;
    m_form->setRowVisible(m_auth, kind.authMethods.size() > 1);
    m_pageSize->setMaximum(kind.maxPageSize);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_credential)))
        label->setText(currentCredentialLabel() + QLatin1Char(':'));
}

QString SettingsDialog::currentCredentialLabel() const
{
    const QString label = currentKind().authMethod(m_auth->currentData().toString()).credentialLabel;
    return label.isEmpty() ? tr("Credential") : label;
}

const ServiceKind &SettingsDialog::currentKind() const
{
    const ServiceKind *kind = ServiceRegistry::find(m_kind->currentData().toString());
    return kind ? *kind : ServiceRegistry::kinds().first();
}

void SettingsDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_profiles.size())
        return;
    ConnectionProfile &profile = m_profiles[m_current];
    profile.name = m_name->text().trimmed();
    profile.serviceKind = m_kind->currentData().toString();
    profile.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        profile.baseUrl = QUrl();
    profile.organization = m_organization->text().trimmed();
    profile.authMethod = m_auth->currentData().toString();
    profile.apiPrefix = m_apiPrefix->text().trimmed();
    profile.username = m_username->text().trimmed();
    profile.pageSize = m_pageSize->value();
    profile.timeoutSeconds = m_timeout->value();
    profile.deadlineSeconds = m_deadline->value();
    profile.concurrentRequests = m_concurrency->value();
    profile.verifyTls = m_verifyTls->isChecked();
    m_networkOptions->store(profile);
    m_tlsWarning->setVisible(!profile.verifyTls);
    // Consent to plain http belongs to the address it was given for.
    profile.allowPlainHttp = profile.isPlainHttpToAnotherHost() && m_allowHttp->isChecked();
    m_form->setRowVisible(m_allowHttp, profile.isPlainHttpToAnotherHost());
    if (m_credential->text().isEmpty())
        m_typedCredentials.remove(profile.id);
    else
        m_typedCredentials.insert(profile.id, m_credential->text());
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(profile.name.isEmpty() ? tr("(unnamed)") : profile.name);
}

QString SettingsDialog::problemOf(int index) const
{
    const ConnectionProfile &profile = m_profiles.at(index);
    const QString problem = ServiceRegistry::validate(profile);
    if (!problem.isEmpty())
        return problem;
    if (containsControlCharacters(m_typedCredentials.value(profile.id)))
        return tr("The credential must not contain line breaks or other control characters.");
    return QString();
}

void SettingsDialog::validate()
{
    QString problem;
    int problemRow = -1;
    for (int i = 0; i < m_profiles.size() && problem.isEmpty(); ++i) {
        problem = problemOf(i);
        if (!problem.isEmpty())
            problemRow = i;
    }
    if (m_profiles.isEmpty()) {
        m_message->showMessage(tr("No connections yet. Click Add to set one up."),
                               MessageWidget::Type::Information);
    } else if (problem.isEmpty()) {
        m_message->hideMessage();
    } else {
        const QString name
            = m_profiles.at(problemRow).name.isEmpty() ? tr("(unnamed)") : m_profiles.at(problemRow).name;
        m_message->showMessage(problemRow == m_current ? problem : tr("%1: %2").arg(name, problem),
                               MessageWidget::Type::Warning);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_connect->setEnabled(problem.isEmpty() && m_current >= 0);
}

bool SettingsDialog::save()
{
    storeCurrent();
    validate();
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (!problemOf(i).isEmpty())
            return false;
    }
    m_settings->setProfiles(m_profiles);
    m_settings->sync();
    // Only now that the change is saved: what was removed or moved forgets its credential.
    for (const ConnectionProfile &removed : std::as_const(m_removed))
        Q_EMIT profileRemoved(removed);
    m_removed.clear();
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        const auto saved = m_savedOrigins.constFind(profile.id);
        const bool moved = saved != m_savedOrigins.cend() && *saved != profile.origin();
        if (moved && !m_typedCredentials.contains(profile.id))
            Q_EMIT credentialInvalidated(profile);
        m_savedOrigins.insert(profile.id, profile.origin());
        if (const auto typed = m_typedCredentials.constFind(profile.id); typed != m_typedCredentials.cend())
            Q_EMIT credentialEntered(profile, *typed);
    }
    m_typedCredentials.clear();
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
