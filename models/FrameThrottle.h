#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

// Runs an action at most once per interval, however often it is asked for: at once when the
// last run was an interval ago or more, otherwise once when the interval is up, for all the
// requests in between. Pages can arrive every half millisecond during Load All; a view, a
// label or a layout that follows them needs to catch up only once per frame.
class FrameThrottle : public QObject {
    Q_OBJECT

public:
    static constexpr int FrameMs = 16;

    explicit FrameThrottle(std::function<void()> action, QObject *parent = nullptr, int intervalMs = FrameMs);

    void request();
    // Forgets a pending run (the caller did the work itself).
    void cancel() { m_timer.stop(); }
    bool isPending() const { return m_timer.isActive(); }

private:
    void run();

    std::function<void()> m_action;
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_lastRun;
};
