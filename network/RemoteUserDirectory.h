#pragma once

#include "ActivityLog.h"
#include "ApiClient.h"
#include "Dialect.h"
#include "TlsTrust.h"
#include "UserDirectory.h"

#include <memory>
#include <optional>

class QNetworkAccessManager;

// The users of a real service: each call asks the dialect for the request, sends it through
// the connection's ApiClient and hands the parsed answer or the mapped error to the callback.
// Before anything is built it checks, in one place, that the service has the capability and
// that every id in the request can be addressed safely.
class RemoteUserDirectory final : public UserDirectory {
    Q_OBJECT

public:
    RemoteUserDirectory(std::unique_ptr<Dialect> dialect, QNetworkAccessManager *manager,
                        const ConnectionProfile &profile, QObject *parent = nullptr);
    ~RemoteUserDirectory() override;

    void setCredential(const QString &secret);
    bool hasCredential() const;

    const ServiceDescription &description() const override;

    CallHandle fetchCurrentUser(QObject *context, Callback<User> done) override;
    CallHandle fetchUsers(const UserQuery &query, QObject *context, Callback<Page<User>> done) override;
    CallHandle fetchUser(const QString &id, QObject *context, Callback<User> done) override;
    CallHandle createUser(const UserChanges &input, QObject *context, Callback<User> done) override;
    CallHandle updateUser(const User &original, const UserChanges &changes, QObject *context,
                          Callback<User> done) override;
    CallHandle setUserState(const User &user, UserState state, QObject *context,
                            Callback<User> done) override;
    CallHandle deleteUser(const User &user, QObject *context, Callback<Done> done) override;
    CallHandle fetchProjects(const QString &userId, int page, int pageSize, QObject *context,
                             Callback<Page<Project>> done) override;
    CallHandle fetchArtifacts(const QString &userId, QObject *context,
                              Callback<Page<Artifact>> done) override;
    CallHandle fetchIntegrations(QObject *context, Callback<Page<Integration>> done) override;
    CallHandle deleteUserByExternalId(const QString &externalId, QObject *context,
                                      Callback<Done> done) override;
    CallHandle createUsers(const QList<UserChanges> &inputs, QObject *context,
                           Callback<BatchResult> done) override;
    CallHandle changePassword(const User &user, const QString &password, QObject *context,
                              Callback<Done> done) override;

    // For services that sign in with a username and password: answers the token, which the
    // caller passes to setCredential() and keeps in the keychain.
    bool signsIn() const { return m_dialect->signsIn(); }
    CallHandle signIn(const QString &username, const QString &password, QObject *context,
                      Callback<QString> done);

    const ClientOptions &clientOptions() const { return m_client->options(); }
    // The profile's TLS and time options for requests sent from now on.
    void updateOptions(const ConnectionProfile &profile);
    ApiClient *client() const { return m_client; }

Q_SIGNALS:
    // Every request this directory finished, as the activity panel shows it.
    void requestFinished(const ActivityRecord &record);
    // A request failed only because no trusted CA vouches for the server's certificate
    // (`message` says so for the admin); the admin may choose to trust it by its fingerprint.
    void certificateUntrusted(const CertificateSummary &certificate, const QString &message);

private:
    enum class Authorization { Credential, None };
    // Where an answer is read. Pages of users are the big answers: reading one costs the GUI
    // thread more than fetching it, so they are read on a worker thread while the next page
    // is on its way. Everything else is small and read where it arrives.
    enum class Parsing { InPlace, OffThread };
    template<typename T> using Parser = std::function<Result<T>(const Dialect &, const ApiResponse &)>;
    using Builder = std::function<ApiRequest(const Dialect &)>;

    // The one way a request is made: capability and ids checked, built, sent, answered.
    template<typename T>
    CallHandle call(std::optional<Capability> needs, const QStringList &ids, const Builder &build,
                    const Parser<T> &parse, QObject *context, Callback<T> done,
                    Authorization authorization = Authorization::Credential,
                    Parsing parsing = Parsing::InPlace);
    // Hands a successful answer, read into `parsed`, to the callback and the activity panel.
    template<typename T>
    void deliverParsed(const ApiResponse &response, const Result<T> &parsed,
                       const QPointer<QObject> &receiver, const Callback<T> &done);
    void reportUntrusted(const ApiResponse &response, const ApiError &error);
    template<typename T> CallHandle refuse(const ApiError &error, QObject *context, Callback<T> done);

    // Shared with the worker threads that read pages, which may still be reading one when
    // this directory goes away. After construction only the credential changes, and no
    // parser reads it.
    std::shared_ptr<Dialect> m_dialect;
    ApiClient *m_client = nullptr;
    class ParsedMailbox;
    std::shared_ptr<ParsedMailbox> m_mailbox;
};

// Why an id cannot be put in a request path ("", ".", ".."), or nullopt when it can.
std::optional<ApiError> unsafeIdError(const QString &id);

// A finished request as the activity panel keeps it: no body, no header, and of the query only
// the values Roster puts there for paging, searching and filtering.
ActivityRecord activityRecordFor(const ApiResponse &response, const ApiError &error);
