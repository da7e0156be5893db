#pragma once

#include "User.h"
#include "UserDirectory.h"

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class ArtifactTableModel;
class IntegrationTableModel;
class EmptyState;
class MessageWidget;
class PagedTableModel;
class ProjectTableModel;
class UserStore;

// Shared by the window's and the pane's tables.
void fitColumns(QTableView *view);

// The selected user: profile, and on their own tabs their projects, latest artifacts and the
// signed-in user's integrations, each shown only where the service has them. Tabs load when
// first shown, so arrowing through the table sends no burst of requests. The profile follows
// the store: whatever change the server confirms for this user shows here at once.
class DetailsPane : public QWidget {
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setStore(UserStore *store);
    // Shows `user` at once and asks the store to read the full record.
    void setUser(const User &user);
    void clearUser();
    QString userId() const { return m_user.id; }
    // The tab shown, by a name that stays the same across languages ("projectsTab"), and back.
    QString currentTabName() const;
    void showTab(const QString &name);
    // Puts the window's actions (edit, toggle state, ...) on the pane's button row.
    void setActions(const QList<QAction *> &actions);
    // Shows the buttons of the actions that are visible (call after changing their visibility).
    void syncActionButtons();

    QTabWidget *tabs() const { return m_tabs; }
    ProjectTableModel *projectModel() const { return m_projects; }
    ArtifactTableModel *artifactModel() const { return m_artifacts; }
    IntegrationTableModel *integrationModel() const { return m_integrations; }

private:
    // A newer copy of the shown user (same id) from the store, without reloading the tabs.
    void refreshUser(const User &user);
    void userGone(const QString &id);
    // After signing in again: loads the server refused for the old credential, again.
    void retryRefused();
    QWidget *createTableTab(PagedTableModel *model, const QString &emptyText, QTableView **view);
    void showProfile();
    // Reads the shown user's full record; a failure says so with Retry.
    void fetchUser();
    void loadCurrentTab();
    void updateTabVisibility();

    QPointer<UserStore> m_store;
    User m_user;
    CallHandle m_fetch;
    QStackedWidget *m_stack;
    EmptyState *m_placeholder;
    QLabel *m_loading;
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_buttonRow;
    MessageWidget *m_message;
    QTabWidget *m_tabs;
    QWidget *m_profileTab;
    QFormLayout *m_profileForm;
    QWidget *m_projectsTab;
    QWidget *m_artifactsTab;
    QWidget *m_integrationsTab;
    ProjectTableModel *m_projects;
    ArtifactTableModel *m_artifacts;
    IntegrationTableModel *m_integrations;
    QList<QToolButton *> m_actionButtons;
    bool m_integrationsLoaded = false;
    bool m_projectsLoaded = false;
    bool m_fetchRefused = false; // the user could not be read: the server refused the credential
    bool m_artifactsLoaded = false;
};
