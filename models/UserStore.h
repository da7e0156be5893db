#pragma once

#include "AuditTrail.h"
#include "RecoveryLog.h"
#include "UserDirectory.h"
#include "UserMerge.h"

#include <QObject>
#include <QPointer>
#include <functional>

// How a write ended.
struct WriteResult {
    enum class Outcome {
        Succeeded,
        Failed, // the server refused, or nothing was sent
        Unknown, // sent, but no answer says whether it was applied: the store re-read the user
        Conflict, // nothing sent: the user changed on the server meanwhile (see conflicts)
    };
    Outcome outcome = Outcome::Failed;
    ApiError error; // Failed and Unknown
    // Succeeded: the user as the server answered. Unknown: as the server holds them now (when
    // the re-read worked). Conflict: as the server holds them now ("theirs").
    User user;
    QList<User> users; // a batch: the users created
    QList<BatchFailure> failures; // a batch: the rows refused
    QList<FieldConflict> conflicts;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

// One write in progress: cancel it, or wait for finished(). Owned by the store; it deletes
// itself after finishing.
class WriteHandle : public QObject {
    Q_OBJECT

public:
    explicit WriteHandle(QObject *parent = nullptr) : QObject(parent) { }

    // Before the request left: nothing is sent (Failed, Canceled). After: the outcome is
    // Unknown and the store re-reads the user.
    void cancel();
    bool isFinished() const { return m_finished; }
    const WriteResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const WriteResult &result);

private:
    friend class UserStore;
    void track(CallHandle call) { m_call = call; }
    void finish(const WriteResult &result);

    CallHandle m_call;
    std::function<void(bool sent)> m_onCancel; // what canceling means in the current phase
    WriteResult m_result;
    bool m_finished = false;
    bool m_canceled = false;
};

// Who and where, for the audit trail and the recovery file.
struct StoreContext {
    QString connectionId;
    QString connectionName;
    QString connectionUrl; // without user info
    QString serviceKind;
};

// The one owner of changes to the users of one connection (KeePassXC's Group with its
// entryAdded, qBittorrent's Session with torrentsUpdated). Dialogs and windows issue commands;
// only the store sends writes, and after the server confirmed one it announces the result:
// userChanged(), usersAdded(), userRemoved(). Every model and pane that shows users listens.
//
// Updates never lose someone else's change: the store reads the user again before saving and
// compares with the copy the dialog opened; a field both changed differently is a Conflict and
// nothing is sent. A full-replacement update is built from the fresh copy plus the admin's
// changes, and free-form metadata is merged key by key. Every write is appended to the audit
// trail; every deleted user's last full record goes to the recovery file.
class UserStore : public QObject {
    Q_OBJECT

public:
    explicit UserStore(UserDirectory *directory, QObject *parent = nullptr);

    UserDirectory *directory() const { return m_directory; }
    const ServiceDescription &description() const { return m_directory->description(); }

    void setContext(const StoreContext &context) { m_context = context; }
    const StoreContext &context() const { return m_context; }
    void setAuditTrail(AuditTrail *trail) { m_audit = trail; }
    void setRecoveryLog(RecoveryLog *log) { m_recovery = log; }
    // The signed-in admin, where the service says who that is.
    void setActor(const User &me);
    // Called by the connection once a new credential replaced one the server refused.
    void announceSignedInAgain() { Q_EMIT signedInAgain(); }
    const User &actor() const { return m_actor; }

    // `recoveryKey`: the recovery record this create brings back, if any.
    WriteHandle *create(const UserChanges &input, const QString &recoveryKey = QString());
    // `asOpened` is the user as the dialog showed them; `changes` what the admin changed.
    WriteHandle *update(const User &asOpened, const UserChanges &changes);
    WriteHandle *setState(const User &user, UserState state);
    WriteHandle *remove(const User &user);
    WriteHandle *removeByExternalId(const QString &externalId);
    WriteHandle *createBatch(const QList<UserChanges> &inputs);
    WriteHandle *changePassword(const User &user, const QString &password);

    // Reads a user again; announces userChanged(), or userRemoved() when the server says 404.
    CallHandle refresh(const QString &id, QObject *context = nullptr, Callback<User> done = {});

Q_SIGNALS:
    void userChanged(const User &user);
    void usersAdded(const QList<User> &users);
    void userRemoved(const QString &id);
    // The server refused the credential and the admin signed in again: what was refused for
    // that reason (a save, a tab's page) can be asked for again.
    void signedInAgain();

private:
    WriteHandle *startHandle();
    void audit(AuditEntry::Operation operation, const User &before, const User &after,
               const UserFieldSet &fields, const WriteResult &result, bool passwordChanged = false);
    // After a write ended without an answer: re-read `id`, announce what the server holds, and
    // finish `handle` as Unknown with that.
    void settleUnknown(WriteHandle *handle, const QString &id, const ApiError &error,
                       std::function<void(const WriteResult &)> record);
    void sendUpdate(WriteHandle *handle, const User &asOpened, const User &theirs,
                    const UserChanges &changes);
    void sendRemove(WriteHandle *handle, const User &known, bool byExternalId);
    static WriteResult failed(const ApiError &error);

    QPointer<UserDirectory> m_directory;
    QPointer<AuditTrail> m_audit;
    QPointer<RecoveryLog> m_recovery;
    StoreContext m_context;
    User m_actor;
};
