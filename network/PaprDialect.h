#pragma once

#include "Dialect.h"

#include <QJsonObject>

// Papr Memory's users (api/papr-memory-users.txt, specs/papr-memory-openapi.yaml): an API key
// (or session token, or Bearer token) header, page/page_size with a total, email and external_id
// filters, PUT updates with only the changed fields, delete by id or by external id, and a batch
// create whose 207 answer lists the rows that failed. Users have free-form metadata whose "name"
// is their display name; there is no state to toggle.
class PaprDialect final : public Dialect {
public:
    static const ServiceKind &serviceKind();

    explicit PaprDialect(const ConnectionProfile &profile);

    void authorize(ApiRequest &request) const override;

    ApiRequest listUsers(const UserQuery &query) const override;
    Result<Page<User>> parseUserPage(const ApiResponse &response, const UserQuery &query) const override;
    ApiRequest getUser(const QString &id) const override;
    Result<User> parseUser(const ApiResponse &response) const override;
    ApiRequest createUser(const UserChanges &input) const override;
    ApiRequest updateUser(const User &original, const UserChanges &changes) const override;
    ApiRequest deleteUser(const User &user) const override;
    ApiRequest deleteUserByExternalId(const QString &externalId) const override;
    ApiRequest createUsers(const QList<UserChanges> &inputs) const override;
    Result<BatchResult> parseBatch(const ApiResponse &response,
                                   const QList<UserChanges> &inputs) const override;
    ServerMessage parseServerMessage(const ApiResponse &response) const override;

    static User userFromJson(const QJsonObject &object);
    static QJsonObject userToJson(const UserChanges &input);

private:
    // A QJsonObject or a JsonNode (see UserReader).
    template<typename Object> static User readUser(const Object &object);
};
