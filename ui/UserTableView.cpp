#include "UserTableView.h"

#include <QHeaderView>

void UserTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    const auto needsFullLayout = [this] { m_fullLayout = true; };
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, needsFullLayout);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, needsFullLayout);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, needsFullLayout);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, needsFullLayout);
    connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, needsFullLayout);
    connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, needsFullLayout);
}

void UserTableView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // The vertical header hears of the new rows after the view, so rowAt() still answers for
    // the rows as they were: a bottom edge on a row that comes before `start` means the viewport
    // is full and the new rows are all below it.
    const int lastVisible = rowAt(viewport()->height() - 1);
    const bool below
        = !parent.isValid() && lastVisible >= 0 && lastVisible < start && end == model()->rowCount() - 1;
    if (below)
        m_appendedBelow = true;
    else
        m_fullLayout = true;
    QTableView::rowsInserted(parent, start, end);
}

void UserTableView::doItemsLayout()
{
    const bool onlyScrollRange = m_appendedBelow && !m_fullLayout;
    m_appendedBelow = false;
    m_fullLayout = false;
    if (onlyScrollRange) {
        updateGeometries(); // the scroll bar's range; the rows on screen are as they were
        return;
    }
    QTableView::doItemsLayout();
}
