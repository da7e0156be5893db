#include "UserStore.h"

#include "ModelsLogging.h"
#include "UserJson.h"
#include "UserMerge.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
QString describeActor(const User &me)
{
    if (!me.isValid())
        return QString();
    QString text = me.displayName();
    if (!me.email.isEmpty() && me.email != text)
        text += QStringLiteral(" <") + me.email + QLatin1Char('>');
    if (text != me.id)
        text += QStringLiteral(" (") + me.id + QLatin1Char(')');
    return text;
}

ApiError canceledBeforeSending()
{
    return ApiError(
        ApiError::Kind::Canceled,
        QCoreApplication::translate("UserStore", "Canceled before anything was sent; nothing changed."));
}
} // namespace

// ---- WriteHandle ----

void WriteHandle::cancel()
{
    if (m_finished || m_canceled)
        return;
    m_canceled = true;
    // Asked before canceling: whether the write's bytes had left decides Failed or Unknown.
    const bool sent = m_call && m_call->wasSent();
    if (m_call)
        m_call->cancel();
    if (m_onCancel) {
        const auto onCancel = std::exchange(m_onCancel, {});
        onCancel(sent);
        return;
    }
    WriteResult result;
    result.error = canceledBeforeSending();
    finish(result);
}

void WriteHandle::finish(const WriteResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onCancel = {};
    m_result = result;
    Q_EMIT finished(result);
    deleteLater();
}

// ---- UserStore ----

UserStore::UserStore(UserDirectory *directory, QObject *parent) : QObject(parent), m_directory(directory) { }

void UserStore::setActor(const User &me)
{
    m_actor = me;
}

WriteResult UserStore::failed(const ApiError &error)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Failed;
    result.error = error;
    return result;
}

WriteHandle *UserStore::startHandle()
{
    return new WriteHandle(this);
}

void UserStore::audit(AuditEntry::Operation operation, const User &before, const User &after,
                      const UserFieldSet &fields, const WriteResult &result, bool passwordChanged)
{
    if (!m_audit)
        return;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.connectionName = m_context.connectionName;
    entry.connectionUrl = m_context.connectionUrl;
    entry.actor = describeActor(m_actor);
    entry.operation = operation;
    // Whom it concerned: the user afterwards, or before a delete; a refused create has only what
    // was asked for (no id yet).
    const User &subject = after.isValid() || !before.isValid() ? after : before;
    entry.userId = subject.id;
    entry.userName = subject.displayName();
    for (UserField field : UserFields::all()) {
        if (!fields.contains(field) || field == UserField::Password || field == UserField::Active)
            continue;
        const QJsonValue was = before.isValid() && before.present.contains(field)
            ? UserMerge::comparable(before, field)
            : QJsonValue();
        const QJsonValue now = UserMerge::comparable(after, field);
        if (was != now)
            entry.changes.append({ UserFields::key(field), was, now });
    }
    if (passwordChanged)
        entry.changes.append({ UserFields::key(UserField::Password), QJsonValue(), QJsonValue() });
    switch (result.outcome) {
    case WriteResult::Outcome::Succeeded:
        entry.outcome = AuditEntry::Outcome::Succeeded;
        break;
    case WriteResult::Outcome::Unknown:
        entry.outcome = AuditEntry::Outcome::Unknown;
        break;
    case WriteResult::Outcome::Failed:
    case WriteResult::Outcome::Conflict:
        entry.outcome = AuditEntry::Outcome::Failed;
        break;
    }
    entry.httpStatus = result.error.httpStatus();
    if (result.error.isError())
        entry.error = result.error.toString();
    m_audit->append(entry);
}

