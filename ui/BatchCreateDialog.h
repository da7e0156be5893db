#pragma once

#include "ServiceDescription.h"
#include "User.h"
#include "UserStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class MessageWidget;

// Several new users at once, one row each, sent in one batch request. When the server creates
// only some (HTTP 207), the created rows leave the table and the refused ones stay with the
// server's reason, ready for another try.
class BatchCreateDialog : public QDialog {
    Q_OBJECT

public:
    BatchCreateDialog(UserStore *store, QWidget *parent = nullptr);
    ~BatchCreateDialog() override;

    QTableWidget *table() const { return m_table; }
    MessageWidget *messageWidget() const { return m_message; }
    void addRow();
    // Sets a cell by field, for tests and paste.
    void setValue(int row, UserField field, const QString &value);
    QString resultText(int row) const;
    bool isInputValid() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void usersCreated(const QList<User> &users);

private:
    int columnOf(UserField field) const;
    QString cellText(int row, int column) const;
    bool isRowEmpty(int row) const;
    QString rowProblem(int row) const;
    UserChanges rowInput(int row) const;
    void updateValidity();
    void handleResult(const WriteResult &result, const QList<int> &rows);

    QPointer<UserStore> m_store;
    QList<FieldSpec> m_fields;
    MessageWidget *m_message;
    QTableWidget *m_table;
    QLabel *m_hint;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addRow;
    QPushButton *m_removeRow;
    QPointer<WriteHandle> m_pending;
};
