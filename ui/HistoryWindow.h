#pragma once

#include "AuditExport.h"

#include <QDialog>

class AuditFilterProxy;
class AuditTableModel;
class AuditTrail;
class MessageWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

// The audit trail for the admin: every change made through Roster, newest first, narrowed by
// connection, user, kind of change and days, and exported as CSV or JSON lines. Follows the
// trail live; a line of the file that cannot be read is counted and said, never fatal.
class HistoryWindow : public QDialog {
    Q_OBJECT

public:
    explicit HistoryWindow(AuditTrail *trail, QWidget *parent = nullptr);

    // Writes the entries shown (the filtered rows, newest first) to `fileName`. False, with the
    // reason shown in the window, when it cannot be written.
    bool exportTo(const QString &fileName, AuditExport::Format format);

    AuditTableModel *model() const { return m_model; }
    AuditFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MessageWidget *messageWidget() const { return m_message; }
    MessageWidget *skippedMessage() const { return m_skipped; }

    void clearFilters();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterRow();
    QWidget *createEmptyState();
    QWidget *createNoMatchState();
    void rebuildConnectionFilter();
    void applyFilter();
    void showSkipped(int skipped);
    void updateState();
    void fitColumnsOnce();
    void showDetail();
    void chooseExportFile();

    AuditTableModel *m_model;
    AuditFilterProxy *m_proxy;
    MessageWidget *m_message; // what an export did
    MessageWidget *m_skipped; // lines of the trail that could not be read
    QWidget *m_filterRow = nullptr;
    QComboBox *m_connection = nullptr;
    QComboBox *m_operation = nullptr;
    QLineEdit *m_user = nullptr;
    QCheckBox *m_byDate = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_noMatchState = nullptr;
    QWidget *m_tablePage = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    bool m_columnsFitted = false;
};
