#pragma once

#include "ApiError.h"
#include "Records.h"
#include "Result.h"
#include "UserDirectory.h"

#include <QAbstractTableModel>
#include <optional>

// A table filled page by page as the view scrolls (Qt's fetchMore example, Nextcloud's
// FolderStatusModel): canFetchMore() is false while a page is loading, after an error and after
// the last page. Subclasses hold the rows and ask the directory for a page; the base keeps the
// paging state and ignores answers that belong to a list that has since been reset.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Sorts dates and numbers by value, not by their display text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const { return !m_pending.isNull(); }
    bool hasMore() const { return m_hasMore; }
    // The service's count of all rows, or nullopt when it does not say.
    std::optional<qint64> totalCount() const { return m_totalCount; }
    ApiError lastError() const { return m_lastError; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int pageSize);

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

protected:
    virtual int loadedRowCount() const = 0;
    virtual void removeAllRows() = 0;
    // Starts loading `page`; the subclass passes the answer to acceptPage() with `generation`.
    virtual CallHandle requestPage(int page, int pageSize, quint64 generation) = 0;
    virtual bool canRequest() const = 0;

    template<typename T> void acceptPage(quint64 generation, const Result<Page<T>> &result, QList<T> &rows)
    {
        if (generation != m_generation)
            return;
        if (!result) {
            failPage(result.error());
            return;
        }
        const Page<T> &page = result.value();
        if (!page.items.isEmpty()) {
            beginInsertRows(QModelIndex(), rows.size(), rows.size() + page.items.size() - 1);
            rows.append(page.items);
            rowsAppended(rows.size() - page.items.size());
            endInsertRows();
        }
        finishPage(page.hasNextPage && !page.items.isEmpty(), page.totalCount);
    }
    // Lets a subclass index rows appended from `firstRow` on, before views hear of them.
    virtual void rowsAppended(int firstRow) { Q_UNUSED(firstRow) }

    // For the subclass's own edits of the count (a created or deleted row).
    void adjustTotalCount(qint64 delta);
    quint64 generation() const { return m_generation; }

private:
    void startPage();
    void failPage(const ApiError &error);
    void finishPage(bool hasMore, std::optional<qint64> total);
    void setLoading(CallHandle pending);

    CallHandle m_pending;
    quint64 m_generation = 0;
    int m_nextPage = 1;
    int m_pageSize = 50;
    bool m_hasMore = false;
    std::optional<qint64> m_totalCount;
    ApiError m_lastError;
};
