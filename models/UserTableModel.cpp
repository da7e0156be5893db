#include "UserTableModel.h"

#include "UserStore.h"

#include <QLocale>

UserTableModel::UserTableModel(QObject *parent) : PagedTableModel(parent) { }

void UserTableModel::setStore(UserStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &UserStore::userChanged, this, [this](const User &user) { updateUser(user); });
        connect(store, &UserStore::usersAdded, this, &UserTableModel::addUsers);
        connect(store, &UserStore::userRemoved, this, &UserTableModel::removeUser);
    }
    setDirectory(store ? store->directory() : nullptr);
}

UserStore *UserTableModel::store() const
{
    return m_store;
}

void UserTableModel::setDirectory(UserDirectory *directory)
{
    clear();
    beginResetModel();
    m_directory = directory;
    m_columns = directory ? directory->description().columns : QList<UserField>();
    endResetModel();
}

void UserTableModel::setQuery(const UserQuery &query)
{
    m_query = query;
    setPageSize(query.pageSize);
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant UserTableModel::displayValue(const User &user, UserField field) const
{
    const QVariant value = user.value(field);
    switch (field) {
    case UserField::CreatedAt:
    case UserField::UpdatedAt: {
        const QDateTime when = value.toDateTime();
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case UserField::Active:
    case UserField::Staff:
    case UserField::Superuser:
        return value.toBool() ? tr("Yes") : tr("No");
    case UserField::Name:
        return user.displayName();
    default:
        return value;
    }
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const User &user = m_users.at(index.row());
    const UserField field = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(user, field);
    case Qt::ToolTipRole:
        if (field == UserField::CreatedAt || field == UserField::UpdatedAt)
            return user.value(field).toDateTime().toString(Qt::ISODate);
        return QVariant();
    case SortRole: {
        const QVariant value = user.value(field);
        if (field == UserField::Name)
            return user.displayName();
        return value;
    }
    case UserIdRole:
        return user.id;
    case UserStateRole:
        return int(user.state);
    default:
        return QVariant();
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return UserFields::label(m_columns.at(section));
}

bool UserTableModel::updateUser(const User &user)
{
    const int row = rowOfUser(user.id);
    if (row < 0)
        return false;
    m_users[row] = mergeUser(m_users.at(row), user);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

void UserTableModel::addUsers(const QList<User> &users)
{
    for (const User &user : users) {
        if (updateUser(user))
            continue;
        const int row = int(m_users.size());
        beginInsertRows(QModelIndex(), row, row);
        m_users.append(user);
        m_rowById.insert(user.id, row);
        endInsertRows();
        adjustTotalCount(+1);
    }
}

void UserTableModel::removeUser(const QString &id)
{
    const int row = rowOfUser(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_users.removeAt(row);
    m_rowById.remove(id);
    reindexFrom(row);
    endRemoveRows();
    adjustTotalCount(-1);
}

void UserTableModel::removeAllRows()
{
    m_users.clear();
    m_rowById.clear();
}

CallHandle UserTableModel::requestPage(int page, int pageSize, quint64 generation)
{
    UserQuery query = m_query;
    query.page = page;
    query.pageSize = pageSize;
    return m_directory->fetchUsers(query, this, [this, generation](const Result<Page<User>> &result) {
        acceptPage(generation, result, m_users);
    });
}

void UserTableModel::rowsAppended(int firstRow)
{
    reindexFrom(firstRow);
}

void UserTableModel::reindexFrom(int firstRow)
{
    for (int row = firstRow; row < m_users.size(); ++row)
        m_rowById.insert(m_users.at(row).id, row);
}
