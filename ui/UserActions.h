#pragma once

#include "ServiceDescription.h"
#include "User.h"

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

// Every action of the window, its menus, tool bar and context menu, shown exactly where the
// connected service can do it and enabled exactly when the selection allows it. Knows nothing
// of what the actions do: the window connects them to its commands.
class UserActions : public QObject {
    Q_OBJECT

public:
    enum Id {
        Refresh,
        NewUser,
        NewUsers,
        Edit,
        ToggleState,
        Delete,
        DeleteByExternalId,
        ChangePassword,
        Connections,
        CopyId,
        CopyEmail,
        CopyRows,
        SelectAll,
        Find,
        LoadAll,
        History,
        RecentlyDeleted,
        Activity,
        Quit,
    };

    explicit UserActions(QWidget *window);

    QAction *action(Id id) const { return m_actions.value(id); }
    QMenu *stateMenu() const { return m_stateMenu; }

    // `forSeveral`: the bulk actions on the selected users; `transfer`: import and export.
    void buildMenuBar(QMenuBar *menuBar, QAction *about, const QList<QAction *> &forSeveral,
                      const QList<QAction *> &transfer);
    void buildToolBar(QToolBar *toolBar);
    // The table's context menu: the actions that apply to the row under the cursor, or with
    // several rows selected, `forSeveral` (the bulk actions) and Copy.
    QMenu *contextMenu(QWidget *parent, int selectedCount = 1, const QList<QAction *> &forSeveral = {}) const;

    // Shows the actions the service has (none without a connection).
    void applyCapabilities(const ServiceDescription *description);
    // Enables what the selection allows: `selected` is the current user when it is the only one
    // selected, `selectedCount` how many rows are; `busy`: a state change is on its way.
    void update(const User &selected, int selectedCount, bool connected, bool busy);

Q_SIGNALS:
    void stateRequested(UserState state);

private:
    QAction *make(Id id, const QString &objectName, const QString &text, const QString &iconName,
                  const QKeySequence &shortcut);

    QWidget *m_window;
    QHash<Id, QAction *> m_actions;
    QMenu *m_stateMenu;
};
