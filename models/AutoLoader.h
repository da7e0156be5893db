#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class PagedTableModel;

// While a local filter shows fewer rows than fill a screen, more pages are fetched so that
// matches further down the list appear — but only a fixed number of pages per filter change.
// Then it stops and says so (waitingForDecision), and the admin chooses: load more, load all,
// or refine the filter. Without this ceiling a filter over a large (or lying) directory would
// download it all, unasked.
class AutoLoader : public QObject {
    Q_OBJECT

public:
    // `visibleRows` answers how many rows the filter lets through right now.
    AutoLoader(PagedTableModel *model, std::function<int()> visibleRows, QObject *parent = nullptr);

    static constexpr int DefaultWantedRows = 40;
    static constexpr int DefaultPagesPerChange = 5;

    void setWantedRows(int rows) { m_wantedRows = rows; }
    void setPagesPerChange(int pages) { m_pagesPerChange = pages; }

    // The filter changed: a new budget of pages, and fill if the view is short.
    void restart();
    // The filter was cleared: no automatic loading.
    void stop();
    // The admin asked for another batch of pages.
    void loadMore();

    bool isWaitingForDecision() const { return m_waiting; }
    int pagesLeft() const { return m_pagesLeft; }

Q_SIGNALS:
    // The budget is spent, the view is still short and the server has more.
    void waitingForDecisionChanged(bool waiting);

private:
    void fill();
    void setWaiting(bool waiting);

    QPointer<PagedTableModel> m_model;
    std::function<int()> m_visibleRows;
    int m_wantedRows = DefaultWantedRows;
    int m_pagesPerChange = DefaultPagesPerChange;
    int m_pagesLeft = 0;
    bool m_active = false;
    bool m_waiting = false;
};
