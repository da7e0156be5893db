#include "Probes.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

double cpuSeconds(qint64 pid)
{
    QFile stat(pid == 0 ? QStringLiteral("/proc/self/stat") : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name may hold spaces: the fields that follow start after its closing ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

QHash<QString, double> threadCpuSeconds()
{
    QHash<QString, double> seconds;
    const QStringList threads
        = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : threads) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('(');
        const qsizetype close = text.lastIndexOf(')');
        const QString name = QString::fromUtf8(text.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() >= 13)
            seconds[name] += double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
                / double(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

SystemCpu SystemCpu::now()
{
    SystemCpu cpu;
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return cpu;
    // "cpu user nice system idle iowait irq softirq steal ...": idle and iowait are not busy.
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const qint64 ticks = fields.at(i).toLongLong();
        cpu.allTicks += ticks;
        if (i != 4 && i != 5)
            cpu.busyTicks += ticks;
    }
    return cpu;
}

double SystemCpu::busySince(const SystemCpu &earlier) const
{
    const qint64 all = allTicks - earlier.allTicks;
    return all > 0 ? double(busyTicks - earlier.busyTicks) / double(all) : 0;
}

StallProbe::StallProbe(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    tick(); // a stall that lasted until now counts too
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = qMax(m_maxGapNs, now - m_lastNs);
    m_lastNs = now;
}
