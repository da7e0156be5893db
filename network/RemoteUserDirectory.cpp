#include "RemoteUserDirectory.h"

#include "NetworkLogging.h"
#include "TextSafety.h"
#include "TlsTrust.h"

#include <QMutex>
#include <QThreadPool>
#include <QTimer>

namespace {
ClientOptions optionsFor(const ConnectionProfile &profile)
{
    ClientOptions options;
    options.baseUrl = profile.baseUrl;
    options.timeoutMs = qMax(1, profile.timeoutSeconds) * 1000;
    options.deadlineMs = qMax(profile.timeoutSeconds, profile.deadlineSeconds) * 1000;
    options.maxRetryWaitMs = qMin(30, qMax(1, profile.timeoutSeconds)) * 1000;
    options.verifyTls = profile.verifyTls;
    // Read again on every open (the file was checked by validate() just before); a file that
    // vanished since then adds nothing, and the connection fails closed as without it.
    if (!profile.caCertificateFile.isEmpty())
        options.caCertificates = loadCaCertificates(profile.caCertificateFile);
    options.pinnedSha256 = profile.pinnedSha256;
    return options;
}

} // namespace

// Answers read on a worker thread come back through this, to the directory's thread. The
// directory closes it when it goes, under the same lock, so a worker never posts to an object
// that is being destroyed and whatever it posted before is dropped with the directory.
class RemoteUserDirectory::ParsedMailbox {
public:
    explicit ParsedMailbox(QObject *receiver) : m_receiver(receiver) { }
    template<typename F> void post(F &&deliver)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_receiver)
            QMetaObject::invokeMethod(m_receiver, std::forward<F>(deliver), Qt::QueuedConnection);
    }
    void close()
    {
        const QMutexLocker lock(&m_mutex);
        m_receiver = nullptr;
    }

private:
    QMutex m_mutex;
    QObject *m_receiver;
};

namespace {
// A call that fails before anything is sent, still answered asynchronously like every other.
class ImmediateCall final : public PendingCall {
public:
    using PendingCall::PendingCall;
    void cancel() override { deleteLater(); }
    bool wasSent() const override { return false; }
};

QString capabilityWords(Capability capability)
{
    switch (capability) {
    case Capability::CreateUser:
        return RemoteUserDirectory::tr("creating users");
    case Capability::UpdateUser:
        return RemoteUserDirectory::tr("editing users");
    case Capability::DeleteUser:
        return RemoteUserDirectory::tr("deleting users");
    case Capability::ToggleState:
        return RemoteUserDirectory::tr("changing a user's state");
    case Capability::BatchCreate:
        return RemoteUserDirectory::tr("creating users in a batch");
    case Capability::Projects:
        return RemoteUserDirectory::tr("projects");
    case Capability::Artifacts:
        return RemoteUserDirectory::tr("artifacts");
    case Capability::Integrations:
        return RemoteUserDirectory::tr("integrations");
    case Capability::ChangePassword:
        return RemoteUserDirectory::tr("changing passwords");
    case Capability::CurrentUser:
        return RemoteUserDirectory::tr("showing the signed-in user");
    case Capability::DeleteByExternalId:
        return RemoteUserDirectory::tr("deleting users by external ID");
    default:
        break;
    }
    return RemoteUserDirectory::tr("this");
}

// Every successful answer of these services is JSON or empty; an HTML page in its place is
// a proxy or captive portal, and nothing may be read from it.
template<typename T>
Result<T> parseChecked(const std::function<Result<T>(const Dialect &, const ApiResponse &)> &parse,
                       const Dialect &dialect, const ApiResponse &response)
{
    if (const std::optional<ApiError> problem = unexpectedMediaType(response))
        return *problem;
    return parse(dialect, response);
}
} // namespace

