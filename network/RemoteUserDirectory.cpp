#include "RemoteUserDirectory.h"

#include "NetworkLogging.h"

#include <QTimer>

namespace {
ClientOptions optionsFor(const ConnectionProfile &profile)
{
    ClientOptions options;
    options.baseUrl = profile.baseUrl;
    options.timeoutMs = qMax(1, profile.timeoutSeconds) * 1000;
    options.verifyTls = profile.verifyTls;
    return options;
}

// A call that fails before anything is sent, still answered asynchronously like every other.
class ImmediateCall final : public PendingCall {
public:
    using PendingCall::PendingCall;
    void cancel() override { deleteLater(); }
};
} // namespace

RemoteUserDirectory::RemoteUserDirectory(std::unique_ptr<Dialect> dialect, QNetworkAccessManager *manager,
                                         const ConnectionProfile &profile, QObject *parent)
    : UserDirectory(parent),
      m_dialect(std::move(dialect)),
      m_client(new ApiClient(manager, optionsFor(profile), this))
{
    Q_ASSERT(m_dialect);
}

RemoteUserDirectory::~RemoteUserDirectory() = default;

void RemoteUserDirectory::setCredential(const QString &secret)
{
    m_dialect->setCredential(secret);
}
bool RemoteUserDirectory::hasCredential() const
{
    return m_dialect->hasCredential();
}

const ServiceDescription &RemoteUserDirectory::description() const
{
    return m_dialect->description();
}

template<typename T>
CallHandle RemoteUserDirectory::call(ApiRequest request, std::function<Result<T>(const ApiResponse &)> parse,
                                     QObject *context, Callback<T> done, Authorization authorization)
{
    if (authorization == Authorization::Credential)
        m_dialect->authorize(request);
    ApiJob *job = m_client->send(request);
    QPointer<QObject> receiver(context);
    connect(job, &ApiJob::finished, this,
            [this, job, receiver, parse, done, authorization](const ApiResponse &response) {
                job->deleteLater();
                if (!receiver)
                    return;
                if (!response.isSuccess()) {
                    const ApiError error
                        = errorFromResponse(response, m_dialect->parseServerMessage(response));
                    qCInfo(lcNetwork).noquote() << response.what << "failed:" << error.toString();
                    if (error.kind() == ApiError::Kind::Unauthorized
                        && authorization == Authorization::Credential)
                        Q_EMIT credentialRejected();
                    done(error);
                    return;
                }
                done(parse(response));
            });
    if (context)
        connect(context, &QObject::destroyed, job, &ApiJob::cancel);
    job->start();
    return job;
}

template<typename T>
CallHandle RemoteUserDirectory::unsupported(const QString &what, QObject *context, Callback<T> done)
{
    auto *pending = new ImmediateCall(this);
    QPointer<QObject> receiver(context);
    QTimer::singleShot(0, pending, [pending, receiver, what, done] {
        pending->deleteLater();
        if (receiver)
            done(ApiError(ApiError::Kind::InvalidRequest, tr("This service does not support %1.").arg(what)));
    });
    return pending;
}

