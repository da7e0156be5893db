#pragma once

#include "BulkOperation.h"
#include "ImportModel.h"

#include <QDialog>
#include <QPointer>

class ColumnMappingBar;
class MessageWidget;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

// Creates users from a CSV file: the file's rows in a preview whose columns are the service's
// create fields, each with the file column that fills it (guessed from the header, changeable);
// every row checked with the create form's rules and for duplicates; cells editable to fix a
// row. "Create N Users" sends the ready rows (in batches where the service has them, else a few
// at a time) and each row's status follows its result: created rows are done, refused ones keep
// the server's words and can be fixed and sent again. Passwords are masked throughout.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    // `knownUsers`: the users loaded in the window, for the duplicate check.
    ImportDialog(UserStore *store, const QList<User> &knownUsers, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Requests in flight at once (the connection profile's setting).
    void setConcurrency(int requests) { m_concurrency = requests; }

    // Asks for the file (non-blocking), then loads it.
    void chooseFile();
    // Reads `path` into the preview; false (and the reason shown) when it cannot be read.
    bool loadFile(const QString &path);
    // Sends the rows that are ready.
    void createUsers();
    bool isRunning() const { return m_operation && m_operation->isRunning(); }

    ImportModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *mappingCombo(UserField field) const;
    MessageWidget *messageWidget() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }
    // The whole message of the current row, which its cell may show only in part.
    QLabel *rowDetailLabel() const { return m_rowDetail; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *stopButton() const { return m_stop; }

    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void usersCreated(const QList<User> &users);
    // A run of creates ended.
    void runFinished();

private:
    void buildMapping();
    // The message column takes the width the fields leave.
    void fitMessageColumn();
    void updateSummary();
    void updateRowDetail();
    void updateFileLabel();
    void finishRun();

    QPointer<UserStore> m_store;
    QString m_path;
    ImportModel *m_model;
    MessageWidget *m_message;
    QLabel *m_fileLabel;
    QPushButton *m_choose;
    QTableView *m_table;
    ColumnMappingBar *m_mapping;
    QLabel *m_rowDetail;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_create;
    QPushButton *m_stop;
    QPushButton *m_close;
    QTimer *m_summaryDue;
    QPointer<BulkOperation> m_operation;
    QList<int> m_runRows; // the model row of each item of the run
    int m_concurrency = BulkOperation::DefaultConcurrency;
};
