#include "Dialect.h"

#include <QCoreApplication>

namespace {
ApiError unsupported(const char *what)
{
    return ApiError(ApiError::Kind::InvalidRequest,
                    QCoreApplication::translate("Dialect", "This service does not support %1.")
                        .arg(QCoreApplication::translate("Dialect", what)));
}
} // namespace

ApiRequest Dialect::currentUser() const
{
    return ApiRequest();
}

Result<User> Dialect::parseCurrentUser(const ApiResponse &response) const
{
    return parseUser(response);
}

ApiRequest Dialect::setUserState(const User &, UserState) const
{
    return ApiRequest();
}

Result<User> Dialect::parseStateAnswer(const ApiResponse &response, const User &) const
{
    return parseUser(response);
}

ApiRequest Dialect::deleteUser(const User &) const
{
    return ApiRequest();
}

ApiRequest Dialect::listProjects(const QString &, int, int) const
{
    return ApiRequest();
}

Result<Page<Project>> Dialect::parseProjectPage(const ApiResponse &, int, int) const
{
    return unsupported(QT_TRANSLATE_NOOP("Dialect", "projects"));
}

ApiRequest Dialect::latestArtifacts(const QString &) const
{
    return ApiRequest();
}

Result<Page<Artifact>> Dialect::parseArtifacts(const ApiResponse &) const
{
    return unsupported(QT_TRANSLATE_NOOP("Dialect", "artifacts"));
}

ApiRequest Dialect::integrations() const
{
    return ApiRequest();
}

Result<Page<Integration>> Dialect::parseIntegrations(const ApiResponse &) const
{
    return unsupported(QT_TRANSLATE_NOOP("Dialect", "integrations"));
}

ApiRequest Dialect::deleteUserByExternalId(const QString &) const
{
    return ApiRequest();
}
ApiRequest Dialect::createUsers(const QList<UserChanges> &) const
{
    return ApiRequest();
}

Result<BatchResult> Dialect::parseBatch(const ApiResponse &, const QList<UserChanges> &) const
{
    return unsupported(QT_TRANSLATE_NOOP("Dialect", "creating users in a batch"));
}

ApiRequest Dialect::changePassword(const User &, const QString &) const
{
    return ApiRequest();
}
ApiRequest Dialect::signIn(const QString &, const QString &) const
{
    return ApiRequest();
}

Result<QString> Dialect::parseSignIn(const ApiResponse &) const
{
    return unsupported(QT_TRANSLATE_NOOP("Dialect", "signing in with a password"));
}