void UserStore::settleUnknown(WriteHandle *handle, const QString &id, const ApiError &error,
                              std::function<void(const WriteResult &)> record)
{
    WriteResult result;
    result.outcome = WriteResult::Outcome::Unknown;
    result.error = error;
    if (id.isEmpty() || !m_directory) {
        record(result);
        handle->finish(result);
        return;
    }
    // The answer never came: ask the server what it holds now, and show that.
    QPointer<WriteHandle> guard(handle);
    m_directory->fetchUser(id, this, [this, guard, id, result, record](const Result<User> &now) mutable {
        if (now) {
            result.user = *now;
            Q_EMIT userChanged(*now);
        } else if (now.error().kind() == ApiError::Kind::NotFound) {
            Q_EMIT userRemoved(id);
        }
        record(result);
        if (guard)
            guard->finish(result);
    });
}

WriteHandle *UserStore::create(const UserChanges &input, const QString &recoveryKey)
{
    WriteHandle *handle = startHandle();
    const auto operation
        = recoveryKey.isEmpty() ? AuditEntry::Operation::Create : AuditEntry::Operation::Recreate;
    UserFieldSet fields{ UserField::Id };
    for (auto it = input.cbegin(); it != input.cend(); ++it)
        fields.insert(it.key());
    const bool withPassword = input.contains(UserField::Password);
    User intended = UserMerge::applied(User(), input);
    intended.id.clear();
    QPointer<WriteHandle> guard(handle);
    const CallHandle call = m_directory->createUser(
        input, this,
        [this, guard, fields, operation, recoveryKey, withPassword, intended](const Result<User> &answer) {
            WriteResult result;
            if (answer) {
                result.outcome = WriteResult::Outcome::Succeeded;
                result.user = *answer;
                if (!recoveryKey.isEmpty() && m_recovery)
                    m_recovery->markRecreated(recoveryKey, answer->id);
                Q_EMIT usersAdded({ *answer });
            } else {
                result = failed(answer.error());
                // No id to read back: the admin is told to look before trying again.
                if (answer.error().mayHaveReachedServer())
                    result.outcome = WriteResult::Outcome::Unknown;
            }
            // A refused create is recorded with what was asked for (never the password).
            audit(operation, User(), result.succeeded() ? result.user : intended, fields, result,
                  withPassword && result.succeeded());
            if (guard)
                guard->finish(result);
        });
    handle->track(call);
    handle->m_onCancel = [this, handle, fields, operation](bool sent) {
        WriteResult result = failed(canceledBeforeSending());
        if (sent) {
            result.outcome = WriteResult::Outcome::Unknown;
            result.error
                = ApiError(ApiError::Kind::Canceled,
                           QCoreApplication::translate(
                               "UserStore",
                               "Canceled after the request was sent; the user may or may not have been "
                               "created. Refresh the list to see."));
            audit(operation, User(), User(), fields, result);
        }
        handle->finish(result);
    };
    return handle;
}

WriteHandle *UserStore::update(const User &asOpened, const UserChanges &changes)
{
    WriteHandle *handle = startHandle();
    QPointer<WriteHandle> guard(handle);
    // First the server's copy as it is now: someone else may have changed the user meanwhile.
    const CallHandle check = m_directory->fetchUser(
        asOpened.id, this, [this, guard, asOpened, changes](const Result<User> &theirs) {
            if (!guard || guard->isFinished())
                return; // canceled meanwhile: nothing more is sent
            if (!theirs) {
                if (theirs.error().kind() == ApiError::Kind::NotFound)
                    Q_EMIT userRemoved(asOpened.id);
                ApiError error = theirs.error();
                if (error.kind() == ApiError::Kind::NotFound)
                    error = ApiError(ApiError::Kind::NotFound,
                                     QCoreApplication::translate(
                                         "UserStore", "%1 no longer exists on the server; nothing was saved.")
                                         .arg(asOpened.displayName()),
                                     error.httpStatus());
                guard->finish(failed(error));
                return;
            }
            const QList<FieldConflict> clashes = UserMerge::conflicts(asOpened, *theirs, changes);
            if (!clashes.isEmpty()) {
                WriteResult result;
                result.outcome = WriteResult::Outcome::Conflict;
                result.user = *theirs;
                result.conflicts = clashes;
                Q_EMIT userChanged(*theirs); // what the server holds now is shown everywhere
                guard->finish(result);
                return;
            }
            const UserChanges send = UserMerge::changesAgainst(asOpened, *theirs, changes);
            if (send.isEmpty()) {
                WriteResult result; // the server already holds what the admin wants
                result.outcome = WriteResult::Outcome::Succeeded;
                result.user = *theirs;
                Q_EMIT userChanged(*theirs);
                guard->finish(result);
                return;
            }
            sendUpdate(guard, asOpened, *theirs, send);
        });
    handle->track(check);
    return handle;
}

