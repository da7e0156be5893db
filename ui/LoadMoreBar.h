#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class AutoLoader;
class FrameThrottle;
class PagedTableModel;

// "3 matches in 250 of 1,201 loaded users — Load More / Load All": shown when a filter has used
// its automatic pages and the server has more, and while everything is being loaded (with Stop).
class LoadMoreBar : public QFrame {
    Q_OBJECT

public:
    LoadMoreBar(PagedTableModel *model, AutoLoader *loader, std::function<int()> visibleRows,
                QWidget *parent = nullptr);

    void refresh();

private:
    PagedTableModel *m_model;
    AutoLoader *m_loader;
    std::function<int()> m_visibleRows;
    QLabel *m_text;
    QPushButton *m_more;
    QPushButton *m_all;
    QPushButton *m_stop;
    // A page may arrive every half millisecond; the progress text follows ten times a second.
    FrameThrottle *m_throttle;
};
