#pragma once

#include "PagedTableModel.h"

// The details pane's tables. Each lists one kind of record for one user, page by page where the
// service pages them; a column list maps record fields to headers.

class ProjectTableModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Column { Name, Goal, Deadline, Visibility, Members, Pinned, ColumnCount };

    explicit ProjectTableModel(QObject *parent = nullptr);
    // Shows the projects of `userId` (empty: none). Call reload() to load.
    void setUser(UserDirectory *directory, const QString &userId);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const Project &projectAt(int row) const { return m_rows.at(row); }

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }
    void removeAllRows() override { m_rows.clear(); }
    CallHandle requestPage(int page, int pageSize, quint64 generation) override;
    bool canRequest() const override { return m_directory && !m_userId.isEmpty(); }
    bool isLoaded(const QString &id) const override { return containsId(m_rows, id); }

private:
    QPointer<UserDirectory> m_directory;
    QString m_userId;
    QList<Project> m_rows;
};

class ArtifactTableModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Column { Name, Type, Source, State, IngestStatus, Created, ColumnCount };

    explicit ArtifactTableModel(QObject *parent = nullptr);
    void setUser(UserDirectory *directory, const QString &userId);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }
    void removeAllRows() override { m_rows.clear(); }
    CallHandle requestPage(int page, int pageSize, quint64 generation) override;
    bool canRequest() const override { return m_directory && !m_userId.isEmpty(); }
    bool isLoaded(const QString &id) const override { return containsId(m_rows, id); }

private:
    QPointer<UserDirectory> m_directory;
    QString m_userId;
    QList<Artifact> m_rows;
};

class IntegrationTableModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Column { Type, Id, Created, Updated, ColumnCount };

    explicit IntegrationTableModel(QObject *parent = nullptr);
    void setDirectory(UserDirectory *directory);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }
    void removeAllRows() override { m_rows.clear(); }
    CallHandle requestPage(int page, int pageSize, quint64 generation) override;
    bool canRequest() const override { return m_directory != nullptr; }
    bool isLoaded(const QString &id) const override { return containsId(m_rows, id); }

private:
    QPointer<UserDirectory> m_directory;
    QList<Integration> m_rows;
};
