#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// One request of this run, as the activity panel shows it. Never a body, a header or a
// credential: the path, and only the query values Roster itself puts there for searching,
// filtering and paging.
struct ActivityRecord {
    QDateTime time;
    QString connection;
    QString method;
    QString path;
    QString query;
    int status = 0;
    qint64 durationMs = 0;
    qint64 bytes = 0;
    int attempts = 1;
    QString error; // empty when the request succeeded

    bool failed() const { return !error.isEmpty(); }
};

// The recent requests of this run, oldest first, at most Capacity of them.
class ActivityLog : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Connection, Method, Path, Status, Duration, Size, Error, ColumnCount };
    static constexpr int Capacity = 1000;
    static constexpr int FailedRole = Qt::UserRole + 1; // "1" for failed requests, for filtering

    explicit ActivityLog(QObject *parent = nullptr);

    void append(const ActivityRecord &record);
    void clear();
    const ActivityRecord &recordAt(int row) const { return m_records.at(row); }
    // One row as tab-separated text, for the clipboard.
    QString rowText(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActivityRecord> m_records;
};
