#pragma once

#include "PagedTableModel.h"
#include "UserRowKeys.h"
#include "UserRows.h"

#include <QPointer>

class UserFilter;
class UserStore;

// The user directory as a table: columns are the ones the service describes, rows are loaded
// page by page. It follows its store (KeePassXC's EntryModel following its Group): every change
// the server confirmed arrives as userChanged/usersAdded/userRemoved, so the table always shows
// what the server holds, whoever made the change.
//
// Built for directories of 100,000 users and more: rows are packed (UserRows) and a User is
// rebuilt only when asked for (userAt()); what filtering and sorting need is made once per row
// as it arrives (UserRowKeys), for UserFilterProxy to use through matcher() and sortRows().
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

    // The user at `row`, rebuilt from the packed row: a copy, not a reference into the table.
    User userAt(int row) const { return m_rows.user(row); }
    int rowOfUser(const QString &id) const { return m_rows.rowOf(id); }

    // What the store announces (public for the model's own tests). updateUser() takes the
    // fields the answer carries into the row; false when that user is not loaded.
    bool updateUser(const User &user);
    void addUsers(const QList<User> &users);
    void removeUser(const QString &id);

    // For UserFilterProxy: `filter` compiled against the rows' keys, and whether a row matches.
    UserRowKeys::Matcher matcher(const UserFilter &filter) const;
    bool matches(int row, UserRowKeys::Matcher &matcher) const
    {
        return m_keys.matches(m_rows, row, matcher);
    }
    std::vector<int> filterRows(const std::vector<int> &rows, UserRowKeys::Matcher &matcher) const
    {
        return m_keys.filter(m_rows, rows, matcher);
    }
    // Sorts `rows` by `column` over keys, stably (equal keys keep the server's order); a column
    // of -1 is the server's order.
    void sortRows(std::vector<int> &rows, int column, Qt::SortOrder order);
    // Whether row `a` comes before row `b` in that order.
    bool rowLessThan(int a, int b, int column, Qt::SortOrder order);

protected:
    int loadedRowCount() const override { return m_rows.size(); }
    void removeAllRows() override;
    CallHandle requestPage(int page, int pageSize, quint64 ticket) override;
    bool canRequest() const override { return m_directory != nullptr; }
    bool isLoaded(const QString &id) const override { return m_rows.contains(id); }

private:
    QString displayText(int row, UserField field) const;
    void appendRow(const User &user);

    QPointer<UserStore> m_store;
    QPointer<UserDirectory> m_directory;
    UserQuery m_query;
    QList<UserField> m_columns;
    UserRows m_rows;
    UserRowKeys m_keys;
};
