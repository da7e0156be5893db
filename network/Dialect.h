#pragma once

#include "ApiRequest.h"
#include "ConnectionProfile.h"
#include "ErrorMapping.h"
#include "Json.h"
#include "JsonTape.h"
#include "Records.h"
#include "Result.h"
#include "ServiceDescription.h"
#include "User.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

struct ServiceKind;

// Reads a JSON list of objects with `fromJson` into `out`; an answer that is not a list of
// objects is a BadResponse naming `name`, the list's key in the body. `list` is a QJsonValue or
// a JsonNode.
template<typename T, typename List, typename FromJson>
std::optional<ApiError> readObjects(const ApiResponse &response, const List &list, const QString &name,
                                    FromJson fromJson, QList<T> &out)
{
    if (!list.isArray())
        return badResponse(response,
                           QCoreApplication::translate("Dialect", "it has no \"%1\" list").arg(name));
    const auto items = list.toArray();
    out.reserve(out.size() + items.size());
    for (const auto &item : items) {
        if (!item.isObject())
            return badResponse(
                response,
                QCoreApplication::translate("Dialect", "an entry of \"%1\" is not an object").arg(name));
        out.append(fromJson(item.toObject()));
    }
    return std::nullopt;
}

// Sets a User's fields and notes which ones an answer carried (UserReader's half that does not
// depend on the kind of JSON object).
class UserFieldWriter {
public:
    explicit UserFieldWriter(User &user) : m_user(user) { m_user.present = UserFieldSet(); }
    // Marks `field` as carried, for values the dialect reads itself.
    void mark(UserField field) { m_user.present.insert(field); }

protected:
    void setText(UserField field, const QString &text);
    void setDateTime(UserField field, const QDateTime &when);
    User &m_user;
};

// Reads the keys of a JSON object into a User, noting which fields the object carried so that
// merging a partial answer changes only those (an absent key is "not said", an empty one
// "cleared"). Works on a QJsonObject or a JsonNode: a page of users is read from a JsonTape,
// anything else from QJsonDocument, and both through this one reader.
template<typename Object> class UserReader : public UserFieldWriter {
public:
    UserReader(const Object &object, User &user) : UserFieldWriter(user), m_object(object) { }
    bool has(QLatin1String key) const { return m_object.contains(key); }
    // A text field; numbers are read as their decimal text.
    void text(QLatin1String key, UserField field)
    {
        const auto value = m_object.value(key);
        if (!value.isUndefined())
            setText(field, Json::string(value));
    }
    void id(QLatin1String key) // ids may come as numbers
    {
        const auto value = m_object.value(key);
        if (!value.isUndefined())
            setText(UserField::Id, Json::idString(value));
    }
    void dateTime(QLatin1String key, UserField field)
    {
        const auto value = m_object.value(key);
        if (!value.isUndefined())
            setDateTime(field, Json::dateTime(value));
    }
    void flag(QLatin1String key, UserField field)
    {
        const auto value = m_object.value(key);
        if (value.isUndefined())
            return;
        m_user.setValue(field, value.toBool());
        mark(field);
    }

private:
    const Object &m_object;
};

// How one service speaks: it builds each request and parses each answer into value types.
// A dialect never sends anything and never sees a widget; RemoteUserDirectory drives it and
// checks, in one place, that the service has the capability an optional call needs.
class Dialect {
public:
    Dialect(const ServiceKind &kind, const ConnectionProfile &profile);
    virtual ~Dialect() = default;
    Dialect(const Dialect &) = delete;
    Dialect &operator=(const Dialect &) = delete;

    const ServiceKind &kind() const { return m_kind; }
    const ServiceDescription &description() const;

    // The credential the admin gave (token, key, or what a sign-in step returned).
    void setCredential(const QString &secret) { m_secret = secret; }
    bool hasCredential() const { return !m_secret.isEmpty(); }
    // Adds the authentication (and tenant) headers.
    virtual void authorize(ApiRequest &request) const = 0;
    // The human part of an error body in this service's format.
    virtual ServerMessage parseServerMessage(const ApiResponse &response) const = 0;

