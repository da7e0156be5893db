#pragma once

#include "PagedTableModel.h"

#include <QHash>
#include <QPointer>

class UserStore;

// The user directory as a table: columns are the ones the service describes, rows are loaded
// page by page. It follows its store (KeePassXC's EntryModel following its Group): every change
// the server confirmed arrives as userChanged/usersAdded/userRemoved, so the table always shows
// what the server holds, whoever made the change.
class UserTableModel : public PagedTableModel {
    Q_OBJECT

public:
    static constexpr int UserIdRole = Qt::UserRole + 2;
    static constexpr int UserStateRole = Qt::UserRole + 3;

    explicit UserTableModel(QObject *parent = nullptr);

    // The store whose users to list (not owned): pages are read through its directory, changes
    // come from its signals. Resets the rows; call reload() to load.
    void setStore(UserStore *store);
    UserStore *store() const;
    // For tests and read-only lists without a store.
    void setDirectory(UserDirectory *directory);
    UserDirectory *directory() const { return m_directory; }

    // Filters and page size for the next reload().
    void setQuery(const UserQuery &query);
    UserQuery query() const { return m_query; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<UserField> columns() const { return m_columns; }
    int columnOf(UserField field) const { return m_columns.indexOf(field); }

    const User &userAt(int row) const { return m_users.at(row); }
    int rowOfUser(const QString &id) const { return m_rowById.value(id, -1); }

    // What the store announces (public for the model's own tests). updateUser() takes the
    // fields the answer carries into the row; false when that user is not loaded.
    bool updateUser(const User &user);
    void addUsers(const QList<User> &users);
    void removeUser(const QString &id);

protected:
    int loadedRowCount() const override { return int(m_users.size()); }
    void removeAllRows() override;
    CallHandle requestPage(int page, int pageSize, quint64 generation) override;
    bool canRequest() const override { return m_directory != nullptr; }
    bool isLoaded(const QString &id) const override { return m_rowById.contains(id); }
    void rowsAppended(int firstRow) override;

private:
    QVariant displayValue(const User &user, UserField field) const;
    void reindexFrom(int firstRow);

    QPointer<UserStore> m_store;
    QPointer<UserDirectory> m_directory;
    UserQuery m_query;
    QList<UserField> m_columns;
    QList<User> m_users;
    QHash<QString, int> m_rowById;
};
