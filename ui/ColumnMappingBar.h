#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QTableView;

// A row of combo boxes laid out over a table's columns, each exactly as wide as its column and
// following it as columns are resized, moved or scrolled: which file column fills each field.
class ColumnMappingBar : public QWidget {
    Q_OBJECT

public:
    explicit ColumnMappingBar(QTableView *table, QWidget *parent = nullptr);

    // Places `combo` over the table's logical column `column` (the bar takes it).
    void setCombo(int column, QComboBox *combo);
    QComboBox *combo(int column) const { return m_combos.value(column); }
    // The width a column needs so its combo shows a useful part of a header name.
    int preferredColumnWidth(int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reposition();

    QTableView *m_table;
    QWidget *m_area; // clips the combos to the part of the bar above the table's viewport
    QHash<int, QComboBox *> m_combos;
};
