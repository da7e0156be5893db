#include "FrameThrottle.h"

FrameThrottle::FrameThrottle(std::function<void()> action, QObject *parent, int intervalMs)
    : QObject(parent), m_action(std::move(action)), m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FrameThrottle::run);
}

void FrameThrottle::request()
{
    if (m_timer.isActive())
        return; // a run is due already and will take this request along
    const qint64 since = m_lastRun.isValid() ? m_lastRun.elapsed() : m_intervalMs;
    if (since >= m_intervalMs)
        run();
    else
        m_timer.start(int(m_intervalMs - since));
}

void FrameThrottle::run()
{
    m_timer.stop();
    m_lastRun.start();
    m_action();
}
