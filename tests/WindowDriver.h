#pragma once

#include "CredentialDialog.h"
#include "DetailsPane.h"
#include "MainWindow.h"
#include "PagedTableModel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// Drives the main window as an admin does, through what the window shows: the table's rows
// and headers as the view presents them, the details pane's tabs and profile form, and the
// dialogs it opens. Nothing here reaches into a model's rows by their internal order, so tests
// written with it keep working when the table model or its mapping to the view changes.
namespace WindowDriver {

// The column of the view whose header reads `title` ("Email", "Created"); -1 when none does.
inline int column(QTableView *view, const QString &title)
{
    const QAbstractItemModel *model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

// What the view shows in the row `row` (in the view's order) under the header `title`.
inline QString text(QTableView *view, int row, const QString &title)
{
    return view->model()->index(row, column(view, title)).data().toString();
}

// The view's rows, in the view's order, under the header `title`.
inline QStringList columnTexts(QTableView *view, const QString &title)
{
    QStringList texts;
    const int c = column(view, title);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts << view->model()->index(row, c).data().toString();
    return texts;
}

// The row (in the view's order) showing `value` under the header `title`; -1 when none does.
inline int rowWhere(QTableView *view, const QString &title, const QString &value)
{
    const int c = column(view, title);
    if (c < 0)
        return -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, c).data().toString() == value)
            return row;
    }
    return -1;
}

// Where a click on `row` lands, in the view's viewport; scrolls the row into sight first.
inline QPoint pointOfRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    return view->visualRect(index).center();
}

inline void clickRow(QTableView *view, int row, Qt::MouseButton button = Qt::LeftButton)
{
    QTest::mouseClick(view->viewport(), button, Qt::NoModifier, pointOfRow(view, row));
}

// The view has loaded what it will without being scrolled: its paged model (behind any proxies)
// is not loading, and it would ask for no further page, because there is none or its last row is
// out of sight.
inline bool settled(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    if (auto *paged = qobject_cast<PagedTableModel *>(model); paged && paged->isLoading())
        return false;
    QAbstractItemModel *shown = view->model();
    if (!shown->canFetchMore(QModelIndex()))
        return true;
    const int last = shown->rowCount() - 1;
    return last >= 0 && !view->viewport()->rect().intersects(view->visualRect(shown->index(last, 0)));
}

// Clicks the header of the column `title`, as an admin sorts by it.
inline void clickHeader(QTableView *view, const QString &title)
{
    QHeaderView *header = view->horizontalHeader();
    const int c = column(view, title);
    const QPoint point(header->sectionViewportPosition(c) + header->sectionSize(c) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, point);
}

// The index of the details pane's tab labelled `title` ("Projects"); -1 when there is none.
inline int tabIndex(DetailsPane *pane, const QString &title)
{
    QTabWidget *tabs = pane->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        QString label = tabs->tabText(i);
        label.remove(QLatin1Char('&'));
        if (label == title)
            return i;
    }
    return -1;
}

// Clicks the details pane's tab labelled `title`.
inline void clickTab(DetailsPane *pane, const QString &title)
{
    QTabBar *bar = pane->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(tabIndex(pane, title)).center());
}

// The rows of the details pane's profile tab as label → value ("Home folder" → "101").
inline QHash<QString, QString> profileRows(DetailsPane *pane)
{
    QHash<QString, QString> rows;
    auto *form = qobject_cast<QFormLayout *>(pane->tabs()->widget(0)->layout());
    if (!form)
        return rows;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        auto *labelText = label ? qobject_cast<QLabel *>(label->widget()) : nullptr;
        auto *fieldText = field ? qobject_cast<QLabel *>(field->widget()) : nullptr;
        if (labelText && fieldText) {
            QString key = labelText->text();
            if (key.endsWith(QLatin1Char(':')))
                key.chop(1);
            rows.insert(key, fieldText->text());
        }
    }
    return rows;
}

// The dialog of type T the window shows now, or null.
template<typename T> T *visible(QWidget *window)
{
    const QList<T *> found = window->findChildren<T *>();
    for (T *widget : found) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

// Counts how many credential prompts were shown while it lives (each prompt once, however
// often it is repainted or raised).
class PromptCounter : public QObject {
public:
    PromptCounter() { qApp->installEventFilter(this); }
    ~PromptCounter() override { qApp->removeEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Marked on the object itself: a later prompt at the same address still counts.
        static const char kSeen[] = "promptCounterSeen";
        if (event->type() == QEvent::Show && qobject_cast<CredentialDialog *>(watched)
            && !watched->property(kSeen).toBool()) {
            watched->setProperty(kSeen, true);
            ++m_count;
        }
        return false;
    }

private:
    int m_count = 0;
};

} // namespace WindowDriver
