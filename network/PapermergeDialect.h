#pragma once

#include "Dialect.h"

#include <QJsonObject>

// Papermerge core 2.1.x users over JSON:API (api/papermerge-users.txt,
// specs/papermerge-2.1.9-openapi.yaml): sign in with username and password for a token sent as
// "Authorization: Token <key>"; application/vnd.api+json bodies wrapped in {"data": {...}};
// trailing slashes; page[number]/page[size] and filter[search]; is_active is the state; a
// change-password endpoint with a plain JSON body; errors[] with source.pointer.
class PapermergeDialect final : public Dialect {
public:
    static const ServiceKind &serviceKind();
    static QString defaultApiPrefix() { return QStringLiteral("/api"); }

    explicit PapermergeDialect(const ConnectionProfile &profile);

    void authorize(ApiRequest &request) const override;

    ApiRequest currentUser() const override;
    ApiRequest listUsers(const UserQuery &query) const override;
    Result<Page<User>> parseUserPage(const ApiResponse &response, const UserQuery &query) const override;
    ApiRequest getUser(const QString &id) const override;
    Result<User> parseUser(const ApiResponse &response) const override;
    ApiRequest createUser(const UserChanges &input) const override;
    ApiRequest updateUser(const User &original, const UserChanges &changes) const override;
    ApiRequest setUserState(const User &user, UserState state) const override;
    ApiRequest deleteUser(const User &user) const override;
    ApiRequest changePassword(const User &user, const QString &password) const override;
    ServerMessage parseServerMessage(const ApiResponse &response) const override;

    bool signsIn() const override { return true; }
    ApiRequest signIn(const QString &username, const QString &password) const override;
    Result<QString> parseSignIn(const ApiResponse &response) const override;

    static User userFromJson(const QJsonObject &resource);
    // "/data/attributes/email" -> the UserFields key of email.
    static QString fieldFromPointer(const QString &pointer);

private:
    // A QJsonObject or a JsonNode (see UserReader).
    template<typename Object> static User readUser(const Object &object);
    // A request under the profile's API prefix, asking for JSON:API.
    ApiRequest jsonApiRequest(const QByteArray &method, const QString &path, const QString &what) const;
    ApiRequest withResource(ApiRequest request, const QJsonObject &resource) const;
    QString prefix() const;
};
