#include "ActivityLog.h"

#include <QLocale>

ActivityLog::ActivityLog(QObject *parent) : QAbstractTableModel(parent) { }

void ActivityLog::append(const ActivityRecord &record)
{
    if (m_records.size() >= Capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_records.removeFirst();
        endRemoveRows();
    }
    beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
}

void ActivityLog::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLog::rowText(int row) const
{
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells << index(row, column).data().toString();
    return cells.join(QLatin1Char('\t'));
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ActivityRecord &record = m_records.at(index.row());
    if (role == FailedRole)
        return record.failed() ? QStringLiteral("1") : QStringLiteral("0");
    if (role == Qt::TextAlignmentRole
        && (index.column() == Status || index.column() == Duration || index.column() == Size))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Path && !record.query.isEmpty())
        return QString(record.path + QLatin1Char('?') + record.query);
    if (role == Qt::ToolTipRole && index.column() == Error)
        return record.error;
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case Time:
        return locale.toString(record.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case Connection:
        return record.connection;
    case Method:
        return record.method;
    case Path:
        return record.query.isEmpty() ? record.path : QString(record.path + QLatin1Char('?') + record.query);
    case Status:
        return record.status > 0 ? QVariant(record.status) : QVariant(QStringLiteral("—"));
    case Duration:
        return tr("%1 ms").arg(locale.toString(record.durationMs));
    case Size:
        return locale.formattedDataSize(record.bytes, 1, QLocale::DataSizeTraditionalFormat);
    case Error:
        return record.attempts > 1
            ? tr("%1 (after %n attempt(s))", nullptr, record.attempts).arg(record.error)
            : record.error;
    }
    return QVariant();
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Connection:
        return tr("Connection");
    case Method:
        return tr("Method");
    case Path:
        return tr("Request");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    case Error:
        return tr("Error");
    }
    return QVariant();
}
