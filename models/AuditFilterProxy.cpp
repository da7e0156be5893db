#include "AuditFilterProxy.h"

#include "AuditTableModel.h"

bool AuditFilter::matches(const AuditEntry &entry) const
{
    if (!connection.isEmpty() && entry.connectionName != connection)
        return false;
    if (operation && entry.operation != *operation)
        return false;
    if (!user.isEmpty() && !entry.userName.contains(user, Qt::CaseInsensitive)
        && !entry.userId.contains(user, Qt::CaseInsensitive))
        return false;
    // The admin picks days on their own calendar: compare the local date.
    const QDate day = entry.time.toLocalTime().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

bool AuditFilter::isEmpty() const
{
    return connection.isEmpty() && user.isEmpty() && !operation && !from.isValid() && !to.isValid();
}

AuditFilterProxy::AuditFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) { }

void AuditFilterProxy::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

QList<AuditEntry> AuditFilterProxy::entries() const
{
    QList<AuditEntry> shown;
    const auto *audit = qobject_cast<const AuditTableModel *>(sourceModel());
    if (!audit)
        return shown;
    for (int row = 0; row < rowCount(); ++row)
        shown << audit->entryAt(mapToSource(index(row, 0)).row());
    return shown;
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *audit = qobject_cast<const AuditTableModel *>(sourceModel());
    if (!audit || sourceParent.isValid())
        return false;
    return m_filter.matches(audit->entryAt(sourceRow));
}
