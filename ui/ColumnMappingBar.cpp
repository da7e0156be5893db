#include "ColumnMappingBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

ColumnMappingBar::ColumnMappingBar(QTableView *table, QWidget *parent)
    : QWidget(parent), m_table(table), m_area(new QWidget(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &ColumnMappingBar::reposition);
    connect(header, &QHeaderView::sectionMoved, this, &ColumnMappingBar::reposition);
    connect(header, &QHeaderView::geometriesChanged, this, &ColumnMappingBar::reposition);
    connect(table->verticalHeader(), &QHeaderView::geometriesChanged, this, &ColumnMappingBar::reposition);
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ColumnMappingBar::reposition);
    table->installEventFilter(this);
    table->viewport()->installEventFilter(this);
}

void ColumnMappingBar::setWidget(int column, QWidget *widget)
{
    widget->setParent(m_area);
    if (auto *box = qobject_cast<QComboBox *>(widget)) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    widget->show();
    m_widgets.insert(column, widget);
    updateGeometry();
    reposition();
}

QComboBox *ColumnMappingBar::combo(int column) const
{
    return qobject_cast<QComboBox *>(m_widgets.value(column));
}

int ColumnMappingBar::preferredColumnWidth(int column) const
{
    const QWidget *widget = m_widgets.value(column);
    return widget ? widget->sizeHint().width() : 0;
}

QSize ColumnMappingBar::sizeHint() const
{
    int height = 0;
    for (const QWidget *widget : m_widgets)
        height = qMax(height, widget->sizeHint().height());
    return QSize(0, height + 4);
}

void ColumnMappingBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reposition();
}

bool ColumnMappingBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::Show)
        reposition();
    return QWidget::eventFilter(watched, event);
}

void ColumnMappingBar::reposition()
{
    // Wherever the bar sits above the table, its combos line up with the table's viewport.
    const int left = m_table->viewport()->mapTo(window(), QPoint()).x() - mapTo(window(), QPoint()).x();
    m_area->setGeometry(left, 0, qMax(0, m_table->viewport()->width()), height());
    const QHeaderView *header = m_table->horizontalHeader();
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const int x = header->sectionViewportPosition(it.key());
        const int width = header->sectionSize(it.key());
        it.value()->setVisible(!header->isSectionHidden(it.key()));
        it.value()->setGeometry(x + 1, 2, qMax(0, width - 2), height() - 4);
    }
}
