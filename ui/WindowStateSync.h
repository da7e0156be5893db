#pragma once

#include "ListState.h"

#include <QObject>
#include <QString>

class DetailsPane;
class QMainWindow;
class QSplitter;
class Settings;
class UserListPane;
struct ConnectionProfile;

// The window's layout kept apart from the window (KeePassXC's DatabaseWidgetStateSync): its
// geometry, tool bars and splitter, and per connection the user list as the admin left it
// (columns, sort, search, filters, the selected user, the details tab).
class WindowStateSync : public QObject {
    Q_OBJECT

public:
    WindowStateSync(QMainWindow *window, QSplitter *splitter, UserListPane *list, DetailsPane *details,
                    Settings *settings);

    void restoreWindow();
    void saveWindow();
    // The list's state saved for `profile`; a connection never saved borrows the columns last
    // used for its kind of service.
    ListState listStateFor(const ConnectionProfile &profile) const;
    // From now on the list shown is `profile`'s; the previous one is saved. A connection for
    // this run only (`remember` false: the demo, --connect) leaves nothing in the settings.
    void follow(const ConnectionProfile &profile, bool remember);
    void saveList();

private:
    QMainWindow *m_window;
    QSplitter *m_splitter;
    UserListPane *m_list;
    DetailsPane *m_details;
    Settings *m_settings;
    QString m_profileId;
    QString m_serviceKind;
};