    // Every service lists, reads, creates and edits users.
    virtual ApiRequest listUsers(const UserQuery &query) const = 0;
    virtual Result<Page<User>> parseUserPage(const ApiResponse &response, const UserQuery &query) const = 0;
    virtual ApiRequest getUser(const QString &id) const = 0;
    virtual Result<User> parseUser(const ApiResponse &response) const = 0;
    virtual ApiRequest createUser(const UserChanges &input) const = 0;
    // `original` is the server's latest copy; a service whose update replaces the whole record
    // builds it from `original` with `changes` applied.
    virtual ApiRequest updateUser(const User &original, const UserChanges &changes) const = 0;
    // The answer to a call that returns nothing but success (delete, change password): an empty
    // body or a JSON object that does not say it failed. Dialects check the documented shape.
    virtual Result<Done> parseDone(const ApiResponse &response) const;

    // Optional endpoints. RemoteUserDirectory calls these only where the description has the
    // capability; a dialect implements just the ones it declares.
    virtual ApiRequest currentUser() const { return ApiRequest(); }
    virtual Result<User> parseCurrentUser(const ApiResponse &response) const { return parseUser(response); }
    virtual ApiRequest setUserState(const User &, UserState) const { return ApiRequest(); }
    // The state change's answer; `user` is the user as known before the change.
    virtual Result<User> parseStateAnswer(const ApiResponse &response, const User &) const
    {
        return parseUser(response);
    }
    virtual ApiRequest deleteUser(const User &) const { return ApiRequest(); }
    virtual ApiRequest deleteUserByExternalId(const QString &) const { return ApiRequest(); }
    virtual ApiRequest listProjects(const QString &, int, int) const { return ApiRequest(); }
    virtual Result<Page<Project>> parseProjectPage(const ApiResponse &response, int, int) const;
    virtual ApiRequest latestArtifacts(const QString &) const { return ApiRequest(); }
    virtual Result<Page<Artifact>> parseArtifacts(const ApiResponse &response) const;
    virtual ApiRequest integrations() const { return ApiRequest(); }
    virtual Result<Page<Integration>> parseIntegrations(const ApiResponse &response) const;
    virtual ApiRequest createUsers(const QList<UserChanges> &) const { return ApiRequest(); }
    virtual Result<BatchResult> parseBatch(const ApiResponse &response, const QList<UserChanges> &) const;
    virtual ApiRequest changePassword(const User &, const QString &) const { return ApiRequest(); }

    // Services that trade a username and password for a token (the profile's username).
    virtual bool signsIn() const { return false; }
    virtual ApiRequest signIn(const QString &, const QString &) const { return ApiRequest(); }
    virtual Result<QString> parseSignIn(const ApiResponse &response) const;

protected:
    const ConnectionProfile &profile() const { return m_profile; }
    const QString &secret() const { return m_secret; }
    // The one JSON preamble of every parser: the body as an object or array, or the
    // BadResponse that says why it is not one.
    static Result<QJsonObject> objectBody(const ApiResponse &response);
    // Calls `read` with the body's object as a JsonNode, or as a QJsonObject when JsonTape
    // leaves the text to QJsonDocument; an error when the body is not a JSON object. For the
    // answers that carry many users: the tape reads them at a fraction of the cost.
    template<typename T, typename Read>
    static Result<T> readObjectBody(const ApiResponse &response, Read read)
    {
        const JsonTape tape(response.body);
        if (tape.root().isObject())
            return read(tape.root());
        const Result<QJsonObject> object = objectBody(response);
        if (!object)
            return object.error();
        return read(*object);
    }
    static Result<QJsonArray> arrayBody(const ApiResponse &response);
    // A request of this dialect: method, path and what it does, for messages.
    static ApiRequest request(const QByteArray &method, const QString &path, const QString &what);
    static ApiRequest withJsonBody(ApiRequest request, const QJsonObject &body);
    // "a/b" -> "a%2Fb": an id is always one path segment.
    static QString encodeId(const QString &id);

private:
    const ServiceKind &m_kind;
    ConnectionProfile m_profile;
    QString m_secret;
};
