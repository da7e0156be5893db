#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QSplitter;
class QTableView;
class Settings;

// The window's layout kept apart from the window (KeePassXC's DatabaseWidgetStateSync): its
// geometry, tool bars and splitter, and the user table's columns per kind of service.
class WindowStateSync : public QObject {
    Q_OBJECT

public:
    WindowStateSync(QMainWindow *window, QSplitter *splitter, QTableView *table, Settings *settings);

    void restoreWindow();
    void saveWindow();
    // The table's column widths and order for this kind of service.
    void restoreTable(const QString &serviceKind);
    void saveTable();

private:
    QMainWindow *m_window;
    QSplitter *m_splitter;
    QTableView *m_table;
    Settings *m_settings;
    QString m_serviceKind;
};
