#pragma once

#include "UserStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

// One user (or one row to create) of a bulk operation, and how it went.
struct BulkItem {
    enum class Status {
        Pending,
        Running,
        Succeeded,
        Failed, // the server refused, or nothing was sent
        Unknown, // sent, but no answer said whether it was applied
        Canceled, // never sent
        Skipped, // left out on purpose (the admin's own account)
    };
    User user; // the user acted on; for a create, what the server answered
    UserChanges input; // for a create: the row to send
    Status status = Status::Pending;
    QString message; // the server's words, or why it was skipped or canceled
    int attempts = 0;

    bool isDone() const { return status != Status::Pending && status != Status::Running; }
};

// A change to many users at once, through the store (so every view and the audit trail follow):
// a bounded number of requests in flight (4 by default), each user's result as it arrives, a
// pause when the server asks to slow down (Retry-After, within a ceiling), cancel (what was sent
// is reported as sent), and the failed ones retried on request. The signed-in admin's own account
// is never part of a deactivation, state change, role change or deletion.
class BulkOperation : public QObject {
    Q_OBJECT

public:
    enum class Kind { SetState, ChangeRole, Delete, Create };
    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConcurrency = 16;
    static constexpr int MaxWaitSeconds = 60; // the longest Retry-After a bulk run waits out
    static constexpr int MaxAttempts = 3; // per item, counting the retries after a 429/503
    static constexpr int BatchSize = 50; // rows per batch request, where the service has one

    static BulkOperation *setState(UserStore *store, const QList<User> &users, UserState state,
                                   QObject *parent = nullptr);
    static BulkOperation *changeRole(UserStore *store, const QList<User> &users, const QString &role,
                                     QObject *parent = nullptr);
    static BulkOperation *remove(UserStore *store, const QList<User> &users, QObject *parent = nullptr);
    // Where the service creates in batches, rows go BatchSize at a time; else one by one.
    static BulkOperation *create(UserStore *store, const QList<UserChanges> &rows, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setConcurrency(int requests);
    int concurrency() const { return m_concurrency; }

    void start();
    // Nothing more is sent; what is in flight is canceled (and reported Unknown if it had left).
    void cancel();
    // Sends the failed, unknown and canceled items again.
    void retryFailed();

    bool isRunning() const { return m_running; }
    bool isPaused() const;
    const QList<BulkItem> &items() const { return m_items; }
    int count(BulkItem::Status status) const;
    int doneCount() const;
    // "12 done, 2 failed, 1 unknown, 1 skipped".
    QString summary() const;

Q_SIGNALS:
    void itemChanged(int index);
    void pausedChanged(bool paused, int seconds);
    void finished();

private:
    BulkOperation(UserStore *store, Kind kind, QObject *parent);
    void pump();
    void startItem(int index);
    void startBatch(const QList<int> &indexes);
    void finishItem(int index, const WriteResult &result);
    bool waitAndRetry(int index, const ApiError &error);
    void setStatus(int index, BulkItem::Status status, const QString &message = QString());
    void checkFinished();

    QPointer<UserStore> m_store;
    Kind m_kind;
    UserState m_state = UserState::Unknown;
    QString m_role;
    QList<BulkItem> m_items;
    QHash<int, QPointer<WriteHandle>> m_inFlight; // by the first item index of its request
    QTimer *m_pause;
    int m_concurrency = DefaultConcurrency;
    bool m_running = false;
    bool m_canceled = false;
};
