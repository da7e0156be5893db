#include "BulkItemModel.h"

BulkItemModel::BulkItemModel(BulkOperation *operation, QObject *parent)
    : QAbstractTableModel(parent), m_operation(operation)
{
    if (!operation)
        return;
    connect(operation, &BulkOperation::itemChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int BulkItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_operation ? 0 : int(m_operation->items().size());
}

int BulkItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkItemModel::statusText(BulkItem::Status status)
{
    switch (status) {
    case BulkItem::Status::Pending:
        return tr("Waiting");
    case BulkItem::Status::Running:
        return tr("Sending…");
    case BulkItem::Status::Succeeded:
        return tr("Done");
    case BulkItem::Status::Failed:
        return tr("Failed");
    case BulkItem::Status::Unknown:
        return tr("No answer");
    case BulkItem::Status::Canceled:
        return tr("Not sent");
    case BulkItem::Status::Skipped:
        return tr("Left out");
    }
    return QString();
}

QString BulkItemModel::itemName(const BulkItem &item)
{
    const QString name = item.user.displayName();
    if (!name.isEmpty())
        return name;
    // A row to create has no user yet: name it by what the admin will recognise.
    for (UserField field :
         { UserField::Name, UserField::Username, UserField::Email, UserField::ExternalId }) {
        const QString text = item.input.value(field).toString();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

QVariant BulkItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_operation || index.row() >= m_operation->items().size())
        return QVariant();
    const BulkItem &item = m_operation->items().at(index.row());
    if (role == StatusRole)
        return int(item.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case UserColumn:
        if (role == Qt::ToolTipRole)
            return QStringList{ itemName(item), item.user.email }.join(QLatin1Char('\n')).trimmed();
        return itemName(item);
    case StatusColumn:
        return statusText(item.status);
    case MessageColumn:
        return item.message;
    default:
        return QVariant();
    }
}

QVariant BulkItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case UserColumn:
        return tr("User");
    case StatusColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    default:
        return QVariant();
    }
}
