#pragma once

#include <QDockWidget>
#include <QPointer>

class ActivityLog;
class FrameThrottle;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The requests of this run at the bottom of the window: method, path, status, time taken and
// what went wrong, newest at the bottom and followed unless the admin scrolled up to read.
// "Errors only" narrows it to the failed ones; Copy puts the selected rows on the clipboard as
// tab-separated text. Never a header, a body or a credential: the log holds none.
class ActivityDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ActivityDock(ActivityLog *log, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QCheckBox *errorsOnlyBox() const { return m_errorsOnly; }
    // The selected rows' text (ActivityLog::rowText), one line each, in the order shown.
    QString selectedText() const;
    void copySelection();
    void clear();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void setColumnWidths();

    QPointer<ActivityLog> m_log;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_view;
    QCheckBox *m_errorsOnly;
    QPushButton *m_copy;
    QPushButton *m_clear;
    bool m_follow = true; // at the newest row: stay there as rows arrive
    FrameThrottle *m_followThrottle;
};
