#pragma once

#include "ConnectionProfile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class MessageWidget;
class NetworkOptionsWidget;
class Settings;
struct ServiceKind;

// The connection profiles: name, base URL, service kind and what that kind needs (organization,
// auth method, API prefix, username), page size, timeout, TLS verification. A credential typed
// here goes to the keychain through credentialEntered(); the settings file never sees it.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(Settings *settings, const QString &currentProfileId, QWidget *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    // Selects the profile with this id (tests, and "Edit connection" from the window).
    void selectProfile(const QString &id);
    // Adds a new profile and selects it.
    void addProfile();

    void accept() override;

Q_SIGNALS:
    // All emitted on save, never before: Cancel leaves the keychain as it was.
    void credentialEntered(const ConnectionProfile &profile, const QString &credential);
    void profileRemoved(const ConnectionProfile &profile);
    // The profile now points at another scheme, host or port: its saved credential belonged to
    // the old address and must not follow the profile there.
    void credentialInvalidated(const ConnectionProfile &profile);
    // Saved, and the admin asked to open this profile now.
    void connectRequested(const ConnectionProfile &profile);

private:
    void buildUi();
    const ServiceKind &currentKind() const;
    QString problemOf(int index) const;
    void loadCurrent();
    void storeCurrent();
    void updateKindRows();
    void validate();
    void removeCurrent();
    bool save();
    QString currentCredentialLabel() const;

    Settings *m_settings;
    QList<ConnectionProfile> m_profiles;
    QHash<QString, QString> m_typedCredentials; // profile id -> credential, until saved
    QHash<QString, QString> m_savedOrigins; // profile id -> origin as saved, to see it change
    QList<ConnectionProfile> m_removed; // removed from the list, forgotten on save
    int m_current = -1;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindSummary = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_apiPrefix = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_credential = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_deadline = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QLabel *m_tlsWarning = nullptr;
    NetworkOptionsWidget *m_networkOptions = nullptr;
    QLabel *m_storageNote = nullptr;
    MessageWidget *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
};
