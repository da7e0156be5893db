#pragma once

#include "AuditTrail.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <optional>

// Which audit entries the history window shows. Empty or unset parts match everything.
struct AuditFilter {
    QString connection; // the connection's name, exactly
    QString user; // part of the user's name or id, any case
    std::optional<AuditEntry::Operation> operation;
    QDate from; // local dates, both inclusive
    QDate to;

    bool matches(const AuditEntry &entry) const;
    bool isEmpty() const;
};

// An AuditTableModel narrowed by an AuditFilter.
class AuditFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    // The entries shown, in the order shown.
    QList<AuditEntry> entries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AuditFilter m_filter;
};
