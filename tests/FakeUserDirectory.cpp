#include "FakeUserDirectory.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace {
class FakeCall final : public PendingCall {
public:
    explicit FakeCall(FakeUserDirectory *directory) : PendingCall(directory), m_directory(directory) { }
    void cancel() override
    {
        if (*canceled)
            return;
        *canceled = true;
        ++m_directory->cancels;
        deleteLater();
    }
    // Shared with the answer, which outlives the call object when it is delivered regardless.
    const std::shared_ptr<bool> canceled = std::make_shared<bool>(false);

private:
    FakeUserDirectory *m_directory;
};
} // namespace

FakeUserDirectory::FakeUserDirectory(int userCount, QObject *parent) : UserDirectory(parent)
{
    using E = FieldSpec::Editor;
    m_description.capabilities = Capability::CreateUser | Capability::UpdateUser | Capability::DeleteUser
        | Capability::ToggleState | Capability::Projects | Capability::Artifacts | Capability::Integrations
        | Capability::ExactTotal | Capability::CurrentUser;
    m_description.columns
        = { UserField::Name, UserField::Email, UserField::Role, UserField::State, UserField::CreatedAt };
    m_description.detailFields = { UserField::Name, UserField::Email, UserField::Role, UserField::State };
    m_description.createFields = {
        FieldSpec::of(UserField::AccountId, E::Text).withRequired(),
        FieldSpec::of(UserField::Role, E::Choice)
            .withRequired()
            .withChoices({ QStringLiteral("AppAdmin"), QStringLiteral("AppMember") })
            .withDefault(QStringLiteral("AppMember")),
        FieldSpec::of(UserField::Email, E::Email).withRequired(),
        FieldSpec::of(UserField::Name, E::Text),
    };
    m_description.editFields = {
        FieldSpec::of(UserField::Name, E::Text).withRequired(),
        FieldSpec::of(UserField::Role, E::Choice)
            .withRequired()
            .withChoices({ QStringLiteral("AppAdmin"), QStringLiteral("AppMember") }),
    };
    m_description.states = { UserState::Active, UserState::Inactive };
    for (int i = 0; i < userCount; ++i)
        users.append(makeUser(i));
}

User FakeUserDirectory::makeUser(int index)
{
    User user;
    user.id = QStringLiteral("u%1").arg(index, 4, 10, QLatin1Char('0'));
    user.name = QStringLiteral("User %1").arg(index);
    user.email = QStringLiteral("user%1@example.com").arg(index);
    user.roles = { index % 5 == 0 ? QStringLiteral("AppAdmin") : QStringLiteral("AppMember") };
    user.state = index % 7 == 0 ? UserState::Inactive : UserState::Active;
    user.createdAt = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC).addDays(index);
    return user;
}

void FakeUserDirectory::release()
{
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const auto &deliver : held)
        deliver();
}

void FakeUserDirectory::releaseReversed()
{
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (auto it = held.crbegin(); it != held.crend(); ++it)
        (*it)();
}

bool FakeUserDirectory::releaseAt(int index)
{
    if (index < 0 || index >= m_held.size())
        return false;
    const std::function<void()> deliver = m_held.takeAt(index);
    deliver();
    return true;
}

template<typename T>
CallHandle FakeUserDirectory::answer(QObject *context, Callback<T> done, std::function<Result<T>()> produce)
{
    ++calls;
    auto *call = new FakeCall(this);
    QPointer<FakeCall> guard(call);
    QPointer<QObject> receiver(context);
    std::optional<ApiError> failure = std::exchange(failNext, std::nullopt);
    auto deliver = [this, guard, canceled = call->canceled, receiver, done, produce, failure] {
        // A destroyed context never hears back: that promise holds in every mode.
        if (!receiver || (*canceled && !deliverCanceledAnswers))
            return;
        if (guard)
            guard->deleteLater();
        if (failure)
            done(*failure);
        else
            done(produce());
    };
    // Held or not is decided now, when the call is made, not when the event loop next runs.
    if (holdAnswers)
        m_held.append(deliver);
    else
        QTimer::singleShot(0, this, deliver);
    return call;
}

template<typename T>
Page<T> FakeUserDirectory::slice(const QList<T> &all, int page, int pageSize, bool withTotal)
{
    Page<T> result;
    result.page = page;
    result.pageSize = pageSize;
    const qsizetype first = qsizetype(page - 1) * pageSize;
    result.items = all.mid(first, pageSize);
    result.hasNextPage = first + pageSize < all.size();
    if (withTotal)
        result.totalCount = all.size();
    return result;
}

