#include "BulkOperation.h"

#include "ModelsLogging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

BulkOperation::BulkOperation(UserStore *store, Kind kind, QObject *parent)
    : QObject(parent), m_store(store), m_kind(kind), m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setTimerType(Qt::PreciseTimer);
    connect(m_pause, &QTimer::timeout, this, [this] {
        Q_EMIT pausedChanged(false, 0);
        pump();
    });
}

namespace {
QList<BulkItem> itemsFor(const UserStore *store, const QList<User> &users)
{
    // The signed-in admin cannot take away their own access by accident.
    const QString me = store ? store->actor().id : QString();
    QList<BulkItem> items;
    items.reserve(users.size());
    for (const User &user : users) {
        BulkItem item;
        item.user = user;
        if (!me.isEmpty() && user.id == me) {
            item.status = BulkItem::Status::Skipped;
            item.message = QCoreApplication::translate("BulkOperation", "Your own account is left out.");
        }
        items.append(item);
    }
    return items;
}
} // namespace

BulkOperation *BulkOperation::setState(UserStore *store, const QList<User> &users, UserState state,
                                       QObject *parent)
{
    auto *operation = new BulkOperation(store, Kind::SetState, parent);
    operation->m_state = state;
    operation->m_items = itemsFor(store, users);
    return operation;
}

BulkOperation *BulkOperation::changeRole(UserStore *store, const QList<User> &users, const QString &role,
                                         QObject *parent)
{
    auto *operation = new BulkOperation(store, Kind::ChangeRole, parent);
    operation->m_role = role;
    operation->m_items = itemsFor(store, users);
    return operation;
}

BulkOperation *BulkOperation::remove(UserStore *store, const QList<User> &users, QObject *parent)
{
    auto *operation = new BulkOperation(store, Kind::Delete, parent);
    operation->m_items = itemsFor(store, users);
    return operation;
}

BulkOperation *BulkOperation::create(UserStore *store, const QList<UserChanges> &rows, QObject *parent)
{
    auto *operation = new BulkOperation(store, Kind::Create, parent);
    for (const UserChanges &row : rows) {
        BulkItem item;
        item.input = row;
        operation->m_items.append(item);
    }
    return operation;
}

void BulkOperation::setConcurrency(int requests)
{
    m_concurrency = qBound(1, requests, MaxConcurrency);
}

bool BulkOperation::isPaused() const
{
    return m_pause->isActive();
}

int BulkOperation::count(BulkItem::Status status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [status](const BulkItem &item) { return item.status == status; }));
}

int BulkOperation::doneCount() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [](const BulkItem &item) { return item.isDone(); }));
}

QString BulkOperation::summary() const
{
    QStringList parts;
    const int done = count(BulkItem::Status::Succeeded);
    parts << QCoreApplication::translate("BulkOperation", "%Ln done", nullptr, done);
    if (const int failed = count(BulkItem::Status::Failed))
        parts << QCoreApplication::translate("BulkOperation", "%Ln failed", nullptr, failed);
    if (const int unknown = count(BulkItem::Status::Unknown))
        parts << QCoreApplication::translate("BulkOperation", "%Ln with no answer", nullptr, unknown);
    if (const int canceled = count(BulkItem::Status::Canceled))
        parts << QCoreApplication::translate("BulkOperation", "%Ln not sent", nullptr, canceled);
    if (const int skipped = count(BulkItem::Status::Skipped))
        parts << QCoreApplication::translate("BulkOperation", "%Ln left out", nullptr, skipped);
    return parts.join(QStringLiteral(", "));
}

void BulkOperation::start()
{
    if (m_running || !m_store)
        return;
    m_running = true;
    m_canceled = false;
    pump();
    checkFinished();
}

void BulkOperation::retryFailed()
{
    if (m_running)
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        const BulkItem::Status status = m_items.at(i).status;
        if (status == BulkItem::Status::Failed || status == BulkItem::Status::Unknown
            || status == BulkItem::Status::Canceled) {
            m_items[i].attempts = 0;
            setStatus(i, BulkItem::Status::Pending);
        }
    }
    start();
}

void BulkOperation::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    m_pause->stop();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).status == BulkItem::Status::Pending)
            setStatus(i, BulkItem::Status::Canceled,
                      QCoreApplication::translate("BulkOperation", "Canceled before it was sent."));
    }
    // The handles answer at once (Failed or Unknown), which finishes their items.
    const auto running = m_inFlight.values();
    for (const QPointer<WriteHandle> &handle : running) {
        if (handle)
            handle->cancel();
    }
    checkFinished();
}

void BulkOperation::pump()
{
    if (!m_running || m_canceled || m_pause->isActive() || !m_store)
        return;
    const bool batches = m_kind == Kind::Create && m_store->description().can(Capability::BatchCreate);
    for (int i = 0; i < m_items.size() && m_inFlight.size() < m_concurrency; ++i) {
        if (m_items.at(i).status != BulkItem::Status::Pending)
            continue;
        if (!batches) {
            startItem(i);
            continue;
        }
        QList<int> chunk;
        for (int j = i; j < m_items.size() && chunk.size() < BatchSize; ++j) {
            if (m_items.at(j).status == BulkItem::Status::Pending)
                chunk << j;
        }
        startBatch(chunk);
    }
}

