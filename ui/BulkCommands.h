#pragma once

#include "BulkOperation.h"
#include "BulkProgressDialog.h"
#include "ServiceDescription.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMenu;
class QWidget;

// Changes to every selected user at once: activate, deactivate, set a state, change the role,
// delete — each shown only where the connected service can do it. Deleting and deactivating
// (or any state but active) first ask, with the count and the names, and say when the signed-in
// admin's own account is left out; users already as asked are left alone. The change then runs
// as a BulkOperation through the store, followed in a BulkProgressDialog.
//
// The actions are for the window's menus, tool bar and context menu; the window hands over its
// selection and calls update() when the selection or the connection changes.
class BulkCommands : public QObject {
    Q_OBJECT

public:
    explicit BulkCommands(QWidget *window);

    void setStore(UserStore *store);
    // The users the commands act on: the window's selected rows.
    void setSelection(std::function<QList<User>()> selectedUsers) { m_selected = std::move(selectedUsers); }
    // Requests in flight at once (the connection profile's setting).
    void setConcurrency(int requests) { m_concurrency = requests; }
    int concurrency() const { return m_concurrency; }

    QAction *activateAction() const { return m_activate; }
    QAction *deactivateAction() const { return m_deactivate; }
    QAction *deleteAction() const { return m_delete; }
    QMenu *setStateMenu() const { return m_stateMenu; }
    QMenu *changeRoleMenu() const { return m_roleMenu; }
    // All of them in menu order (the two menus by their menu actions), for embedding.
    QList<QAction *> actions() const;

    // Shows what the service can do and enables it for `selectedCount` users.
    void update(int selectedCount, const ServiceDescription *description);

    void activate();
    void deactivate();
    void setState(UserState state);
    void changeRole(const QString &role);
    void remove();

    // How many names a confirmation lists before "and N more".
    static constexpr int MaxNamesListed = 10;

Q_SIGNALS:
    // A run started; its dialog is open.
    void progressOpened(BulkProgressDialog *dialog);
    // A run ended, with its summary ("12 done, 2 failed"), for the status bar.
    void finished(const QString &summary);

private:
    struct Plan {
        QList<User> send; // the users to change, with the admin's own account if selected
        int changing = 0; // of them, the ones that will really be sent
        User me; // the admin's own account, when it was selected
        int alreadyDone = 0; // selected users already as asked
    };
    Plan plan(const std::function<bool(const User &)> &alreadyDone) const;
    // The confirmation's text: the question, the names and what is left out.
    static QString confirmationText(const QString &question, const Plan &plan, const QString &alreadyNote);
    void confirmThenRun(const QString &title, const QString &text, const QString &detail,
                        const QString &confirmText, std::function<void()> run);
    void run(BulkOperation *operation, const QString &title);
    // Nothing left to change: say why instead of running an empty operation.
    bool nothingToDo(const Plan &plan, const QString &alreadyNote);

    QWidget *m_window;
    QPointer<UserStore> m_store;
    std::function<QList<User>()> m_selected;
    int m_concurrency = BulkOperation::DefaultConcurrency;
    QAction *m_activate;
    QAction *m_deactivate;
    QAction *m_delete;
    QMenu *m_stateMenu;
    QMenu *m_roleMenu;
};
