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

void ColumnMappingBar::setCombo(int column, QComboBox *combo)
{
    combo->setParent(m_area);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->show();
    m_combos.insert(column, combo);
    updateGeometry();
    reposition();
}

int ColumnMappingBar::preferredColumnWidth(int column) const
{
    const QComboBox *box = m_combos.value(column);
    return box ? box->sizeHint().width() : 0;
}

QSize ColumnMappingBar::sizeHint() const
{
    int height = 0;
    for (const QComboBox *box : m_combos)
        height = qMax(height, box->sizeHint().height());
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
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int x = header->sectionViewportPosition(it.key());
        const int width = header->sectionSize(it.key());
        it.value()->setVisible(!header->isSectionHidden(it.key()));
        it.value()->setGeometry(x + 1, 2, qMax(0, width - 2), height() - 4);
    }
}
