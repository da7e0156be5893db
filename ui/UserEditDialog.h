#pragma once

#include "ServiceDescription.h"
#include "User.h"
#include "UserStore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class MessageWidget;

// Creates or edits one user with the fields the service describes. OK is enabled only while the
// input is locally valid (and, when editing, changed); accept() hands the change to the store
// and waits for the server; a refusal is shown inside the dialog, next to the field it concerns,
// and everything typed stays. If someone else changed the user meanwhile, a conflict view lets
// the admin choose per field before anything is sent; if the answer never came, the dialog says
// the change may or may not have been applied and what the server holds now.
class UserEditDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    // Create: `user` supplies defaults (may be empty). Edit: the user as the server last answered.
    UserEditDialog(Mode mode, UserStore *store, const User &user, QWidget *parent = nullptr);
    // Create only: this create brings back a deleted user kept in the recovery file.
    void setRecoveryKey(const QString &key);
    ~UserEditDialog() override;

    Mode mode() const { return m_mode; }
    // The input widget of a field (objectName is the field's key), for tests and accessibility.
    QWidget *editor(UserField field) const;
    // What would be sent: all filled fields on create, only the changed ones on edit.
    UserChanges changes() const;
    bool isInputValid() const;
    bool isSubmitting() const { return !m_pending.isNull(); }
    // The user the dialog compares against: as opened, or as the server held them after a
    // conflict or an unknown outcome.
    const User &baseline() const { return m_user; }
    MessageWidget *messageWidget() const { return m_message; }
    QString fieldError(UserField field) const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The server's answer after a successful save.
    void userSaved(const User &user);

private:
    struct FieldRow {
        FieldSpec spec;
        QWidget *editor = nullptr;
        QLineEdit *confirm = nullptr; // the second entry of a confirmed password
        QLabel *error = nullptr;
        bool touched = false;
    };

    void buildForm();
    QWidget *createEditor(const FieldSpec &spec);
    // The value as the directory takes it (metadata as a map, flags as bool).
    QVariant editorValue(const FieldRow &row) const;
    void setEditorValue(FieldRow &row, const QVariant &value);
    QVariant originalValue(UserField field) const;
    QString localProblem(const FieldRow &row) const;
    void updateValidity();
    void setSubmitting(bool submitting);
    void submit(const UserChanges &changes);
    void handleResult(const WriteResult &result);
    void resolveConflict(const WriteResult &result, const UserChanges &sent);
    QString serverHolds(const User &now) const;
    void showFieldError(UserField field, const QString &text);
    void clearFieldErrors();
    void growToFit();

    Mode m_mode;
    QPointer<UserStore> m_store;
    User m_user;
    QString m_recoveryKey;
    QList<FieldRow> m_rows;
    MessageWidget *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<WriteHandle> m_pending;
    bool m_resendAfterSignIn = false; // the last save was refused for the credential
    int m_minPasswordLength = 0;
};
