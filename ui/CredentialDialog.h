#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the credential of one connection. The secret never leaves this dialog except
// through credential(); "Remember" writes it to the OS keychain, never to the settings file.
class CredentialDialog : public QDialog {
    Q_OBJECT

public:
    CredentialDialog(const QString &connectionName, const QString &credentialLabel, const QString &reason,
                     bool canRemember, QWidget *parent = nullptr);

    QString credential() const;
    bool remember() const;

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_ok;
};