void UserStore::sendUpdate(WriteHandle *handle, const User &asOpened, const User &theirs,
                           const UserChanges &send)
{
    Q_UNUSED(asOpened)
    UserFieldSet fields;
    for (auto it = send.cbegin(); it != send.cend(); ++it)
        fields.insert(it.key());
    const User intended = UserMerge::applied(theirs, send);
    QPointer<WriteHandle> guard(handle);
    const auto record = [this, theirs, intended, fields](const WriteResult &result) {
        audit(AuditEntry::Operation::Update, theirs, result.user.isValid() ? result.user : intended, fields,
              result);
    };
    const CallHandle call = m_directory->updateUser(
        theirs, send, this, [this, guard, theirs, record](const Result<User> &answer) {
            if (answer) {
                WriteResult result;
                result.outcome = WriteResult::Outcome::Succeeded;
                result.user = mergeUser(theirs, *answer);
                Q_EMIT userChanged(result.user);
                record(result);
                if (guard)
                    guard->finish(result);
            } else if (answer.error().mayHaveReachedServer()) {
                if (guard)
                    settleUnknown(guard, theirs.id, answer.error(), record);
            } else {
                const WriteResult result = failed(answer.error());
                record(result);
                if (guard)
                    guard->finish(result);
            }
        });
    handle->track(call);
    handle->m_onCancel = [this, handle, theirs, record](bool sent) {
        if (sent)
            settleUnknown(
                handle, theirs.id,
                ApiError(ApiError::Kind::Canceled,
                         QCoreApplication::translate("UserStore", "Canceled after the change was sent.")),
                record);
        else
            handle->finish(failed(canceledBeforeSending()));
    };
}

WriteHandle *UserStore::setState(const User &user, UserState state)
{
    WriteHandle *handle = startHandle();
    QPointer<WriteHandle> guard(handle);
    User target = user;
    target.state = state;
    const auto record = [this, user, target](const WriteResult &result) {
        audit(AuditEntry::Operation::SetState, user, result.user.isValid() ? result.user : target,
              { UserField::State }, result);
    };
    const CallHandle call = m_directory->setUserState(
        user, state, this, [this, guard, user, record](const Result<User> &answer) {
            if (answer) {
                WriteResult result;
                result.outcome = WriteResult::Outcome::Succeeded;
                result.user = mergeUser(user, *answer); // the server's answer, not what was asked
                Q_EMIT userChanged(result.user);
                record(result);
                if (guard)
                    guard->finish(result);
            } else if (answer.error().mayHaveReachedServer()) {
                if (guard)
                    settleUnknown(guard, user.id, answer.error(), record);
            } else {
                const WriteResult result = failed(answer.error());
                record(result);
                if (guard)
                    guard->finish(result);
            }
        });
    handle->track(call);
    handle->m_onCancel = [this, handle, user, record](bool sent) {
        if (sent)
            settleUnknown(handle, user.id,
                          ApiError(ApiError::Kind::Canceled,
                                   QCoreApplication::translate("UserStore", "Canceled after it was sent.")),
                          record);
        else
            handle->finish(failed(canceledBeforeSending()));
    };
    return handle;
}

