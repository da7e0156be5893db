#pragma once

#include "Records.h"
#include "Result.h"
#include "ServiceDescription.h"
#include "User.h"

#include <QObject>
#include <QPointer>

// An outstanding call. cancel() guarantees its callback is never invoked.
class PendingCall : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void cancel() = 0;
    // Whether the request has left for the server (a canceled write may have been applied).
    virtual bool wasSent() const { return true; }
};
using CallHandle = QPointer<PendingCall>;

// The users of one connected service, as models and views ask for them. network/ implements it
// for the real services; tests implement it in memory. Every call is asynchronous: the callback
// runs later on the caller's thread, and only while `context` is alive and the call not canceled.
class UserDirectory : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual const ServiceDescription &description() const = 0;

    virtual CallHandle fetchCurrentUser(QObject *context, Callback<User> done) = 0;
    virtual CallHandle fetchUsers(const UserQuery &query, QObject *context, Callback<Page<User>> done) = 0;
    virtual CallHandle fetchUser(const QString &id, QObject *context, Callback<User> done) = 0;
    virtual CallHandle createUser(const UserChanges &input, QObject *context, Callback<User> done) = 0;
    virtual CallHandle updateUser(const User &original, const UserChanges &changes, QObject *context,
                                  Callback<User> done)
        = 0;
    // Answers the user as the server reports them afterwards (at least id and state).
    virtual CallHandle setUserState(const User &user, UserState state, QObject *context, Callback<User> done)
        = 0;
    virtual CallHandle deleteUser(const User &user, QObject *context, Callback<Done> done) = 0;
    // Capability::DeleteByExternalId: deletes the user the service knows by this external id.
    virtual CallHandle deleteUserByExternalId(const QString &externalId, QObject *context,
                                              Callback<Done> done)
        = 0;
    // Capability::BatchCreate: partial success is a success with failures listed.
    virtual CallHandle createUsers(const QList<UserChanges> &inputs, QObject *context,
                                   Callback<BatchResult> done)
        = 0;
    // Capability::ChangePassword.
    virtual CallHandle changePassword(const User &user, const QString &password, QObject *context,
                                      Callback<Done> done)
        = 0;
    virtual CallHandle fetchProjects(const QString &userId, int page, int pageSize, QObject *context,
                                     Callback<Page<Project>> done)
        = 0;
    virtual CallHandle fetchArtifacts(const QString &userId, QObject *context, Callback<Page<Artifact>> done)
        = 0;
    virtual CallHandle fetchIntegrations(QObject *context, Callback<Page<Integration>> done) = 0;

Q_SIGNALS:
    // The service refused the credential (401): the UI asks for it again and retries.
    void credentialRejected();
};
