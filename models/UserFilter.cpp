#include "UserFilter.h"

UserFilter::UserFilter(const QString &text) : m_needle(fold(text.trimmed())) { }

QString UserFilter::fold(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

bool UserFilter::matches(const QString &haystack) const
{
    return m_needle.isEmpty() || fold(haystack).contains(m_needle);
}

void UserFilterProxy::setFilter(const UserFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool UserFilterProxy::canFetchMore(const QModelIndex &parent) const
{
    return m_filter.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
}

void UserFilterProxy::fetchMore(const QModelIndex &parent)
{
    if (m_filter.isEmpty())
        QSortFilterProxyModel::fetchMore(parent);
}

bool UserFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (m_filter.matches(model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString()))
            return true;
    }
    return false;
}
