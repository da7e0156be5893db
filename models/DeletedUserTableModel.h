#pragma once

#include "RecoveryLog.h"

#include <QAbstractTableModel>
#include <QPointer>

// The recovery file's records not yet re-created, newest first, as a table that follows the
// file: a record re-created (or added) anywhere in Roster shows here at once.
class DeletedUserTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DeletedAt, Connection, Name, Email, Id, ColumnCount };

    explicit DeletedUserTableModel(QObject *parent = nullptr);

    // Reads the log and follows its changes (null: empty).
    void setLog(RecoveryLog *log);
    void reload();
    const DeletedUser &recordAt(int row) const { return m_records.at(row); }
    // The row of the record with this key, or -1.
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<RecoveryLog> m_log;
    QList<DeletedUser> m_records;
};
