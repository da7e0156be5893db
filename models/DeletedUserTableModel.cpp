#include "DeletedUserTableModel.h"

#include "AuditTableModel.h"

#include <QLocale>

DeletedUserTableModel::DeletedUserTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void DeletedUserTableModel::setLog(RecoveryLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    if (m_log)
        connect(m_log, &RecoveryLog::changed, this, &DeletedUserTableModel::reload);
    reload();
}

void DeletedUserTableModel::reload()
{
    beginResetModel();
    m_records = m_log ? m_log->entries() : QList<DeletedUser>();
    endResetModel();
}

int DeletedUserTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).key == key)
            return row;
    }
    return -1;
}

int DeletedUserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DeletedUserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletedUserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DeletedUser &record = m_records.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DeletedAt)
        return QLocale().toString(record.deletedAt.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case DeletedAt:
        return AuditTableModel::timeText(record.deletedAt);
    case Connection:
        return record.connectionName;
    case Name:
        return record.user.displayName();
    case Email:
        return record.user.email;
    case Id:
        return record.user.id;
    }
    return QVariant();
}

QVariant DeletedUserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeletedAt:
        return tr("Deleted");
    case Connection:
        return tr("Connection");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Id:
        return tr("Former ID");
    }
    return QVariant();
}
