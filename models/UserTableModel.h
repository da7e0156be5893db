#pragma once

#include "PagedTableModel.h"

#include <QHash>

// The user directory as a table: columns are the ones the service describes, rows are loaded
// page by page. Edits made elsewhere come back through updateUser()/removeUser()/addUser() with
// the server's answer, so the table always shows what the server holds.
class UserTableModel : public PagedTableModel {
    Q_OBJECT

public:
    static constexpr int UserIdRole = Qt::UserRole + 2;
    static constexpr int UserStateRole = Qt::UserRole + 3;

    explicit UserTableModel(QObject *parent = nullptr);

    // The directory to list (not owned). Resets the rows; call reload() to load.
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

    // Replaces the row of `user.id` with the fields the server answered (fields it left out keep
    // their value). Returns false when that user is not loaded.
    bool updateUser(const User &user);
    void addUser(const User &user);
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

    QPointer<UserDirectory> m_directory;
    UserQuery m_query;
    QList<UserField> m_columns;
    QList<User> m_users;
    QHash<QString, int> m_rowById;
};
