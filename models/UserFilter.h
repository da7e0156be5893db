#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// What "matches the filter" means, as a value (qBittorrent's TorrentFilter): case- and
// accent-insensitive containment, so "zoe" finds "Zoë" and "muller" finds "Müller".
class UserFilter {
public:
    UserFilter() = default;
    explicit UserFilter(const QString &text);

    bool isEmpty() const { return m_needle.isEmpty(); }
    const QString &needle() const { return m_needle; }
    bool matches(const QString &haystack) const;

    // Lower-case, accents stripped: the form both sides are compared in.
    static QString fold(const QString &text);

private:
    QString m_needle;
};

// The loaded users the filter lets through, on every column the view shows. While a filter
// hides rows the view may not fetch pages by itself: an empty filtered view would ask for page
// after page; an AutoLoader spends a bounded budget instead.
class UserFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const UserFilter &filter);
    const UserFilter &filter() const { return m_filter; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    UserFilter m_filter;
};
