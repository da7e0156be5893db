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
