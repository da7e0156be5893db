#pragma once

#include "ServiceDescription.h"
#include "User.h"
#include "UserDirectory.h"

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
// input is locally valid (and, when editing, changed); accept() sends it and waits for the
// server; a refusal is shown inside the dialog, next to the field it concerns, and everything
// typed stays.
class UserEditDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    // Create: `user` supplies defaults (may be empty). Edit: the user as the server last answered.
    UserEditDialog(Mode mode, UserDirectory *directory, const User &user, QWidget *parent = nullptr);
    ~UserEditDialog() override;

    Mode mode() const { return m_mode; }
    // The input widget of a field (objectName is the field's key), for tests and accessibility.
    QWidget *editor(UserField field) const;
    // What would be sent: all filled fields on create, only the changed ones on edit.
    UserChanges changes() const;
    bool isInputValid() const;
    bool isSubmitting() const { return !m_pending.isNull(); }
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
    void handleAnswer(const Result<User> &result);
    void showFieldError(UserField field, const QString &text);
    void clearFieldErrors();
    void growToFit();

    Mode m_mode;
    QPointer<UserDirectory> m_directory;
    User m_user;
    QList<FieldRow> m_rows;
    MessageWidget *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    CallHandle m_pending;
    int m_minPasswordLength = 0;
};
