#pragma once

#include "ApiError.h"
#include "Records.h"
#include "Result.h"
#include "UserDirectory.h"

#include <QAbstractTableModel>
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <vector>

// A table filled page by page (Qt's fetchMore example, Nextcloud's FolderStatusModel):
// canFetchMore() is false while a page is loading, after an error and after the last page.
// Subclasses hold the rows and ask the directory for a page; the base keeps the paging state,
// ignores answers that belong to a list that has since been reset, and bounds every loop the
// server could steer: a page that only repeats rows already loaded ends the list, and so do an
// empty page, reaching the stated total, and a ceiling on rows.
//
// A loadPages()/loadAll() batch keeps up to pagesInFlight() pages in flight once one of its pages
// has added rows, so the server prepares the next page while this one is read and shown.
// Answers may arrive in any order; they are applied in page order, so rows keep the server's
// order. A page is never asked for ahead when the rows already loaded and in flight would reach
// the stated total or the ceiling, and the first page of a batch goes alone: a server that
// repeats itself costs one request, as without pipelining.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Sorts dates and numbers by value, not by their display text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // No list grows past this, whatever the server promises.
    static constexpr int MaxRows = 2'000'000;
    // Pages a batch keeps in flight at most, unless setPagesInFlight() says otherwise.
    static constexpr int DefaultPagesInFlight = 4;

    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return m_applying || !m_inFlight.empty() || !m_arrived.empty(); }
    bool hasMore() const { return m_hasMore; }
    // The service's count of all rows, or nullopt when it does not say.
    std::optional<qint64> totalCount() const { return m_totalCount; }
    ApiError lastError() const { return m_lastError; }
    // Why loading stopped before the server said it was done (a repeated page, the ceiling).
    QString stopReason() const { return m_stopReason; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);
    // The connection's "requests at once" (1 to 16): an admin who asked a fragile server for
    // one request at a time gets one page at a time, too.
    void setPagesInFlight(int pages);
    int pagesInFlight() const { return m_pagesInFlight; }
    // Lowers the row ceiling (tests; a memory-conscious caller). Never above MaxRows.
    void setRowCeiling(int rows) { m_rowCeiling = qBound(1, rows, MaxRows); }

    // Loads up to `pages` more pages, then stops.
    void loadPages(int pages);
    // Loads every remaining page (within the ceilings above) until stopLoading().
    void loadAll();
    bool isLoadingAll() const { return m_batchActive && m_pagesLeft == AllPages; }
    bool isBatchActive() const { return m_batchActive; }
    // Ends a loadPages()/loadAll() batch; the pages in flight still arrive.
    void stopLoading();

    // Drops the rows and loads the first page again.
    void reload();
    // Drops the rows without loading (no directory, or a new one coming).
    void clear();
    // After an error: asks for the page that failed again.
    void retry();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged();
    void errorOccurred(const ApiError &error);
    void pageLoaded(int page);
    // A loadPages()/loadAll() batch ended: done, stopped, at the end, or failed.
    void batchFinished();

