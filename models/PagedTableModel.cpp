#include "PagedTableModel.h"

#include "ModelsLogging.h"

PagedTableModel::PagedTableModel(QObject *parent) : QAbstractTableModel(parent) { }

PagedTableModel::~PagedTableModel()
{
    if (m_pending)
        m_pending->cancel();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRowCount();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_hasMore && !isLoading() && !m_lastError.isError() && canRequest();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startPage();
}

void PagedTableModel::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 1000);
}

void PagedTableModel::clear()
{
    ++m_generation; // answers to earlier requests are now stale
    if (m_pending) {
        m_pending->cancel();
        setLoading(nullptr);
    }
    if (loadedRowCount() > 0) {
        beginResetModel();
        removeAllRows();
        endResetModel();
    }
    m_nextPage = 1;
    m_hasMore = false;
    m_lastError = ApiError();
    if (m_totalCount) {
        m_totalCount.reset();
        Q_EMIT totalCountChanged();
    }
}

void PagedTableModel::reload()
{
    clear();
    if (!canRequest())
        return;
    m_hasMore = true;
    startPage();
}

void PagedTableModel::retry()
{
    if (!m_lastError.isError() || isLoading() || !canRequest())
        return;
    m_lastError = ApiError();
    m_hasMore = true;
    startPage();
}

void PagedTableModel::startPage()
{
    qCDebug(lcModels) << metaObject()->className() << "requesting page" << m_nextPage;
    setLoading(requestPage(m_nextPage, m_pageSize, m_generation));
}

void PagedTableModel::failPage(const ApiError &error)
{
    qCWarning(lcModels) << metaObject()->className() << "page" << m_nextPage << "failed:" << error.toString();
    m_lastError = error;
    setLoading(nullptr);
    Q_EMIT errorOccurred(error);
}

void PagedTableModel::finishPage(bool hasMore, std::optional<qint64> total)
{
    const int loadedPage = m_nextPage;
    ++m_nextPage;
    m_hasMore = hasMore;
    if (total != m_totalCount) {
        m_totalCount = total;
        Q_EMIT totalCountChanged();
    }
    setLoading(nullptr);
    qCDebug(lcModels) << metaObject()->className() << "loaded" << loadedRowCount() << "of"
                      << (m_totalCount ? *m_totalCount : -1) << "rows";
    Q_EMIT pageLoaded(loadedPage);
}

void PagedTableModel::adjustTotalCount(qint64 delta)
{
    if (!m_totalCount)
        return;
    m_totalCount = qMax<qint64>(0, *m_totalCount + delta);
    Q_EMIT totalCountChanged();
}

void PagedTableModel::setLoading(CallHandle pending)
{
    const bool wasLoading = isLoading();
    m_pending = pending;
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}
