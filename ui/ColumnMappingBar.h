#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QTableView;

// A row of widgets laid out over a table's columns, each exactly as wide as its column and
// following it as columns are resized, moved or scrolled: above each field, the combo box that
// says which file column fills it.
class ColumnMappingBar : public QWidget {
    Q_OBJECT

public:
    explicit ColumnMappingBar(QTableView *table, QWidget *parent = nullptr);

    // Places `widget` over the table's logical column `column` (the bar takes it).
    void setWidget(int column, QWidget *widget);
    QComboBox *combo(int column) const;
    // The width a column needs for its widget (a combo: a useful part of a header name).
    int preferredColumnWidth(int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reposition();

    QTableView *m_table;
    QWidget *m_area; // clips the widgets to the part of the bar above the table's viewport
    QHash<int, QWidget *> m_widgets;
};
