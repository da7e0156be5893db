#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QWidget;

// A documented hook for tests and benchmarks that watch Roster from outside (the demo smoke
// test, roster-bench): when ROSTER_REPORT_FILE names a file, Roster appends one JSON object per
// line to it: {"event":"first-paint","monotonic_ms":N} when the window first paints, and
// {"event":"rows-shown","rows":R,"monotonic_ms":N} when the user table paints with a different
// number of rows than it last did (R > 0). monotonic_ms is the system's monotonic clock, which the
// watching process shares. Nothing is written, and nothing watched, when the variable is unset.
class ReportHook : public QObject {
    Q_OBJECT

public:
    // Null when ROSTER_REPORT_FILE is not set.
    static ReportHook *install(QWidget *window, QAbstractItemView *usersView);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ReportHook(const QString &fileName, QWidget *window, QAbstractItemView *usersView);
    void write(const QByteArray &json);

    QString m_fileName;
    QPointer<QWidget> m_window;
    QPointer<QAbstractItemView> m_view;
    bool m_painted = false;
    int m_rowsShown = 0;
};
