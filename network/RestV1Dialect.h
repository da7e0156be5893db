#pragma once

#include "Dialect.h"

#include <QJsonObject>

// The plain REST users API (api/rest-v1-users.txt): Bearer token, page/limit paging with a
// pagination block, role/status/search filters applied by the server, PATCH with only the
// changed fields, delete, status active/inactive/suspended, and error envelopes
// {success:false, error:{code, message, field}} whose field belongs next to its input.
class RestV1Dialect final : public Dialect {
public:
    static const ServiceKind &serviceKind();

    explicit RestV1Dialect(const ConnectionProfile &profile);

    void authorize(ApiRequest &request) const override;
    ServerMessage parseServerMessage(const ApiResponse &response) const override;

    ApiRequest listUsers(const UserQuery &query) const override;
    Result<Page<User>> parseUserPage(const ApiResponse &response, const UserQuery &query) const override;
    ApiRequest getUser(const QString &id) const override;
    Result<User> parseUser(const ApiResponse &response) const override;
    ApiRequest createUser(const UserChanges &input) const override;
    ApiRequest updateUser(const User &original, const UserChanges &changes) const override;
    ApiRequest setUserState(const User &user, UserState state) const override;
    ApiRequest deleteUser(const User &user) const override;
    Result<Done> parseDone(const ApiResponse &response) const override;

    static User userFromJson(const QJsonObject &object);

private:
    // A QJsonObject or a JsonNode (see UserReader).
    template<typename Object> static User readUser(const Object &object);
};
