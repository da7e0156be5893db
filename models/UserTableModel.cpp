#include "UserTableModel.h"

#include "UserFilter.h"
#include "UserStore.h"

#include <numeric>

UserTableModel::UserTableModel(QObject *parent) : PagedTableModel(parent)
{
    m_keys.reset(m_columns, tr("Yes"), tr("No"));
}

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
    m_keys.reset(m_columns, tr("Yes"), tr("No"));
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

QString UserTableModel::displayText(int row, UserField field) const
{
    switch (field) {
    case UserField::CreatedAt:
    case UserField::UpdatedAt:
        return m_keys.dateText(m_rows.msecs(row, field));
    case UserField::Active:
    case UserField::Staff:
    case UserField::Superuser:
        return m_rows.flag(row, field) ? tr("Yes") : tr("No");
    case UserField::Name:
        return m_rows.displayName(row);
    case UserField::State:
        return UserStates::label(m_rows.state(row));
    case UserField::Metadata:
    case UserField::Related:
    case UserField::Password:
        return m_rows.user(row).value(field).toString();
    default:
        return m_rows.text(row, field);
    }
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const UserField field = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (field == UserField::Metadata)
            return m_rows.user(row).metadata.map(); // as before: the map itself, not text
        return displayText(row, field);
    case Qt::ToolTipRole:
        if (field == UserField::CreatedAt || field == UserField::UpdatedAt)
            return m_rows.user(row).value(field).toDateTime().toString(Qt::ISODate);
        return QVariant();
    case SortRole: {
        if (field == UserField::Name)
            return m_rows.displayName(row);
        return m_rows.user(row).value(field);
    }
    case UserIdRole:
        return m_rows.id(row);
    case UserStateRole:
        return int(m_rows.state(row));
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

void UserTableModel::appendRow(const User &user)
{
    m_rows.append(user);
    m_keys.append(m_rows, user);
}

bool UserTableModel::updateUser(const User &user)
{
    const int row = rowOfUser(user.id);
    if (row < 0)
        return false;
    const User merged = mergeUser(m_rows.user(row), user);
    m_rows.replace(row, merged);
    m_keys.update(m_rows, row, merged);
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

void UserTableModel::addUsers(const QList<User> &users)
{
    for (const User &user : users) {
        if (updateUser(user))
            continue;
        const int row = m_rows.size();
        beginInsertRows(QModelIndex(), row, row);
        appendRow(user);
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
    m_rows.removeAt(row);
    m_keys.removeAt(row);
    endRemoveRows();
    adjustTotalCount(-1);
}

void UserTableModel::removeAllRows()
{
    m_rows.clear();
    m_keys.clear();
}

CallHandle UserTableModel::requestPage(int page, int pageSize, quint64 ticket)
{
    UserQuery query = m_query;
    query.page = page;
    query.pageSize = pageSize;
    return m_directory->fetchUsers(query, this, [this, ticket](const Result<Page<User>> &result) {
        acceptPage(ticket, result, [this](const QList<User> &items, const QList<int> &fresh) {
            const int first = m_rows.size();
            beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
            for (int index : fresh)
                appendRow(items.at(index));
            endInsertRows();
        });
    });
}

UserRowKeys::Matcher UserTableModel::matcher(const UserFilter &filter) const
{
    return m_keys.matcher(filter);
}

void UserTableModel::sortRows(std::vector<int> &rows, int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size()) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    m_keys.sort(m_rows, rows, m_columns.at(column), order);
}

bool UserTableModel::rowLessThan(int a, int b, int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return a < b;
    return m_keys.less(m_rows, a, b, m_columns.at(column), order);
}
