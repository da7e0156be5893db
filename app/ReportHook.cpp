#include "ReportHook.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFile>
#include <QTimer>

namespace {
// The monotonic clock's reading in ms (CLOCK_MONOTONIC on Linux), comparable across processes.
QByteArray monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return QByteArray::number(clock.msecsSinceReference());
}
} // namespace

ReportHook *ReportHook::install(QWidget *window, QAbstractItemView *usersView)
{
    const QString fileName = qEnvironmentVariable("ROSTER_REPORT_FILE");
    if (fileName.isEmpty())
        return nullptr;
    return new ReportHook(fileName, window, usersView);
}

ReportHook::ReportHook(const QString &fileName, QWidget *window, QAbstractItemView *usersView)
    : QObject(window), m_fileName(fileName), m_window(window), m_view(usersView)
{
    window->installEventFilter(this);
    usersView->viewport()->installEventFilter(this);
}

bool ReportHook::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    if (watched == m_window && !m_painted) {
        m_painted = true;
        // After this paint reaches the screen: the next turn of the event loop.
        QTimer::singleShot(
            0, this, [this] { write(R"({"event":"first-paint","monotonic_ms":)" + monotonicMs() + '}'); });
    } else if (m_view && watched == m_view->viewport() && m_view->model()) {
        const int rows = m_view->model()->rowCount();
        if (rows > 0 && rows != m_rowsShown) {
            m_rowsShown = rows;
            QTimer::singleShot(0, this, [this, rows] {
                write(R"({"event":"rows-shown","rows":)" + QByteArray::number(rows) + R"(,"monotonic_ms":)"
                      + monotonicMs() + '}');
            });
        }
    }
    return false;
}

void ReportHook::write(const QByteArray &json)
{
    QFile file(m_fileName);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(json + '\n');
}
