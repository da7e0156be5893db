#pragma once

#include "RecoveryLog.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class Connection;
class ConnectionManager;
class DeletedUserTableModel;
class EmptyState;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

// The users deleted through Roster, with their last known record, from where one deleted by
// mistake is re-created as a new user. Re-creating needs the connection the user was deleted
// from to be the open one and its service to create users; otherwise the window says which.
class RecentlyDeletedWindow : public QDialog {
    Q_OBJECT

public:
    RecentlyDeletedWindow(RecoveryLog *log, ConnectionManager *connections, QWidget *parent = nullptr);

    DeletedUserTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *recreateButton() const { return m_recreate; }
    // Why the selected user can or cannot be re-created now.
    QString reasonText() const;
    std::optional<DeletedUser> selectedRecord() const;
    void selectRecord(const QString &key);

Q_SIGNALS:
    // The admin asked to re-create `record` through the open connection.
    void recreateRequested(const DeletedUser &record);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void watch(Connection *connection);
    void showRecord();
    void updateRecreate();
    void updateState();
    void fitColumnsOnce();

    DeletedUserTableModel *m_model;
    QPointer<ConnectionManager> m_connections;
    QPointer<Connection> m_connection;
    QString m_selectedKey; // kept across the model's resets
    QLabel *m_intro;
    QStackedWidget *m_stack;
    EmptyState *m_emptyState;
    QWidget *m_listPage;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QLabel *m_reason;
    QPushButton *m_recreate;
    bool m_columnsFitted = false;
};