void BulkOperation::startItem(int index)
{
    BulkItem &item = m_items[index];
    ++item.attempts;
    WriteHandle *handle = nullptr;
    switch (m_kind) {
    case Kind::SetState:
        handle = m_store->setState(item.user, m_state);
        break;
    case Kind::ChangeRole:
        handle = m_store->update(item.user, { { UserField::Role, m_role } });
        break;
    case Kind::Delete:
        handle = m_store->remove(item.user);
        break;
    case Kind::Create:
        handle = m_store->create(item.input);
        break;
    }
    m_inFlight.insert(index, handle);
    setStatus(index, BulkItem::Status::Running);
    connect(handle, &WriteHandle::finished, this, [this, index](const WriteResult &result) {
        m_inFlight.remove(index);
        finishItem(index, result);
        pump();
        checkFinished();
    });
}

void BulkOperation::startBatch(const QList<int> &indexes)
{
    QList<UserChanges> rows;
    for (int index : indexes) {
        ++m_items[index].attempts;
        rows << m_items.at(index).input;
        setStatus(index, BulkItem::Status::Running);
    }
    WriteHandle *handle = m_store->createBatch(rows);
    m_inFlight.insert(indexes.first(), handle);
    connect(handle, &WriteHandle::finished, this, [this, indexes](const WriteResult &result) {
        m_inFlight.remove(indexes.first());
        if (!result.succeeded()) {
            for (int index : indexes)
                finishItem(index, result);
        } else {
            // Created users are matched to their rows by position among the rows not refused.
            QHash<int, ApiError> refused;
            for (const BatchFailure &failure : result.failures)
                refused.insert(failure.index, failure.error);
            int created = 0;
            for (int position = 0; position < indexes.size(); ++position) {
                WriteResult one;
                if (refused.contains(position)) {
                    one.outcome = WriteResult::Outcome::Failed;
                    one.error = refused.value(position);
                } else {
                    one.outcome = WriteResult::Outcome::Succeeded;
                    one.user = result.users.value(created++);
                }
                finishItem(indexes.at(position), one);
            }
        }
        pump();
        checkFinished();
    });
}

bool BulkOperation::waitAndRetry(int index, const ApiError &error)
{
    // "Slow down": nothing was done, so the item may go again after the wait the server asked
    // for — within a ceiling of our own, and a few times at most.
    const bool slowDown = error.kind() == ApiError::Kind::RateLimited
        || (error.kind() == ApiError::Kind::ServerError && error.httpStatus() == 503);
    if (!slowDown || m_canceled || m_items.at(index).attempts >= MaxAttempts)
        return false;
    const qint64 seconds = error.retryAfterSeconds().value_or(2);
    if (seconds > MaxWaitSeconds)
        return false;
    setStatus(index, BulkItem::Status::Pending,
              QCoreApplication::translate("BulkOperation", "The server asked to wait; trying again."));
    if (!m_pause->isActive() || m_pause->remainingTime() < seconds * 1000) {
        m_pause->start(int(qMax<qint64>(seconds * 1000, 100)));
        Q_EMIT pausedChanged(true, int(seconds));
    }
    qCInfo(lcModels) << "bulk operation paused for" << seconds << "s at the server's request";
    return true;
}

void BulkOperation::finishItem(int index, const WriteResult &result)
{
    BulkItem &item = m_items[index];
    switch (result.outcome) {
    case WriteResult::Outcome::Succeeded:
        if (result.user.isValid())
            item.user = result.user;
        setStatus(index, BulkItem::Status::Succeeded);
        return;
    case WriteResult::Outcome::Unknown:
        if (result.user.isValid())
            item.user = result.user;
        setStatus(
            index, BulkItem::Status::Unknown,
            QCoreApplication::translate(
                "BulkOperation", "Sent, but no answer came: the server may or may not have applied it (%1).")
                .arg(result.error.message()));
        return;
    case WriteResult::Outcome::Conflict:
        setStatus(
            index, BulkItem::Status::Failed,
            QCoreApplication::translate(
                "BulkOperation", "Changed on the server meanwhile; open the user to choose what stays."));
        return;
    case WriteResult::Outcome::Failed:
        if (result.error.kind() == ApiError::Kind::Canceled) {
            setStatus(index, BulkItem::Status::Canceled,
                      QCoreApplication::translate("BulkOperation", "Canceled before it was sent."));
            return;
        }
        if (waitAndRetry(index, result.error))
            return;
        setStatus(index, BulkItem::Status::Failed, result.error.toString());
        return;
    }
}

void BulkOperation::setStatus(int index, BulkItem::Status status, const QString &message)
{
    m_items[index].status = status;
    m_items[index].message = message;
    Q_EMIT itemChanged(index);
}

void BulkOperation::checkFinished()
{
    if (!m_running || !m_inFlight.isEmpty() || m_pause->isActive())
        return;
    const bool pending = std::any_of(m_items.cbegin(), m_items.cend(), [](const BulkItem &item) {
        return item.status == BulkItem::Status::Pending;
    });
    if (pending && !m_canceled)
        return;
    m_running = false;
    Q_EMIT finished();
}