std::optional<ApiError> unsafeIdError(const QString &id)
{
    if (id.trimmed().isEmpty())
        return ApiError(ApiError::Kind::InvalidRequest,
                        RemoteUserDirectory::tr("This user has no id, so Roster cannot address it on the "
                                                "server. Nothing was sent."));
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return ApiError(ApiError::Kind::InvalidRequest,
                        RemoteUserDirectory::tr("The server gave this user the id \"%1\", which would "
                                                "address another resource in a request. Nothing was sent.")
                            .arg(id));
    if (containsControlCharacters(id))
        return ApiError(ApiError::Kind::InvalidRequest,
                        RemoteUserDirectory::tr("The id of this user contains control characters, so Roster "
                                                "does not put it in a request. Nothing was sent."));
    return std::nullopt;
}

ActivityRecord activityRecordFor(const ApiResponse &response, const ApiError &error)
{
    // Keys whose values Roster itself puts in a query; anything else is shown without its value.
    static const QStringList shown{ QStringLiteral("page"),        QStringLiteral("page_size"),
                                    QStringLiteral("limit"),       QStringLiteral("search"),
                                    QStringLiteral("email"),       QStringLiteral("external_id"),
                                    QStringLiteral("role"),        QStringLiteral("status"),
                                    QStringLiteral("is_external"), QStringLiteral("page[number]"),
                                    QStringLiteral("page[size]"),  QStringLiteral("filter[search]") };
    ActivityRecord record;
    record.time = QDateTime::currentDateTime();
    record.method = QString::fromLatin1(response.method);
    record.path = response.url.path(QUrl::FullyEncoded);
    QStringList query;
    const auto items = QUrlQuery(response.url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        query << key + QLatin1Char('=') + (shown.contains(key) ? value : QStringLiteral("…"));
    record.query = query.join(QLatin1Char('&'));
    record.status = response.status;
    record.durationMs = response.elapsedMs;
    record.bytes = response.body.size();
    record.attempts = qMax(1, response.attempts);
    if (error.isError())
        record.error = error.toString();
    return record;
}

RemoteUserDirectory::RemoteUserDirectory(std::unique_ptr<Dialect> dialect, QNetworkAccessManager *manager,
                                         const ConnectionProfile &profile, QObject *parent)
    : UserDirectory(parent),
      m_dialect(std::move(dialect)),
      m_client(new ApiClient(manager, optionsFor(profile), this)),
      m_mailbox(std::make_shared<ParsedMailbox>(this))
{
    Q_ASSERT(m_dialect);
}

RemoteUserDirectory::~RemoteUserDirectory()
{
    m_mailbox->close();
}

void RemoteUserDirectory::updateOptions(const ConnectionProfile &profile)
{
    m_client->setOptions(optionsFor(profile));
}

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
CallHandle RemoteUserDirectory::refuse(const ApiError &error, QObject *context, Callback<T> done)
{
    auto *pending = new ImmediateCall(this);
    QPointer<QObject> receiver(context);
    QTimer::singleShot(0, pending, [pending, receiver, error, done] {
        pending->deleteLater();
        if (receiver)
            done(error);
    });
    return pending;
}

template<typename T>
CallHandle RemoteUserDirectory::call(std::optional<Capability> needs, const QStringList &ids,
                                     const Builder &build, const Parser<T> &parse, QObject *context,
                                     Callback<T> done, Authorization authorization, Parsing parsing)
{
    if (needs && !description().can(*needs))
        return refuse<T>(ApiError(ApiError::Kind::InvalidRequest,
                                  tr("This service does not support %1.").arg(capabilityWords(*needs))),
                         context, done);
    for (const QString &id : ids) {
        if (const std::optional<ApiError> problem = unsafeIdError(id))
            return refuse<T>(*problem, context, done);
    }
    ApiRequest request = build(*m_dialect);
    if (!request.isValid())
        return refuse<T>(ApiError(ApiError::Kind::InvalidRequest, tr("This service does not support this.")),
                         context, done);
    if (authorization == Authorization::Credential)
        m_dialect->authorize(request);
    ApiJob *job = m_client->send(request);
    QPointer<QObject> receiver(context);
    connect(job, &ApiJob::finished, this,
            [this, job, receiver, parse, done, authorization, parsing](const ApiResponse &response) {
                if (!response.isSuccess()) {
                    job->deleteLater();
                    const ApiError error
                        = errorFromResponse(response, m_dialect->parseServerMessage(response));
                    qCInfo(lcNetwork).noquote() << response.what << "failed:" << error.toString();
                    Q_EMIT requestFinished(activityRecordFor(response, error));
                    if (error.kind() == ApiError::Kind::Unauthorized
                        && authorization == Authorization::Credential)
                        Q_EMIT credentialRejected();
                    if (response.untrustedIssuer)
                        reportUntrusted(response, error);
                    if (receiver)
                        done(error);
                    return;
                }
                if (parsing == Parsing::InPlace) {
                    job->deleteLater();
                    deliverParsed<T>(response, parseChecked<T>(parse, *m_dialect, response), receiver, done);
                    return;
                }
                // The job stays until the answer is delivered: a cancel() while the page is
                // being read still keeps its promise that the callback never runs.
                const QPointer<ApiJob> pending(job);
                const std::shared_ptr<const Dialect> dialect = m_dialect;
                const std::shared_ptr<ParsedMailbox> mailbox = m_mailbox;
                QThreadPool::globalInstance()->start([=, this]() mutable {
                    Result<T> parsed = parseChecked<T>(parse, *dialect, response);
                    mailbox->post([this, pending, parsed = std::move(parsed), response = std::move(response),
                                   receiver = std::move(receiver), done = std::move(done)] {
                        if (!pending || pending->isCanceled())
                            return;
                        pending->deleteLater();
                        deliverParsed<T>(response, parsed, receiver, done);
                    });
                });
            });
    if (context)
        connect(context, &QObject::destroyed, job, &ApiJob::cancel);
    job->start();
    return job;
}

template<typename T>
void RemoteUserDirectory::deliverParsed(const ApiResponse &response, const Result<T> &parsed,
                                        const QPointer<QObject> &receiver, const Callback<T> &done)
{
    if (parsed.ok()) {
        Q_EMIT requestFinished(activityRecordFor(response, ApiError()));
        if (receiver)
            done(parsed);
        return;
    }
    // The server said yes in a way Roster cannot read: a write may well have happened.
    ApiError error = parsed.error();
    error.setMayHaveReachedServer(true);
    Q_EMIT requestFinished(activityRecordFor(response, error));
    if (receiver)
        done(error);
}

void RemoteUserDirectory::reportUntrusted(const ApiResponse &response, const ApiError &error)
{
    if (!response.peerCertificate.isNull())
        Q_EMIT certificateUntrusted(summaryOf(response.peerCertificate, response.url.host()),
                                    error.message());
}

CallHandle RemoteUserDirectory::fetchCurrentUser(QObject *context, Callback<User> done)
{
    return call<User>(
        Capability::CurrentUser, {}, [](const Dialect &d) { return d.currentUser(); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseCurrentUser(r); }, context, done);
}

CallHandle RemoteUserDirectory::fetchUsers(const UserQuery &query, QObject *context,
                                           Callback<Page<User>> done)
{
    return call<Page<User>>(
        std::nullopt, {}, [query](const Dialect &d) { return d.listUsers(query); },
        [query](const Dialect &d, const ApiResponse &r) { return d.parseUserPage(r, query); }, context, done,
        Authorization::Credential, Parsing::OffThread);
}

CallHandle RemoteUserDirectory::fetchUser(const QString &id, QObject *context, Callback<User> done)
{
    return call<User>(
        std::nullopt, { id }, [id](const Dialect &d) { return d.getUser(id); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseUser(r); }, context, done);
}

CallHandle RemoteUserDirectory::createUser(const UserChanges &input, QObject *context, Callback<User> done)
{
    return call<User>(
        Capability::CreateUser, {}, [input](const Dialect &d) { return d.createUser(input); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseUser(r); }, context, done);
}

CallHandle RemoteUserDirectory::updateUser(const User &original, const UserChanges &changes, QObject *context,
                                           Callback<User> done)
{
    return call<User>(
        Capability::UpdateUser, { original.id },
        [original, changes](const Dialect &d) { return d.updateUser(original, changes); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseUser(r); }, context, done);
}

CallHandle RemoteUserDirectory::setUserState(const User &user, UserState state, QObject *context,
                                             Callback<User> done)
{
    return call<User>(
        Capability::ToggleState, { user.id },
        [user, state](const Dialect &d) { return d.setUserState(user, state); },
        [user](const Dialect &d, const ApiResponse &r) { return d.parseStateAnswer(r, user); }, context,
        done);
}

CallHandle RemoteUserDirectory::deleteUser(const User &user, QObject *context, Callback<Done> done)
{
    return call<Done>(
        Capability::DeleteUser, { user.id }, [user](const Dialect &d) { return d.deleteUser(user); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseDone(r); }, context, done);
}

CallHandle RemoteUserDirectory::fetchProjects(const QString &userId, int page, int pageSize, QObject *context,
                                              Callback<Page<Project>> done)
{
    return call<Page<Project>>(
        Capability::Projects, { userId },
        [userId, page, pageSize](const Dialect &d) { return d.listProjects(userId, page, pageSize); },
        [page, pageSize](const Dialect &d, const ApiResponse &r) {
            return d.parseProjectPage(r, page, pageSize);
        },
        context, done);
}

CallHandle RemoteUserDirectory::fetchArtifacts(const QString &userId, QObject *context,
                                               Callback<Page<Artifact>> done)
{
    return call<Page<Artifact>>(
        Capability::Artifacts, { userId }, [userId](const Dialect &d) { return d.latestArtifacts(userId); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseArtifacts(r); }, context, done);
}

CallHandle RemoteUserDirectory::fetchIntegrations(QObject *context, Callback<Page<Integration>> done)
{
    return call<Page<Integration>>(
        Capability::Integrations, {}, [](const Dialect &d) { return d.integrations(); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseIntegrations(r); }, context, done);
}

CallHandle RemoteUserDirectory::deleteUserByExternalId(const QString &externalId, QObject *context,
                                                       Callback<Done> done)
{
    return call<Done>(
        Capability::DeleteByExternalId, { externalId },
        [externalId](const Dialect &d) { return d.deleteUserByExternalId(externalId); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseDone(r); }, context, done);
}

CallHandle RemoteUserDirectory::createUsers(const QList<UserChanges> &inputs, QObject *context,
                                            Callback<BatchResult> done)
{
    return call<BatchResult>(
        Capability::BatchCreate, {}, [inputs](const Dialect &d) { return d.createUsers(inputs); },
        [inputs](const Dialect &d, const ApiResponse &r) { return d.parseBatch(r, inputs); }, context, done);
}

CallHandle RemoteUserDirectory::changePassword(const User &user, const QString &password, QObject *context,
                                               Callback<Done> done)
{
    return call<Done>(
        Capability::ChangePassword, { user.id },
        [user, password](const Dialect &d) { return d.changePassword(user, password); },
        [](const Dialect &d, const ApiResponse &r) { return d.parseDone(r); }, context, done);
}

CallHandle RemoteUserDirectory::signIn(const QString &username, const QString &password, QObject *context,
                                       Callback<QString> done)
{
    // Sent without the credential, which is what it obtains; a 401 here means a wrong password.
    return call<QString>(
        std::nullopt, {},
        [username, password](const Dialect &d) {
            return d.signsIn() ? d.signIn(username, password) : ApiRequest();
        },
        [](const Dialect &d, const ApiResponse &r) { return d.parseSignIn(r); }, context, done,
        Authorization::None);
}
