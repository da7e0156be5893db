#pragma once

#include "BulkOperation.h"

#include <QAbstractTableModel>
#include <QPointer>

// The items of a bulk operation as a table, one row per user, updated as each result arrives:
// who, how it went (StatusRole carries the BulkItem::Status for the view's icon), and the
// server's words.
class BulkItemModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UserColumn, StatusColumn, MessageColumn, ColumnCount };
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit BulkItemModel(BulkOperation *operation, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The word shown for a status ("Done", "Failed", "No answer", ...).
    static QString statusText(BulkItem::Status status);
    // What an admin calls the item: the user's name, or for a row still to create, what it holds.
    static QString itemName(const BulkItem &item);

private:
    QPointer<BulkOperation> m_operation;
};