WriteHandle *UserStore::remove(const User &user)
{
    WriteHandle *handle = startHandle();
    QPointer<WriteHandle> guard(handle);
    // The freshest full record goes to the recovery file; a user already gone is said so.
    const CallHandle check
        = m_directory->fetchUser(user.id, this, [this, guard, user](const Result<User> &fresh) {
              if (!guard)
                  return;
              if (!fresh) {
                  if (fresh.error().kind() == ApiError::Kind::NotFound) {
                      Q_EMIT userRemoved(user.id);
                      guard->finish(failed(ApiError(
                          ApiError::Kind::NotFound,
                          QCoreApplication::translate("UserStore", "%1 was already deleted on the server.")
                              .arg(user.displayName()),
                          fresh.error().httpStatus())));
                      return;
                  }
                  guard->finish(failed(fresh.error()));
                  return;
              }
              sendRemove(guard, mergeUser(user, *fresh), false);
          });
    handle->track(check);
    return handle;
}

WriteHandle *UserStore::removeByExternalId(const QString &externalId)
{
    WriteHandle *handle = startHandle();
    QPointer<WriteHandle> guard(handle);
    UserQuery query;
    query.pageSize = 10;
    query.filters.insert(UserField::ExternalId, externalId);
    // Who it is first: the recovery file keeps their record, and every view drops them by id.
    const CallHandle lookup
        = m_directory->fetchUsers(query, this, [this, guard, externalId](const Result<Page<User>> &page) {
              if (!guard || guard->isFinished())
                  return; // canceled meanwhile: nothing is deleted
              if (!page) {
                  guard->finish(failed(page.error()));
                  return;
              }
              const auto match
                  = std::find_if(page->items.cbegin(), page->items.cend(),
                                 [&](const User &user) { return user.externalId == externalId; });
              if (match == page->items.cend()) {
                  guard->finish(
                      failed(ApiError(ApiError::Kind::NotFound,
                                      QCoreApplication::translate(
                                          "UserStore", "No user has the external ID %1; nothing was deleted.")
                                          .arg(externalId),
                                      404)));
                  return;
              }
              sendRemove(guard, *match, true);
          });
    handle->track(lookup);
    return handle;
}

void UserStore::sendRemove(WriteHandle *handle, const User &known, bool byExternalId)
{
    const auto operation
        = byExternalId ? AuditEntry::Operation::DeleteByExternalId : AuditEntry::Operation::Delete;
    const auto keep = [this, known] {
        if (!m_recovery)
            return;
        DeletedUser record;
        record.deletedAt = QDateTime::currentDateTimeUtc();
        record.connectionId = m_context.connectionId;
        record.connectionName = m_context.connectionName;
        record.serviceKind = m_context.serviceKind;
        record.user = known;
        m_recovery->add(record);
    };
    const auto record = [this, known, operation, keep](const WriteResult &result) {
        // A delete whose answer was lost but whose user is gone did happen.
        if (result.outcome == WriteResult::Outcome::Unknown && !result.user.isValid())
            keep();
        audit(operation, known, User(), { UserField::Id }, result);
    };
    QPointer<WriteHandle> guard(handle);
    const auto answered = [this, guard, known, record, keep](const Result<Done> &done) {
        if (done) {
            WriteResult result;
            result.outcome = WriteResult::Outcome::Succeeded;
            result.user = known;
            keep();
            Q_EMIT userRemoved(known.id);
            record(result);
            if (guard)
                guard->finish(result);
        } else if (done.error().mayHaveReachedServer()) {
            if (guard)
                settleUnknown(guard, known.id, done.error(), record);
        } else {
            const WriteResult result = failed(done.error());
            record(result);
            if (guard)
                guard->finish(result);
        }
    };
    const CallHandle call = byExternalId
        ? m_directory->deleteUserByExternalId(known.externalId, this, answered)
        : m_directory->deleteUser(known, this, answered);
    handle->track(call);
    handle->m_onCancel = [this, handle, known, record](bool sent) {
        if (sent)
            settleUnknown(
                handle, known.id,
                ApiError(ApiError::Kind::Canceled,
                         QCoreApplication::translate("UserStore", "Canceled after the deletion was sent.")),
                record);
        else
            handle->finish(failed(canceledBeforeSending()));
    };
}

