#pragma once

#include "ApiRequest.h"
#include "ConnectionProfile.h"
#include "ErrorMapping.h"
#include "Records.h"
#include "Result.h"
#include "ServiceDescription.h"
#include "User.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

// Reads a JSON list of objects with `fromJson` into `out`; an answer that is not a list of
// objects is a BadResponse naming `name`, the list's key in the body.
template<typename T, typename FromJson>
std::optional<ApiError> readObjects(const ApiResponse &response, const QJsonValue &list, const QString &name,
                                    FromJson fromJson, QList<T> &out)
{
    if (!list.isArray())
        return badResponse(response,
                           QCoreApplication::translate("Dialect", "it has no \"%1\" list").arg(name));
    const QJsonArray items = list.toArray();
    out.reserve(out.size() + items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return badResponse(
                response,
                QCoreApplication::translate("Dialect", "an entry of \"%1\" is not an object").arg(name));
        out.append(fromJson(item.toObject()));
    }
    return std::nullopt;
}

// How one service speaks: it builds each request and parses each answer into value types.
// A dialect never sends anything and never sees a widget; RemoteUserDirectory drives it.
// Requests for what the service cannot do are never built: the description says so and the
// UI offers no such action.
class Dialect {
public:
    explicit Dialect(const ConnectionProfile &profile) : m_profile(profile) { }
    virtual ~Dialect() = default;
    Dialect(const Dialect &) = delete;
    Dialect &operator=(const Dialect &) = delete;

    virtual const ServiceDescription &description() const = 0;

    // The credential the admin gave (token, key, or what a sign-in step returned).
    void setCredential(const QString &secret) { m_secret = secret; }
    bool hasCredential() const { return !m_secret.isEmpty(); }
    // Adds the authentication (and tenant) headers.
    virtual void authorize(ApiRequest &request) const = 0;

    virtual ApiRequest listUsers(const UserQuery &query) const = 0;
    virtual Result<Page<User>> parseUserPage(const ApiResponse &response, const UserQuery &query) const = 0;
    virtual ApiRequest getUser(const QString &id) const = 0;
    virtual Result<User> parseUser(const ApiResponse &response) const = 0;
    virtual ApiRequest createUser(const UserChanges &input) const = 0;
    virtual ApiRequest updateUser(const User &original, const UserChanges &changes) const = 0;

    // The human part of an error body in this service's format.
    virtual ServerMessage parseServerMessage(const ApiResponse &response) const = 0;

    // Optional endpoints: a dialect whose description lacks the capability keeps these defaults
    // (never called then: RemoteUserDirectory checks the capability first).
    virtual ApiRequest currentUser() const;
    virtual Result<User> parseCurrentUser(const ApiResponse &response) const;
    virtual ApiRequest setUserState(const User &user, UserState state) const;
    // The state change's answer; `user` is the user as known before the change.
    virtual Result<User> parseStateAnswer(const ApiResponse &response, const User &user) const;
    virtual ApiRequest deleteUser(const User &user) const;
    virtual ApiRequest listProjects(const QString &userId, int page, int pageSize) const;
    virtual Result<Page<Project>> parseProjectPage(const ApiResponse &response, int page, int pageSize) const;
    virtual ApiRequest latestArtifacts(const QString &userId) const;
    virtual Result<Page<Artifact>> parseArtifacts(const ApiResponse &response) const;
    virtual ApiRequest integrations() const;
    virtual Result<Page<Integration>> parseIntegrations(const ApiResponse &response) const;
    virtual ApiRequest deleteUserByExternalId(const QString &externalId) const;
    virtual ApiRequest createUsers(const QList<UserChanges> &inputs) const;
    virtual Result<BatchResult> parseBatch(const ApiResponse &response,
                                           const QList<UserChanges> &inputs) const;
    virtual ApiRequest changePassword(const User &user, const QString &password) const;

    // Services that trade a username and password for a token (the profile's username).
    virtual bool signsIn() const { return false; }
    virtual ApiRequest signIn(const QString &username, const QString &password) const;
    virtual Result<QString> parseSignIn(const ApiResponse &response) const;

protected:
    const ConnectionProfile &profile() const { return m_profile; }
    const QString &secret() const { return m_secret; }

private:
    ConnectionProfile m_profile;
    QString m_secret;
};
