// Prints how the user table behaves with a large directory: paging 100,000 users in, then
// sorting and filtering them through the window's proxy, side by side with 10,000 so ratios can
// be compared in one run. A benchmark that prints figures, not a pass/fail test.

#include "FakeUserDirectory.h"
#include "UserTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTextStream>

namespace {
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void run(int users, QTextStream &out)
{
    const long before = residentKiB();
    FakeUserDirectory directory(users);
    UserTableModel model;
    model.setDirectory(&directory);
    UserQuery query;
    query.pageSize = 1000;
    model.setQuery(query);
    QSignalSpy loaded(&model, &PagedTableModel::pageLoaded);
    QElapsedTimer timer;
    timer.start();
    model.reload();
    while (model.rowCount() < users) {
        if (!loaded.wait(10000))
            break;
        if (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
    }
    const qint64 loadMs = timer.elapsed();
    const long after = residentKiB();

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PagedTableModel::SortRole);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    timer.restart();
    proxy.sort(0, Qt::DescendingOrder);
    const qint64 sortMs = timer.elapsed();
    timer.restart();
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("user 99"));
    const qint64 filterMs = timer.elapsed();
    timer.restart();
    User changed = model.userAt(users / 2);
    changed.state = UserState::Inactive;
    for (int i = 0; i < 1000; ++i)
        model.updateUser(changed);
    const qint64 updateUs = timer.nsecsElapsed() / 1000 / 1000;

    out << QStringLiteral("%1 users: load %2 ms in pages of 1000, sort %3 ms, filter %4 ms (%5 match), "
                          "1000 row updates %6 us each, memory +%7 MiB\n")
               .arg(users)
               .arg(loadMs)
               .arg(sortMs)
               .arg(filterMs)
               .arg(proxy.rowCount())
               .arg(updateUs)
               .arg(double(after - before) / 1024.0, 0, 'f', 1);
    out.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    run(10000, out);
    run(100000, out);
    return 0;
}
