#include "UserActions.h"

#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

UserActions::UserActions(QWidget *window) : QObject(window), m_window(window), m_stateMenu(new QMenu(window))
{
    make(Refresh, QStringLiteral("refreshAction"), tr("&Refresh"), QStringLiteral("view-refresh"),
         QKeySequence::Refresh);
    make(NewUser, QStringLiteral("newUserAction"), tr("&New User…"), QStringLiteral("list-add-user"),
         QKeySequence::New);
    make(NewUsers, QStringLiteral("batchCreateAction"), tr("New &Users…"), QStringLiteral("list-add-user"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    make(Edit, QStringLiteral("editUserAction"), tr("&Edit…"), QStringLiteral("document-edit"),
         QKeySequence(Qt::Key_F2));
    make(ToggleState, QStringLiteral("toggleStateAction"), tr("Deactivate"),
         QStringLiteral("media-playback-pause"), QKeySequence(Qt::CTRL | Qt::Key_D));
    make(Delete, QStringLiteral("deleteUserAction"), tr("&Delete…"), QStringLiteral("edit-delete"),
         QKeySequence::Delete);
    make(DeleteByExternalId, QStringLiteral("deleteByExternalIdAction"), tr("Delete by E&xternal ID…"),
         QStringLiteral("edit-delete"), QKeySequence());
    make(ChangePassword, QStringLiteral("changePasswordAction"), tr("Change &Password…"),
         QStringLiteral("dialog-password"), QKeySequence());
    make(Connections, QStringLiteral("settingsAction"), tr("&Connections…"), QStringLiteral("network-server"),
         QKeySequence::Preferences);
    make(CopyId, QStringLiteral("copyIdAction"), tr("Copy &ID"), QStringLiteral("edit-copy"), QKeySequence());
    make(CopyEmail, QStringLiteral("copyEmailAction"), tr("Copy E&mail"), QStringLiteral("edit-copy"),
         QKeySequence());
    make(CopyRows, QStringLiteral("copyRowsAction"), tr("&Copy"), QStringLiteral("edit-copy"),
         QKeySequence::Copy);
    make(SelectAll, QStringLiteral("selectAllAction"), tr("Select &All"), QStringLiteral("edit-select-all"),
         QKeySequence::SelectAll);
    // Copy and Select All belong to the table: in the search box they copy and select its text.
    action(CopyRows)->setShortcutContext(Qt::WidgetShortcut);
    action(SelectAll)->setShortcutContext(Qt::WidgetShortcut);
    make(Find, QStringLiteral("filterAction"), tr("&Find"), QStringLiteral("edit-find"), QKeySequence::Find);
    make(LoadAll, QStringLiteral("loadAllAction"), tr("&Load All Users"), QStringLiteral("go-bottom"),
         QKeySequence());
    make(History, QStringLiteral("historyAction"), tr("&History…"), QStringLiteral("document-open-recent"),
         QKeySequence(Qt::CTRL | Qt::Key_H));
    make(RecentlyDeleted, QStringLiteral("recentlyDeletedAction"), tr("Recently &Deleted…"),
         QStringLiteral("edit-undo"), QKeySequence());
    make(Activity, QStringLiteral("activityAction"), tr("&Activity"),
         QStringLiteral("utilities-system-monitor"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    action(Activity)->setCheckable(true);
    make(Quit, QStringLiteral("quitAction"), tr("&Quit"), QStringLiteral("application-exit"),
         QKeySequence::Quit);

    m_stateMenu->setTitle(tr("Set &State"));
    m_stateMenu->setObjectName(QStringLiteral("stateMenu"));
    m_stateMenu->setIcon(Theme::icon(QStringLiteral("go-down")));
    m_stateMenu->menuAction()->setObjectName(QStringLiteral("setStateAction"));
}

QAction *UserActions::make(Id id, const QString &objectName, const QString &text, const QString &iconName,
                           const QKeySequence &shortcut)
{
    auto *action = new QAction(Theme::icon(iconName), text, m_window);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // The window's shortcuts work wherever the focus is inside it.
    action->setShortcutContext(Qt::WindowShortcut);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    action->setToolTip(shortcut.isEmpty() ? plain
                                          : QStringLiteral("%1 (%2)").arg(
                                              plain, shortcut.toString(QKeySequence::NativeText)));
    m_actions.insert(id, action);
    return action;
}

void UserActions::buildMenuBar(QMenuBar *menuBar, QAction *about, const QList<QAction *> &forSeveral,
                               const QList<QAction *> &transfer)
{
    QMenu *connection = menuBar->addMenu(tr("&Connection"));
    connection->addActions({ action(Connections), action(Refresh), action(LoadAll) });
    connection->addSeparator();
    connection->addActions(transfer);
    connection->addSeparator();
    connection->addAction(action(Quit));
    QMenu *user = menuBar->addMenu(tr("&User"));
    user->addActions({ action(NewUser), action(NewUsers), action(Edit), action(ToggleState) });
    user->addMenu(m_stateMenu);
    user->addActions({ action(ChangePassword), action(Delete), action(DeleteByExternalId) });
    user->addSeparator();
    user->addActions(forSeveral);
    user->addSeparator();
    user->addActions(
        { action(CopyRows), action(CopyId), action(CopyEmail), action(SelectAll), action(Find) });
    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addActions({ action(History), action(RecentlyDeleted), action(Activity) });
    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(about);
}

void UserActions::buildToolBar(QToolBar *toolBar)
{
    toolBar->addAction(action(Connections));
    toolBar->addSeparator();
    toolBar->addActions(
        { action(Refresh), action(NewUser), action(NewUsers), action(Edit), action(ToggleState) });
    toolBar->addAction(m_stateMenu->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_stateMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    toolBar->addAction(action(Delete));
}

QMenu *UserActions::contextMenu(QWidget *parent, int selectedCount, const QList<QAction *> &forSeveral) const
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (selectedCount > 1) {
        for (QAction *item : forSeveral) {
            if (item->isVisible())
                menu->addAction(item);
        }
        menu->addSeparator();
        menu->addAction(action(CopyRows));
        return menu;
    }
    for (QAction *item : { action(Edit), action(ToggleState), m_stateMenu->menuAction(),
                           action(ChangePassword), action(Delete) }) {
        if (item->isVisible())
            menu->addAction(item);
    }
    menu->addSeparator();
    menu->addActions({ action(CopyId), action(CopyEmail) });
    return menu;
}

void UserActions::applyCapabilities(const ServiceDescription *description)
{
    const auto can
        = [description](Capability capability) { return description && description->can(capability); };
    action(NewUser)->setVisible(can(Capability::CreateUser));
    action(Edit)->setVisible(can(Capability::UpdateUser));
    action(ToggleState)->setVisible(can(Capability::ToggleState));
    action(Delete)->setVisible(can(Capability::DeleteUser));
    action(NewUsers)->setVisible(can(Capability::BatchCreate));
    action(DeleteByExternalId)->setVisible(can(Capability::DeleteByExternalId));
    action(ChangePassword)->setVisible(can(Capability::ChangePassword));
    // More than two states: the toggle keeps its quick flip and a menu offers each state.
    m_stateMenu->clear();
    const QList<UserState> states = description ? description->states : QList<UserState>();
    m_stateMenu->menuAction()->setVisible(can(Capability::ToggleState) && states.size() > 2);
    for (UserState state : states) {
        QAction *item = m_stateMenu->addAction(UserStates::label(state));
        item->setData(int(state));
        item->setCheckable(true);
        connect(item, &QAction::triggered, this, [this, state] { Q_EMIT stateRequested(state); });
    }
}

void UserActions::update(const User &selected, int selectedCount, bool connected, bool busy)
{
    // One user: the actions on a user. Several: Delete (each asked about at once) and Copy.
    const bool hasUser = connected && selected.isValid() && selectedCount == 1;
    for (Id id : { Refresh, NewUser, NewUsers, DeleteByExternalId, LoadAll, Find, SelectAll })
        action(id)->setEnabled(connected);
    for (Id id : { Edit, CopyId, ChangePassword })
        action(id)->setEnabled(hasUser);
    action(Delete)->setEnabled(connected && selectedCount > 0);
    action(CopyRows)->setEnabled(connected && selectedCount > 0);
    action(CopyEmail)->setEnabled(hasUser && !selected.email.isEmpty());
    const bool active = selected.state != UserState::Inactive && selected.state != UserState::Suspended;
    QAction *toggle = action(ToggleState);
    toggle->setText(active ? tr("Deactivate") : tr("Activate"));
    toggle->setIcon(Theme::icon(active ? QStringLiteral("media-playback-pause")
                                       : QStringLiteral("media-playback-start")));
    toggle->setEnabled(hasUser && selected.state != UserState::Unknown && !busy);
    m_stateMenu->setEnabled(toggle->isEnabled());
    const QList<QAction *> stateActions = m_stateMenu->actions();
    for (QAction *item : stateActions)
        item->setChecked(hasUser && UserState(item->data().toInt()) == selected.state);
}
