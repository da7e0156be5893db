#include "ServiceRegistry.h"

#include "OrgAppDialect.h"
#include "PapermergeDialect.h"
#include "PaprDialect.h"
#include "RestV1Dialect.h"
#include "TextSafety.h"
#include "TlsTrust.h"
#include "UserField.h"

#include <QCoreApplication>
#include <QMutex>

AuthMethod ServiceKind::authMethod(const QString &methodId) const
{
    for (const AuthMethod &method : authMethods) {
        if (method.id == methodId)
            return method;
    }
    return authMethods.value(0);
}

namespace {
QMutex translationMutex;
int translation = 0; // bumped by retranslate()
} // namespace

void ServiceRegistry::retranslate()
{
    const QMutexLocker lock(&translationMutex);
    ++translation;
}

const ServiceKind &ServiceRegistry::translated(ServiceKind &kind, int &builtFor, ServiceKind (*make)())
{
    const QMutexLocker lock(&translationMutex);
    if (builtFor != translation) {
        kind = make();
        builtFor = translation;
    }
    return kind;
}

const QList<ServiceKind> &ServiceRegistry::kinds()
{
    static QList<ServiceKind> all;
    static int builtFor = -1;
    const QList<const ServiceKind *> current{ &OrgAppDialect::serviceKind(), &PaprDialect::serviceKind(),
                                              &RestV1Dialect::serviceKind(),
                                              &PapermergeDialect::serviceKind() };
    const QMutexLocker lock(&translationMutex);
    if (builtFor != translation) {
        // Assigned in place, so the pointers find() gave out stay valid.
        all.resize(current.size());
        for (qsizetype i = 0; i < current.size(); ++i)
            all[i] = *current.at(i);
        builtFor = translation;
    }
    return all;
}

const ServiceKind *ServiceRegistry::find(const QString &id)
{
    const QList<ServiceKind> &all = kinds();
    for (const ServiceKind &kind : all) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

QStringList ServiceRegistry::ids()
{
    QStringList result;
    for (const ServiceKind &kind : kinds())
        result << kind.id;
    return result;
}

std::unique_ptr<Dialect> ServiceRegistry::createDialect(const ConnectionProfile &profile)
{
    const ServiceKind *kind = find(profile.serviceKind);
    return kind ? kind->createDialect(profile) : nullptr;
}

QString ServiceRegistry::validate(const ConnectionProfile &profile)
{
    const ServiceKind *kind = find(profile.serviceKind);
    if (!kind)
        return QCoreApplication::translate("ServiceRegistry", "Choose the kind of service.");
    if (profile.name.trimmed().isEmpty())
        return QCoreApplication::translate("ServiceRegistry", "Give the connection a name.");
    const QUrl &url = profile.baseUrl;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return QCoreApplication::translate(
                   "ServiceRegistry", "The base URL must be a full http:// or https:// address, such as %1.")
            .arg(kind->exampleUrl);
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "ServiceRegistry",
            "The base URL must not contain a user name or password (user:password@). Enter the "
            "credential in its own field: Roster keeps it in the system keychain, never in the "
            "settings file.");
    if (profile.isPlainHttpToAnotherHost() && !profile.allowPlainHttp)
        return QCoreApplication::translate(
                   "ServiceRegistry",
                   "%1 is reached over plain http://, so the credential would cross the network "
                   "unencrypted. Use https://, or confirm that you accept this for a server you control.")
            .arg(url.host());
    if (kind->usesOrganization && profile.organization.trimmed().isEmpty())
        return QCoreApplication::translate("ServiceRegistry", "Enter the %1.")
            .arg(UserFields::inSentence(kind->organizationLabel));
    // These values travel in headers or paths: a line break would start a header of its own.
    if (containsControlCharacters(profile.organization))
        return QCoreApplication::translate("ServiceRegistry",
                                           "The %1 must not contain line breaks or other control characters.")
            .arg(kind->usesOrganization ? UserFields::inSentence(kind->organizationLabel)
                                        : QCoreApplication::translate("ServiceRegistry", "organization"));
    if (containsControlCharacters(profile.apiPrefix))
        return QCoreApplication::translate(
            "ServiceRegistry", "The API prefix must not contain line breaks or other control characters.");
    if (kind->usesUsername && profile.username.trimmed().isEmpty())
        return QCoreApplication::translate("ServiceRegistry", "Enter the username to sign in with.");
    if (containsControlCharacters(profile.username))
        return QCoreApplication::translate(
            "ServiceRegistry", "The username must not contain line breaks or other control characters.");
    if (profile.pageSize < 1 || profile.pageSize > kind->maxPageSize)
        return QCoreApplication::translate("ServiceRegistry", "The page size must be between 1 and %1.")
            .arg(kind->maxPageSize);
    if (profile.timeoutSeconds < 1 || profile.timeoutSeconds > 600)
        return QCoreApplication::translate("ServiceRegistry",
                                           "The timeout must be between 1 and 600 seconds.");
    if (profile.deadlineSeconds < profile.timeoutSeconds || profile.deadlineSeconds > 3600)
        return QCoreApplication::translate(
            "ServiceRegistry",
            "The time limit for a whole request must be at least the timeout and at most 3,600 "
            "seconds.");
    if (profile.concurrentRequests < 1 || profile.concurrentRequests > 16)
        return QCoreApplication::translate("ServiceRegistry",
                                           "The requests at once must be between 1 and 16.");
    return validateNetworkOptions(profile);
}