protected:
    virtual int loadedRowCount() const = 0;
    virtual void removeAllRows() = 0;
    // Starts loading `page`; the subclass passes the answer to acceptPage() with `ticket`.
    virtual CallHandle requestPage(int page, int pageSize, quint64 ticket) = 0;
    virtual bool canRequest() const = 0;
    // Whether a row with this id is loaded already (a server may send it again).
    virtual bool isLoaded(const QString &id) const = 0;

    template<typename T> void acceptPage(quint64 ticket, const Result<Page<T>> &result, QList<T> &rows)
    {
        acceptPage(ticket, result, [this, &rows](const QList<T> &items, const QList<int> &fresh) {
            beginInsertRows(QModelIndex(), int(rows.size()), int(rows.size() + fresh.size() - 1));
            for (int index : fresh)
                rows.append(items.at(index));
            rowsAppended(int(rows.size() - fresh.size()));
            endInsertRows();
        });
    }
    // The same for rows the subclass keeps its own way: `append(items, fresh)` inserts the items
    // at the positions in `fresh` (with beginInsertRows()/endInsertRows()).
    template<typename T, typename Append>
    void acceptPage(quint64 ticket, const Result<Page<T>> &result, Append append)
    {
        deliver(ticket, [this, result, append] {
            if (!result) {
                failPage(result.error());
                return;
            }
            const Page<T> &page = result.value();
            QList<int> fresh = freshItems(page.items);
            const int room = qMax(0, m_rowCeiling - loadedRowCount());
            if (fresh.size() > room)
                fresh.resize(room);
            if (!fresh.isEmpty())
                append(page.items, fresh);
            finishPage(page.hasNextPage, page.totalCount, int(page.items.size()), int(fresh.size()),
                       loadedRowCount() >= m_rowCeiling);
        });
    }
    // Where in `items` the rows not loaded yet are: an id already loaded, or met earlier in the
    // same page, is a row the server sent again.
    template<typename T> QList<int> freshItems(const QList<T> &items) const
    {
        std::vector<std::pair<QStringView, int>> ids;
        ids.reserve(size_t(items.size()));
        for (int i = 0; i < int(items.size()); ++i) {
            if (!items.at(i).id.isEmpty())
                ids.emplace_back(items.at(i).id, i);
        }
        std::sort(ids.begin(), ids.end()); // by id, then by place: the first of equals is kept
        std::vector<bool> again(size_t(items.size()), false);
        for (size_t i = 1; i < ids.size(); ++i) {
            if (ids[i].first == ids[i - 1].first)
                again[size_t(ids[i].second)] = true;
        }
        QList<int> fresh;
        fresh.reserve(items.size());
        for (int i = 0; i < int(items.size()); ++i) {
            const QString &id = items.at(i).id;
            if (id.isEmpty() || (!again[size_t(i)] && !isLoaded(id)))
                fresh.append(i);
        }
        return fresh;
    }
    // Lets a subclass index rows appended from `firstRow` on, before views hear of them.
    virtual void rowsAppended(int firstRow) { Q_UNUSED(firstRow) }

    // For the subclass's own edits of the count (a created or deleted row).
    void adjustTotalCount(qint64 delta);
    quint64 generation() const { return m_generation; }

private:
    static constexpr int AllPages = -1;
    struct InFlight {
        quint64 ticket = 0;
        CallHandle call;
    };

    // Applies an answer in page order: at once if it is the next page, else when those before
    // it are applied. An answer whose ticket is not in flight (a reset list) is dropped.
    void deliver(quint64 ticket, std::function<void()> apply);
    void finishPage(bool serverHasMore, std::optional<qint64> total, int received, int added, bool capped);
    void startPage();
    void failPage(const ApiError &error);
    // Cancels the pages asked for ahead and forgets answers waiting for their turn.
    void dropPagesAhead();
    bool wantsAnotherPage() const;
    void continueBatch();
    void endBatch();
    void emitLoadingIfChanged(bool wasLoading);
    void apply(const std::function<void()> &answer);

    std::map<int, InFlight> m_inFlight; // by page
    std::map<int, std::function<void()>> m_arrived; // answers that came before an earlier page's
    // An answer is being applied: the page still counts as loading until its rows are in, so
    // whoever reacts to the insertion and asks canFetchMore() hears "no".
    bool m_applying = false;
    quint64 m_generation = 0;
    quint64 m_lastTicket = 0;
    int m_nextRequest = 1; // the next page to ask for
    int m_nextApply = 1; // the next page whose answer to apply
    int m_pageSize = 50;
    int m_pagesInFlight = DefaultPagesInFlight;
    int m_rowCeiling = MaxRows;
    bool m_batchActive = false;
    bool m_pipelining = false; // a page of this batch added rows: pages may be asked for ahead
    int m_pagesLeft = 0; // pages still to ask for in this batch; AllPages: until the end
    bool m_hasMore = false;
    std::optional<qint64> m_totalCount;
    ApiError m_lastError;
    QString m_stopReason;
};

// Rows of records are few per user: a scan finds a repeated id soon enough.
template<typename T> bool containsId(const QList<T> &rows, const QString &id)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](const T &row) { return row.id == id; });
}
