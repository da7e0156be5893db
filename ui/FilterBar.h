#pragma once

#include "Records.h"
#include "ServiceDescription.h"

#include <QWidget>

class QLineEdit;
class QTimer;

// The search box and the service's own filters (role, status, email, external ID...). Typing
// settles for a moment before changed() fires, so a word typed is one request, not six.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Rebuilds the service's filters; without a description there are none.
    void setDescription(const ServiceDescription *description);
    QLineEdit *searchEdit() const { return m_search; }
    // The text to filter loaded rows by (empty when the server searches).
    QString localText() const;
    // `query` with this bar's search (where the server searches) and filters.
    UserQuery applyTo(UserQuery query) const;
    void clear();
    void focusSearch();
    // Whether the search box or any filter narrows the list.
    bool isActive() const;
    // Empties the search box and every filter, then announces changed() once.
    void reset();

    // What the admin typed and chose, by field key, to keep between runs, and back again
    // (without changed(): the caller loads with it).
    QString searchText() const;
    QMap<QString, QString> filterValues() const;
    void restore(const QString &search, const QMap<QString, QString> &filters);

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_search;
    QTimer *m_debounce;
    bool m_serverSearch = false;
    QList<std::pair<FieldSpec, QWidget *>> m_filters;
};