CallHandle RemoteUserDirectory::fetchCurrentUser(QObject *context, Callback<User> done)
{
    if (!description().can(Capability::CurrentUser))
        return unsupported<User>(tr("showing the signed-in user"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<User>(
        dialect->currentUser(), [dialect](const ApiResponse &r) { return dialect->parseCurrentUser(r); },
        context, done);
}

CallHandle RemoteUserDirectory::fetchUsers(const UserQuery &query, QObject *context,
                                           Callback<Page<User>> done)
{
    const Dialect *dialect = m_dialect.get();
    return call<Page<User>>(
        dialect->listUsers(query),
        [dialect, query](const ApiResponse &r) { return dialect->parseUserPage(r, query); }, context, done);
}

CallHandle RemoteUserDirectory::fetchUser(const QString &id, QObject *context, Callback<User> done)
{
    const Dialect *dialect = m_dialect.get();
    return call<User>(
        dialect->getUser(id), [dialect](const ApiResponse &r) { return dialect->parseUser(r); }, context,
        done);
}

CallHandle RemoteUserDirectory::createUser(const UserChanges &input, QObject *context, Callback<User> done)
{
    if (!description().can(Capability::CreateUser))
        return unsupported<User>(tr("creating users"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<User>(
        dialect->createUser(input), [dialect](const ApiResponse &r) { return dialect->parseUser(r); },
        context, done);
}

CallHandle RemoteUserDirectory::updateUser(const User &original, const UserChanges &changes, QObject *context,
                                           Callback<User> done)
{
    if (!description().can(Capability::UpdateUser))
        return unsupported<User>(tr("editing users"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<User>(
        dialect->updateUser(original, changes),
        [dialect](const ApiResponse &r) { return dialect->parseUser(r); }, context, done);
}

CallHandle RemoteUserDirectory::setUserState(const User &user, UserState state, QObject *context,
                                             Callback<User> done)
{
    if (!description().can(Capability::ToggleState))
        return unsupported<User>(tr("changing a user's state"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<User>(
        dialect->setUserState(user, state),
        [dialect, user](const ApiResponse &r) { return dialect->parseStateAnswer(r, user); }, context, done);
}

CallHandle RemoteUserDirectory::deleteUser(const User &user, QObject *context, Callback<Done> done)
{
    if (!description().can(Capability::DeleteUser))
        return unsupported<Done>(tr("deleting users"), context, done);
    return call<Done>(
        m_dialect->deleteUser(user), [](const ApiResponse &) { return Result<Done>(Done{}); }, context, done);
}

CallHandle RemoteUserDirectory::fetchProjects(const QString &userId, int page, int pageSize, QObject *context,
                                              Callback<Page<Project>> done)
{
    if (!description().can(Capability::Projects))
        return unsupported<Page<Project>>(tr("projects"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<Page<Project>>(
        dialect->listProjects(userId, page, pageSize),
        [dialect, page, pageSize](const ApiResponse &r) {
            return dialect->parseProjectPage(r, page, pageSize);
        },
        context, done);
}

CallHandle RemoteUserDirectory::fetchArtifacts(const QString &userId, QObject *context,
                                               Callback<Page<Artifact>> done)
{
    if (!description().can(Capability::Artifacts))
        return unsupported<Page<Artifact>>(tr("artifacts"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<Page<Artifact>>(
        dialect->latestArtifacts(userId),
        [dialect](const ApiResponse &r) { return dialect->parseArtifacts(r); }, context, done);
}

CallHandle RemoteUserDirectory::fetchIntegrations(QObject *context, Callback<Page<Integration>> done)
{
    if (!description().can(Capability::Integrations))
        return unsupported<Page<Integration>>(tr("integrations"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<Page<Integration>>(
        dialect->integrations(), [dialect](const ApiResponse &r) { return dialect->parseIntegrations(r); },
        context, done);
}

CallHandle RemoteUserDirectory::deleteUserByExternalId(const QString &externalId, QObject *context,
                                                       Callback<Done> done)
{
    if (!description().can(Capability::DeleteByExternalId))
        return unsupported<Done>(tr("deleting users by external ID"), context, done);
    return call<Done>(
        m_dialect->deleteUserByExternalId(externalId),
        [](const ApiResponse &) { return Result<Done>(Done{}); }, context, done);
}

CallHandle RemoteUserDirectory::createUsers(const QList<UserChanges> &inputs, QObject *context,
                                            Callback<BatchResult> done)
{
    if (!description().can(Capability::BatchCreate))
        return unsupported<BatchResult>(tr("creating users in a batch"), context, done);
    const Dialect *dialect = m_dialect.get();
    return call<BatchResult>(
        dialect->createUsers(inputs),
        [dialect, inputs](const ApiResponse &r) { return dialect->parseBatch(r, inputs); }, context, done);
}

CallHandle RemoteUserDirectory::changePassword(const User &user, const QString &password, QObject *context,
                                               Callback<Done> done)
{
    if (!description().can(Capability::ChangePassword))
        return unsupported<Done>(tr("changing passwords"), context, done);
    return call<Done>(
        m_dialect->changePassword(user, password), [](const ApiResponse &) { return Result<Done>(Done{}); },
        context, done);
}

CallHandle RemoteUserDirectory::signIn(const QString &username, const QString &password, QObject *context,
                                       Callback<QString> done)
{
    if (!m_dialect->signsIn())
        return unsupported<QString>(tr("signing in with a password"), context, done);
    const Dialect *dialect = m_dialect.get();
    // Sent without the credential, which is what it obtains; a 401 here means a wrong password.
    return call<QString>(
        dialect->signIn(username, password),
        [dialect](const ApiResponse &r) { return dialect->parseSignIn(r); }, context, done,
        Authorization::None);
}