CallHandle FakeUserDirectory::fetchCurrentUser(QObject *context, Callback<User> done)
{
    return answer<User>(context, done, [this] { return Result<User>(users.value(0)); });
}

CallHandle FakeUserDirectory::fetchUsers(const UserQuery &query, QObject *context, Callback<Page<User>> done)
{
    queries.append(query);
    return answer<Page<User>>(context, done, [this, query] {
        if (query.search.isEmpty()) // no copy of the whole directory per page
            return Result<Page<User>>(slice(users, query.page, query.pageSize, reportTotal));
        QList<User> matching;
        for (const User &user : std::as_const(users)) {
            if (user.name.contains(query.search, Qt::CaseInsensitive))
                matching.append(user);
        }
        return Result<Page<User>>(slice(matching, query.page, query.pageSize, reportTotal));
    });
}

CallHandle FakeUserDirectory::fetchUser(const QString &id, QObject *context, Callback<User> done)
{
    return answer<User>(context, done, [this, id]() -> Result<User> {
        for (const User &user : std::as_const(users)) {
            if (user.id == id)
                return user;
        }
        return ApiError(ApiError::Kind::NotFound, QStringLiteral("no such user"), 404);
    });
}

CallHandle FakeUserDirectory::createUser(const UserChanges &input, QObject *context, Callback<User> done)
{
    changesSeen.append(input);
    return answer<User>(context, done, [this, input] {
        User user = makeUser(int(users.size()) + 1000);
        for (auto it = input.cbegin(); it != input.cend(); ++it)
            user.setValue(it.key(), it.value());
        user.state = UserState::Active;
        users.append(user);
        return Result<User>(user);
    });
}

CallHandle FakeUserDirectory::updateUser(const User &original, const UserChanges &changes, QObject *context,
                                         Callback<User> done)
{
    changesSeen.append(changes);
    return answer<User>(context, done, [this, original, changes]() -> Result<User> {
        if (updateHandler)
            return updateHandler(original, changes);
        User user = original;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            user.setValue(it.key(), it.value());
        return user;
    });
}

CallHandle FakeUserDirectory::setUserState(const User &user, UserState state, QObject *context,
                                           Callback<User> done)
{
    return answer<User>(context, done, [user, state] {
        User partial; // like Org App: only id and state come back
        partial.id = user.id;
        partial.state = state;
        partial.present = { UserField::Id, UserField::State };
        return Result<User>(partial);
    });
}

CallHandle FakeUserDirectory::deleteUser(const User &, QObject *context, Callback<Done> done)
{
    return answer<Done>(context, done, [] { return Result<Done>(Done{}); });
}

CallHandle FakeUserDirectory::deleteUserByExternalId(const QString &, QObject *context, Callback<Done> done)
{
    return answer<Done>(context, done, [] { return Result<Done>(Done{}); });
}

CallHandle FakeUserDirectory::createUsers(const QList<UserChanges> &inputs, QObject *context,
                                          Callback<BatchResult> done)
{
    return answer<BatchResult>(context, done, [inputs] {
        BatchResult result;
        for (int i = 0; i < inputs.size(); ++i) {
            User user = makeUser(2000 + i);
            user.email = inputs.at(i).value(UserField::Email).toString();
            result.created.append(user);
        }
        return Result<BatchResult>(result);
    });
}

CallHandle FakeUserDirectory::changePassword(const User &, const QString &, QObject *context,
                                             Callback<Done> done)
{
    return answer<Done>(context, done, [] { return Result<Done>(Done{}); });
}

CallHandle FakeUserDirectory::fetchProjects(const QString &userId, int page, int pageSize, QObject *context,
                                            Callback<Page<Project>> done)
{
    return answer<Page<Project>>(context, done, [this, userId, page, pageSize] {
        return Result<Page<Project>>(slice(projects.value(userId), page, pageSize, true));
    });
}

CallHandle FakeUserDirectory::fetchArtifacts(const QString &userId, QObject *context,
                                             Callback<Page<Artifact>> done)
{
    return answer<Page<Artifact>>(context, done, [this, userId] {
        const QList<Artifact> all = artifacts.value(userId);
        return Result<Page<Artifact>>(slice(all, 1, qMax(1, int(all.size())), true));
    });
}

CallHandle FakeUserDirectory::fetchIntegrations(QObject *context, Callback<Page<Integration>> done)
{
    return answer<Page<Integration>>(context, done, [this] {
        return Result<Page<Integration>>(
            slice(integrationList, 1, qMax(1, int(integrationList.size())), true));
    });
}
