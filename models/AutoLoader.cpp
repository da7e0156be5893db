#include "AutoLoader.h"

#include "PagedTableModel.h"

AutoLoader::AutoLoader(PagedTableModel *model, std::function<int()> visibleRows, QObject *parent)
    : QObject(parent), m_model(model), m_visibleRows(std::move(visibleRows))
{
    connect(model, &PagedTableModel::pageLoaded, this, &AutoLoader::fill);
    connect(model, &PagedTableModel::modelReset, this, [this] { setWaiting(false); });
}

void AutoLoader::restart()
{
    m_active = true;
    m_pagesLeft = m_pagesPerChange;
    fill();
}

void AutoLoader::stop()
{
    m_active = false;
    m_pagesLeft = 0;
    setWaiting(false);
}

void AutoLoader::loadMore()
{
    m_active = true;
    m_pagesLeft += m_pagesPerChange;
    fill();
}

void AutoLoader::fill()
{
    if (!m_model || !m_active || m_model->isLoading())
        return;
    const bool isShort = m_visibleRows() < m_wantedRows;
    if (!isShort || !m_model->canFetchMore(QModelIndex()) || m_model->isBatchActive()) {
        setWaiting(false);
        return;
    }
    if (m_pagesLeft <= 0) {
        setWaiting(true);
        return;
    }
    --m_pagesLeft;
    setWaiting(false);
    m_model->fetchMore(QModelIndex());
}

void AutoLoader::setWaiting(bool waiting)
{
    if (m_waiting == waiting)
        return;
    m_waiting = waiting;
    Q_EMIT waitingForDecisionChanged(waiting);
}