WriteHandle *UserStore::createBatch(const QList<UserChanges> &inputs)
{
    WriteHandle *handle = startHandle();
    QPointer<WriteHandle> guard(handle);
    const CallHandle call
        = m_directory->createUsers(inputs, this, [this, guard, inputs](const Result<BatchResult> &answer) {
              WriteResult result;
              if (!answer) {
                  result = failed(answer.error());
                  if (answer.error().mayHaveReachedServer())
                      result.outcome = WriteResult::Outcome::Unknown;
                  for (const UserChanges &input : inputs)
                      audit(AuditEntry::Operation::BatchCreate, User(), UserMerge::applied(User(), input),
                            UserFieldSet(), result);
              } else {
                  result.outcome = WriteResult::Outcome::Succeeded;
                  result.users = answer->created;
                  result.failures = answer->failures;
                  if (!result.users.isEmpty())
                      Q_EMIT usersAdded(result.users);
                  for (const User &user : std::as_const(result.users)) {
                      WriteResult one;
                      one.outcome = WriteResult::Outcome::Succeeded;
                      audit(AuditEntry::Operation::BatchCreate, User(), user, UserFieldSet::all(), one);
                  }
                  for (const BatchFailure &failure : std::as_const(result.failures)) {
                      User wanted = UserMerge::applied(User(), inputs.value(failure.index));
                      wanted.id.clear();
                      audit(AuditEntry::Operation::BatchCreate, User(), wanted, UserFieldSet(),
                            failed(failure.error));
                  }
              }
              if (guard)
                  guard->finish(result);
          });
    handle->track(call);
    handle->m_onCancel = [handle](bool sent) {
        WriteResult result = failed(canceledBeforeSending());
        if (sent) {
            result.outcome = WriteResult::Outcome::Unknown;
            result.error
                = ApiError(ApiError::Kind::Canceled,
                           QCoreApplication::translate(
                               "UserStore",
                               "Canceled after the batch was sent; some users may have been created. "
                               "Refresh the list to see."));
        }
        handle->finish(result);
    };
    return handle;
}

WriteHandle *UserStore::changePassword(const User &user, const QString &password)
{
    WriteHandle *handle = startHandle();
    QPointer<WriteHandle> guard(handle);
    const CallHandle call
        = m_directory->changePassword(user, password, this, [this, guard, user](const Result<Done> &done) {
              WriteResult result;
              if (done) {
                  result.outcome = WriteResult::Outcome::Succeeded;
                  result.user = user;
              } else {
                  result = failed(done.error());
                  // A password cannot be read back: the admin is told it may have changed.
                  if (done.error().mayHaveReachedServer())
                      result.outcome = WriteResult::Outcome::Unknown;
              }
              audit(AuditEntry::Operation::ChangePassword, user, user, UserFieldSet(), result, true);
              if (guard)
                  guard->finish(result);
          });
    handle->track(call);
    handle->m_onCancel = [this, handle, user](bool sent) {
        WriteResult result = failed(canceledBeforeSending());
        if (sent) {
            result.outcome = WriteResult::Outcome::Unknown;
            result.error = ApiError(
                ApiError::Kind::Canceled,
                QCoreApplication::translate(
                    "UserStore", "Canceled after it was sent; the password may or may not have changed."));
            audit(AuditEntry::Operation::ChangePassword, user, user, UserFieldSet(), result, true);
        }
        handle->finish(result);
    };
    return handle;
}

CallHandle UserStore::refresh(const QString &id, QObject *context, Callback<User> done)
{
    QPointer<QObject> receiver(context);
    const bool wantsAnswer = context != nullptr && bool(done);
    return m_directory->fetchUser(id, this,
                                  [this, id, receiver, wantsAnswer, done](const Result<User> &fresh) {
                                      if (fresh)
                                          Q_EMIT userChanged(*fresh);
                                      else if (fresh.error().kind() == ApiError::Kind::NotFound)
                                          Q_EMIT userRemoved(id);
                                      if (wantsAnswer && receiver)
                                          done(fresh);
                                  });
}
