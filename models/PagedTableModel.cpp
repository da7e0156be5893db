#include "PagedTableModel.h"

#include "ModelsLogging.h"

#include <QLocale>

PagedTableModel::PagedTableModel(QObject *parent) : QAbstractTableModel(parent) { }

PagedTableModel::~PagedTableModel()
{
    for (auto &[page, pending] : m_inFlight) {
        if (pending.call)
            pending.call->cancel();
    }
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

void PagedTableModel::setPagesInFlight(int pages)
{
    m_pagesInFlight = qBound(1, pages, 16);
}

void PagedTableModel::loadPages(int pages)
{
    if (pages <= 0)
        return;
    if (!m_batchActive) {
        m_pagesLeft = 0;
        m_pipelining = false;
    }
    if (m_pagesLeft != AllPages)
        m_pagesLeft += pages;
    m_batchActive = true;
    continueBatch();
}

void PagedTableModel::loadAll()
{
    if (!m_batchActive)
        m_pipelining = false;
    m_batchActive = true;
    m_pagesLeft = AllPages;
    continueBatch();
}

void PagedTableModel::stopLoading()
{
    endBatch();
}

bool PagedTableModel::wantsAnotherPage() const
{
    if (m_pagesLeft == 0 || !m_hasMore || m_lastError.isError() || !canRequest())
        return false;
    const int ahead = int(m_inFlight.size() + m_arrived.size());
    if (ahead == 0)
        return true;
    if (!m_pipelining || ahead >= m_pagesInFlight)
        return false;
    // Pages in flight count as full: never ask past the stated total or the ceiling.
    const qint64 expected = loadedRowCount() + qint64(ahead) * m_pageSize;
    return expected < m_rowCeiling && (!m_totalCount || expected < *m_totalCount);
}

void PagedTableModel::continueBatch()
{
    if (!m_batchActive)
        return;
    while (wantsAnotherPage()) {
        if (m_pagesLeft > 0)
            --m_pagesLeft;
        startPage();
    }
    if (!isLoading())
        endBatch(); // nothing in flight and nothing more wanted
}

void PagedTableModel::endBatch()
{
    if (!m_batchActive)
        return;
    m_batchActive = false;
    m_pagesLeft = 0;
    Q_EMIT batchFinished();
}

void PagedTableModel::dropPagesAhead()
{
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const auto &[page, pending] : inFlight) {
        if (pending.call)
            pending.call->cancel();
    }
    m_arrived.clear();
}

void PagedTableModel::emitLoadingIfChanged(bool wasLoading)
{
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void PagedTableModel::clear()
{
    ++m_generation; // answers to earlier requests are now stale
    const bool wasLoading = isLoading();
    m_applying = false;
    dropPagesAhead();
    // The paging state first: whoever reacts to the reset (a view, a proxy, a tester) and asks
    // canFetchMore() must hear "no" rather than start a request for the old list's next page.
    m_nextRequest = 1;
    m_nextApply = 1;
    m_hasMore = false;
    m_lastError = ApiError();
    m_stopReason.clear();
    emitLoadingIfChanged(wasLoading);
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
    const bool wasLoading = isLoading();
    const int page = m_nextRequest++;
    qCDebug(lcModels) << metaObject()->className() << "requesting page" << page;
    // In flight before the request is made, so an answer however early finds its ticket.
    const quint64 ticket = ++m_lastTicket;
    m_inFlight[page] = InFlight{ ticket, nullptr };
    const CallHandle call = requestPage(page, m_pageSize, ticket);
    if (const auto pending = m_inFlight.find(page);
        pending != m_inFlight.end() && pending->second.ticket == ticket)
        pending->second.call = call;
    emitLoadingIfChanged(wasLoading);
}

void PagedTableModel::deliver(quint64 ticket, std::function<void()> apply)
{
    auto pending = m_inFlight.begin();
    while (pending != m_inFlight.end() && pending->second.ticket != ticket)
        ++pending;
    if (pending == m_inFlight.end())
        return; // a page of a list that has since been reset, or one canceled
    const int page = pending->first;
    m_inFlight.erase(pending);
    if (page != m_nextApply) {
        m_arrived[page] = std::move(apply); // its turn comes after the pages before it
        return;
    }
    this->apply(apply);
    // Answers that came early, in order; whatever the one just applied did (an error, the end
    // of the list, a reset) has dropped them if they no longer belong.
    while (!m_arrived.empty() && m_arrived.begin()->first == m_nextApply) {
        const std::function<void()> next = std::move(m_arrived.begin()->second);
        m_arrived.erase(m_arrived.begin());
        this->apply(next);
    }
}

void PagedTableModel::apply(const std::function<void()> &answer)
{
    m_applying = true;
    answer(); // ends in finishPage() or failPage(), which end m_applying
    m_applying = false;
}

void PagedTableModel::failPage(const ApiError &error)
{
    qCWarning(lcModels) << metaObject()->className() << "page" << m_nextApply
                        << "failed:" << error.toString();
    const bool wasLoading = true; // the failed page was loading until now
    m_applying = false;
    m_lastError = error;
    dropPagesAhead();
    m_nextRequest = m_nextApply; // retry() asks for the page that failed
    emitLoadingIfChanged(wasLoading);
    Q_EMIT errorOccurred(error);
    endBatch();
}

void PagedTableModel::finishPage(bool serverHasMore, std::optional<qint64> total, int received, int added,
                                 bool capped)
{
    const int loadedPage = m_nextApply++;
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
    if (!hasMore)
        dropPagesAhead(); // pages asked for ahead of the end are not wanted
    else if (added > 0 && m_batchActive)
        m_pipelining = true; // the server moves forward: the next pages may be asked for ahead
    if (total != m_totalCount) {
        m_totalCount = total;
        Q_EMIT totalCountChanged();
    }
    m_applying = false;
    emitLoadingIfChanged(true);
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
