#pragma once

#include "UserDirectory.h"

#include <functional>

// An in-memory directory for model and widget tests. It answers asynchronously, as the
// interface requires, and lets a test fail the next call, count calls, hold answers back and
// deliver them late and out of order, and even break the cancel() promise on purpose, so that a
// caller's own guard against stale answers is what a test exercises.
class FakeUserDirectory : public UserDirectory {
    Q_OBJECT

public:
    explicit FakeUserDirectory(int userCount = 0, QObject *parent = nullptr);

    ServiceDescription &mutableDescription() { return m_description; }
    const ServiceDescription &description() const override { return m_description; }

    QList<User> users;
    QHash<QString, QList<Project>> projects;
    QHash<QString, QList<Artifact>> artifacts;
    QList<Integration> integrationList;
    bool reportTotal = true;
    // The next call of any kind fails with this error (then it is cleared).
    std::optional<ApiError> failNext;
    // Calls made while this is true keep their answers until a release*() call delivers them.
    bool holdAnswers = false;
    // While true, the answers of canceled calls are still delivered (released or not): the
    // interface promises they are not, so this shows what a caller does without that promise.
    bool deliverCanceledAnswers = false;
    int calls = 0;
    int cancels = 0; // cancel() calls on this directory's calls
    QList<UserQuery> queries;
    QList<UserChanges> changesSeen;
    std::function<Result<User>(const User &, const UserChanges &)> updateHandler;

    int heldCount() const { return int(m_held.size()); }
    // Delivers the held answers at once: in the order the calls were made, or the last call's
    // first. Answers of calls made meanwhile wait for the next release.
    void release();
    void releaseReversed();
    // Delivers the held answer of the index-th held call (in call order); false if there is none.
    bool releaseAt(int index);
    static User makeUser(int index);

    CallHandle fetchCurrentUser(QObject *context, Callback<User> done) override;
    CallHandle fetchUsers(const UserQuery &query, QObject *context, Callback<Page<User>> done) override;
    CallHandle fetchUser(const QString &id, QObject *context, Callback<User> done) override;
    CallHandle createUser(const UserChanges &input, QObject *context, Callback<User> done) override;
    CallHandle updateUser(const User &original, const UserChanges &changes, QObject *context,
                          Callback<User> done) override;
    CallHandle setUserState(const User &user, UserState state, QObject *context,
                            Callback<User> done) override;
    CallHandle deleteUser(const User &user, QObject *context, Callback<Done> done) override;
    CallHandle deleteUserByExternalId(const QString &externalId, QObject *context,
                                      Callback<Done> done) override;
    CallHandle createUsers(const QList<UserChanges> &inputs, QObject *context,
                           Callback<BatchResult> done) override;
    CallHandle changePassword(const User &user, const QString &password, QObject *context,
                              Callback<Done> done) override;
    CallHandle fetchProjects(const QString &userId, int page, int pageSize, QObject *context,
                             Callback<Page<Project>> done) override;
    CallHandle fetchArtifacts(const QString &userId, QObject *context,
                              Callback<Page<Artifact>> done) override;
    CallHandle fetchIntegrations(QObject *context, Callback<Page<Integration>> done) override;

private:
    template<typename T>
    CallHandle answer(QObject *context, Callback<T> done, std::function<Result<T>()> produce);
    template<typename T> static Page<T> slice(const QList<T> &all, int page, int pageSize, bool withTotal);

    ServiceDescription m_description;
    QList<std::function<void()>> m_held;
};
