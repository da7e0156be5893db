#include "PagedTableModel.h"

#include "ModelsLogging.h"

#include <QLocale>

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

void PagedTableModel::loadPages(int pages)
{
    if (pages <= 0)
        return;
    if (!m_batchActive)
        m_pagesLeft = 0;
    if (m_pagesLeft != AllPages)
        m_pagesLeft += pages;
    m_batchActive = true;
    continueBatch();
}

void PagedTableModel::loadAll()
{
    m_batchActive = true;
    m_pagesLeft = AllPages;
    continueBatch();
}

void PagedTableModel::stopLoading()
{
    endBatch();
}

void PagedTableModel::continueBatch()
{
    if (!m_batchActive || isLoading())
        return;
    if (m_pagesLeft == 0 || !canFetchMore(QModelIndex())) {
        endBatch();
        return;
    }
    if (m_pagesLeft > 0)
        --m_pagesLeft;
    startPage();
}

void PagedTableModel::endBatch()
{
    if (!m_batchActive)
        return;
    m_batchActive = false;
    m_pagesLeft = 0;
    Q_EMIT batchFinished();
}

void PagedTableModel::clear()
{
    ++m_generation; // answers to earlier requests are now stale
    if (m_pending) {
        m_pending->cancel();
        setLoading(nullptr);
    }
    // The paging state first: whoever reacts to the reset (a view, a proxy, a tester) and asks
    // canFetchMore() must hear "no" rather than start a request for the old list's next page.
    m_nextPage = 1;
    m_hasMore = false;
    m_lastError = ApiError();
    m_stopReason.clear();
    endBatch();
    const bool hadTotal = m_totalCount.has_value();
    m_totalCount.reset();
    if (loadedRowCount() > 0) {
        beginResetModel();
        removeAllRows();
        endResetModel();
    }
    if (hadTotal)
        Q_EMIT totalCountChanged();
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
    endBatch();
}

void PagedTableModel::finishPage(bool serverHasMore, std::optional<qint64> total, int received, int added,
                                 bool capped)
{
    const int loadedPage = m_nextPage;
    ++m_nextPage;
    bool hasMore = serverHasMore && received > 0;
    if (capped && hasMore) {
        hasMore = false;
        m_stopReason = tr("Roster holds at most %1 rows in one list; refine the search to see the rest.")
                           .arg(QLocale().toString(m_rowCeiling));
    } else if (received > 0 && added == 0) {
        hasMore = false;
        m_stopReason = tr("The server sent page %1 again with only users already listed, so Roster stopped "
                          "loading there.")
                           .arg(loadedPage);
    } else if (hasMore && total && loadedRowCount() >= *total) {
        hasMore = false; // everything the server counted is here
    }
    if (!m_stopReason.isEmpty())
        qCWarning(lcModels).noquote() << metaObject()->className() << m_stopReason;
    m_hasMore = hasMore;
    if (total != m_totalCount) {
        m_totalCount = total;
        Q_EMIT totalCountChanged();
    }
    setLoading(nullptr);
    qCDebug(lcModels) << metaObject()->className() << "loaded" << loadedRowCount() << "of"
                      << (m_totalCount ? *m_totalCount : -1) << "rows";
    Q_EMIT pageLoaded(loadedPage);
    continueBatch();
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
