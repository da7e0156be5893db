#pragma once

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>

class BulkItemModel;
class BulkOperation;
class MessageWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

// Follows a bulk operation as it runs: each user's result as it arrives (name, a status word
// with its icon, the server's words), "N of M" done, the wait the server asked for, and Cancel
// (what was already sent is reported as sent). At the end: the summary, Retry Failed for the
// failed, unanswered and unsent ones, and Close. Not modal: the admin keeps working meanwhile,
// and the list follows each change through the store.
class BulkProgressDialog : public QDialog {
    Q_OBJECT

public:
    // `title` says what is being done ("Deactivating 12 users"). The dialog does not start the
    // operation; it follows it from wherever it is.
    BulkProgressDialog(BulkOperation *operation, const QString &title, QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    BulkOperation *operation() const { return m_operation; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *pauseLabel() const { return m_pauseLabel; }
    MessageWidget *summaryWidget() const { return m_summary; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *closeButton() const { return m_close; }

    // Shows the dialog without blocking the window behind it.
    void open() override;
    // While running, Escape and the window's close button cancel first; the dialog stays open
    // to show how it ended.
    void reject() override;

private:
    void updateProgress();
    void updatePause();
    void showRunning(bool running);
    void showSummary();

    QPointer<BulkOperation> m_operation;
    BulkItemModel *m_model;
    QLabel *m_title;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_pauseLabel;
    MessageWidget *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
    QTimer *m_pauseTicker;
    QTimer *m_progressDue; // coalesces the progress bar's updates
    bool m_follow = true; // scroll to the rows being sent
    QDeadlineTimer m_pauseEnds; // when the wait the server asked for is over
};
