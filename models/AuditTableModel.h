#pragma once

#include "AuditTrail.h"

#include <QAbstractTableModel>
#include <QPointer>

// The audit trail as a table, newest first, following the trail as writes are appended. Every
// cell is text the history window shows as it is: times in the local time zone and the
// locale's format, changes summarised as "field: old → new; …", never a password.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Connection, Operation, User, Changes, Result, Error, Actor, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);

    // Reads the trail and follows what is appended to it (null: empty).
    void setTrail(AuditTrail *trail);
    // Reads the trail's file again.
    void reload();
    // The lines of the trail's file that could not be read at the last reload().
    int skippedCount() const { return m_skipped; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    // The connection names present, sorted, each once.
    QStringList connectionNames() const;

    // The texts of the cells, also used by the CSV export and the detail view.
    static QString timeText(const QDateTime &time);
    static QString userText(const AuditEntry &entry);
    static QString resultText(const AuditEntry &entry);
    // "Name: Ann → Anna; Password changed"; `separator` between the changes.
    static QString changesText(const AuditEntry &entry, const QString &separator = QStringLiteral("; "));

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void skippedCountChanged(int skipped);

private:
    void prepend(const AuditEntry &entry);

    QPointer<AuditTrail> m_trail;
    QList<AuditEntry> m_entries; // newest first
    int m_skipped = 0;
};
