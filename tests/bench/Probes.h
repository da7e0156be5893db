#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

// The process's resident set size in bytes (/proc/self/statm), or -1.
qint64 residentBytes();
// CPU time (user and system) a process has used so far, in seconds, or -1; pid 0 is this one.
double cpuSeconds(qint64 pid = 0);
// CPU seconds so far of each thread of this process, by thread name (threads of the same name
// add up).
QHash<QString, double> threadCpuSeconds();

// How busy the machine's processors are, from /proc/stat: all of them, whoever uses them.
struct SystemCpu {
    qint64 busyTicks = 0;
    qint64 allTicks = 0;

    static SystemCpu now();
    // The share of processor time in use since `earlier`, from 0 to 1.
    double busySince(const SystemCpu &earlier) const;
};

// The longest gap between turns of the event loop, as seen by a precise 1 ms timer: while the
// loop is busy with anything else for N ms, the timer's next timeout comes N ms late.
class StallProbe : public QObject {
    Q_OBJECT

public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};
