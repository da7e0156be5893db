#pragma once

#include "Dialect.h"

#include <QJsonObject>

// The org-scoped "app" users API (api/org-app-users.txt): Bearer token plus the x-org header,
// paging by page/page_size answered with has_next_page and total_count, activate/deactivate,
// projects, latest artifacts and the signed-in user's integrations. No delete is documented.
class OrgAppDialect final : public Dialect {
public:
    static const ServiceKind &serviceKind();

    explicit OrgAppDialect(const ConnectionProfile &profile);

    void authorize(ApiRequest &request) const override;
    ServerMessage parseServerMessage(const ApiResponse &response) const override;

    ApiRequest currentUser() const override;
    ApiRequest listUsers(const UserQuery &query) const override;
    Result<Page<User>> parseUserPage(const ApiResponse &response, const UserQuery &query) const override;
    ApiRequest getUser(const QString &id) const override;
    Result<User> parseUser(const ApiResponse &response) const override;
    ApiRequest createUser(const UserChanges &input) const override;
    ApiRequest updateUser(const User &original, const UserChanges &changes) const override;
    ApiRequest setUserState(const User &user, UserState state) const override;
    Result<User> parseStateAnswer(const ApiResponse &response, const User &user) const override;
    ApiRequest listProjects(const QString &userId, int page, int pageSize) const override;
    Result<Page<Project>> parseProjectPage(const ApiResponse &response, int page,
                                           int pageSize) const override;
    ApiRequest latestArtifacts(const QString &userId) const override;
    Result<Page<Artifact>> parseArtifacts(const ApiResponse &response) const override;
    ApiRequest integrations() const override;
    Result<Page<Integration>> parseIntegrations(const ApiResponse &response) const override;

    static User userFromJson(const QJsonObject &object);
    static Artifact artifactFromJson(const QJsonObject &object);
    static Integration integrationFromJson(const QJsonObject &object);

private:
    // A QJsonObject or a JsonNode (see UserReader).
    template<typename Object> static User readUser(const Object &object);
    template<typename Object> static Project readProject(const Object &object);
    template<typename T, typename FromJson>
    Result<Page<T>> parsePaged(const ApiResponse &response, int page, int pageSize, FromJson fromJson) const;
};
