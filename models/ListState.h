#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// What the user list looked like for one connection, so it comes back as the admin left it:
// the header (visible columns, their order and widths, the sort column and order), the search
// text and the service's filters (by field key), the selected user and the details tab shown.
struct ListState {
    QByteArray header;
    QString search;
    QMap<QString, QString> filters;
    QString selectedUserId;
    QString detailsTab;

    bool isEmpty() const
    {
        return header.isEmpty() && search.isEmpty() && filters.isEmpty() && selectedUserId.isEmpty()
            && detailsTab.isEmpty();
    }
    friend bool operator==(const ListState &, const ListState &) = default;
};
