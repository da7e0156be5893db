#pragma once

#include "RecoveryLog.h"
#include "UserStore.h"

#include <QObject>
#include <QPointer>
#include <functional>

class MessageWidget;
class QStatusBar;
class QWidget;

// What the admin asks the open connection to change: each command opens its dialog or
// confirmation and hands the change to the store; the result is said in the status bar or the
// message bar. Nothing here touches a model: the store announces what the server confirmed.
class UserCommands : public QObject {
    Q_OBJECT

public:
    UserCommands(QWidget *window, MessageWidget *message, QStatusBar *statusBar);

    void setStore(UserStore *store);
    // Who the commands act on: the window's selected user.
    void setSelection(std::function<User()> selected) { m_selected = std::move(selected); }
    bool isChangingState() const { return !m_stateChange.isNull(); }

    void createUser();
    void editUser();
    void toggleState();
    void setState(UserState target);
    void deleteUser();
    void deleteByExternalId();
    void createUsersInBatch();
    void changePassword();
    // Opens the create dialog with the deleted user's fields.
    void recreate(const DeletedUser &record);

Q_SIGNALS:
    void stateChangeRunning(bool running);
    // A user the admin just created, to select in the table.
    void userCreated(const QString &id);

private:
    void report(const WriteResult &result, const QString &doneText);
    void showError(const ApiError &error);

    QWidget *m_window;
    MessageWidget *m_message;
    QStatusBar *m_statusBar;
    QPointer<UserStore> m_store;
    std::function<User()> m_selected;
    QPointer<WriteHandle> m_stateChange;
};
