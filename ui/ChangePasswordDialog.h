#pragma once

#include "User.h"
#include "UserStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class MessageWidget;

// Sets a new password for one user: typed twice, masked, sent on OK; a refusal stays inside
// the dialog with both entries kept.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(UserStore *store, const User &user, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    MessageWidget *messageWidget() const { return m_message; }
    bool isInputValid() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void passwordChanged(const User &user);

private:
    void updateValidity();

    QPointer<UserStore> m_store;
    User m_user;
    MessageWidget *m_message;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_hint;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPointer<WriteHandle> m_pending;
    bool m_resendAfterSignIn = false; // the last change was refused for the credential
    int m_minLength = 0;
};
