#include "ServiceKinds.h"

#include "OrgAppDialect.h"
#include "PapermergeDialect.h"
#include "PaprDialect.h"
#include "RestV1Dialect.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServiceKinds", text);
}
} // namespace

AuthMethod ServiceKindInfo::authMethod(const QString &methodId) const
{
    for (const AuthMethod &method : authMethods) {
        if (method.id == methodId)
            return method;
    }
    return authMethods.value(0);
}

QList<ServiceKindInfo> ServiceKinds::all()
{
    ServiceKindInfo orgApp;
    orgApp.id = OrgAppDialect::kindId();
    orgApp.displayName = tr("Org App users");
    orgApp.summary = tr("Org-scoped app users with projects, artifacts and integrations.");
    orgApp.exampleUrl = QStringLiteral("https://app.example.com");
    orgApp.usesOrganization = true;
    orgApp.organizationLabel = tr("Organization slug");
    orgApp.maxPageSize = 100;
    orgApp.authMethods = { AuthMethod{ QStringLiteral("bearer"), tr("Bearer token"), tr("API token") } };

    ServiceKindInfo papr;
    papr.id = PaprDialect::kindId();
    papr.displayName = tr("Papr Memory users");
    papr.summary
        = tr("Developer-scoped users with free-form metadata, batch create and delete by external ID.");
    papr.exampleUrl = QStringLiteral("https://memory.example.com");
    papr.maxPageSize = 100;
    papr.authMethods = { AuthMethod{ QStringLiteral("api-key"), tr("API key (X-API-Key)"), tr("API key") },
                         AuthMethod{ QStringLiteral("session-token"), tr("Session token (X-Session-Token)"),
                                     tr("Session token") },
                         AuthMethod{ QStringLiteral("bearer"), tr("Bearer token"), tr("Bearer token") } };

    ServiceKindInfo rest;
    rest.id = RestV1Dialect::kindId();
    rest.displayName = tr("REST /v1/users");
    rest.summary
        = tr("Users with roles and an active, inactive or suspended status; searched on the server.");
    rest.exampleUrl = QStringLiteral("https://api.example.com");
    rest.maxPageSize = 100;
    rest.authMethods = { AuthMethod{ QStringLiteral("bearer"), tr("Bearer token"), tr("API key") } };

    ServiceKindInfo papermerge;
    papermerge.id = PapermergeDialect::kindId();
    papermerge.displayName = tr("Papermerge (JSON:API)");
    papermerge.summary = tr("Papermerge core 2.1 users: sign in with a username and password.");
    papermerge.exampleUrl = QStringLiteral("https://papermerge.example.com");
    papermerge.usesApiPrefix = true;
    papermerge.defaultApiPrefix = PapermergeDialect::defaultApiPrefix();
    papermerge.usesUsername = true;
    papermerge.maxPageSize = 100;
    papermerge.authMethods
        = { AuthMethod{ QStringLiteral("password"), tr("Username and password"), tr("Password") } };

    return { orgApp, papr, rest, papermerge };
}

ServiceKindInfo ServiceKinds::find(const QString &id)
{
    const QList<ServiceKindInfo> kinds = all();
    for (const ServiceKindInfo &kind : kinds) {
        if (kind.id == id)
            return kind;
    }
    return ServiceKindInfo();
}

std::unique_ptr<Dialect> ServiceKinds::createDialect(const ConnectionProfile &profile)
{
    if (profile.serviceKind == OrgAppDialect::kindId())
        return std::make_unique<OrgAppDialect>(profile);
    if (profile.serviceKind == PaprDialect::kindId())
        return std::make_unique<PaprDialect>(profile);
    if (profile.serviceKind == RestV1Dialect::kindId())
        return std::make_unique<RestV1Dialect>(profile);
    if (profile.serviceKind == PapermergeDialect::kindId())
        return std::make_unique<PapermergeDialect>(profile);
    return nullptr;
}

QString ServiceKinds::validate(const ConnectionProfile &profile)
{
    const ServiceKindInfo kind = find(profile.serviceKind);
    if (!kind.isValid())
        return tr("Choose the kind of service.");
    if (profile.name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    const QUrl &url = profile.baseUrl;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The base URL must be a full http:// or https:// address, such as %1.")
            .arg(kind.exampleUrl);
    if (kind.usesOrganization && profile.organization.trimmed().isEmpty())
        return tr("Enter the %1.").arg(kind.organizationLabel.toLower());
    if (kind.usesUsername && profile.username.trimmed().isEmpty())
        return tr("Enter the username to sign in with.");
    if (profile.pageSize < 1 || profile.pageSize > kind.maxPageSize)
        return tr("The page size must be between 1 and %1.").arg(kind.maxPageSize);
    if (profile.timeoutSeconds < 1 || profile.timeoutSeconds > 600)
        return tr("The timeout must be between 1 and 600 seconds.");
    return QString();
}
