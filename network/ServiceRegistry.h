#pragma once

#include "ConnectionProfile.h"
#include "ServiceDescription.h"

#include <QList>
#include <QString>
#include <memory>

class Dialect;

// How a profile authenticates with a service kind.
struct AuthMethod {
    QString id;
    QString label; // "Bearer token"
    QString credentialLabel; // what the credential prompt asks for ("API token")
};

// One kind of service, declared once by its dialect: the names the settings panel, the command
// line, the mock server and the README use, how it authenticates, its page-size limit, what it
// can do (the ServiceDescription) and how to make a dialect for a profile.
struct ServiceKind {
    QString id; // "rest-v1": the --service value and the settings file's word
    QString displayName; // "REST v1"
    QString summary;
    QString exampleUrl;
    bool usesOrganization = false;
    QString organizationLabel;
    bool usesApiPrefix = false;
    QString defaultApiPrefix;
    bool usesUsername = false; // signs in with a username and password, keeps only a token
    int maxPageSize = 100;
    QList<AuthMethod> authMethods;
    ServiceDescription description;
    std::unique_ptr<Dialect> (*createDialect)(const ConnectionProfile &profile) = nullptr;

    AuthMethod authMethod(const QString &id) const; // the default when id is empty or unknown
};

class ServiceRegistry {
public:
    static const QList<ServiceKind> &kinds();
    static const ServiceKind *find(const QString &id);
    static QStringList ids();
    // A dialect for the profile's service kind; null when the kind is unknown.
    static std::unique_ptr<Dialect> createDialect(const ConnectionProfile &profile);
    // What is wrong with the profile, in a sentence an admin can act on; empty when complete.
    static QString validate(const ConnectionProfile &profile);

    // The kinds' names and labels are translated when a kind is built, which the command line
    // already does before the application installs its translators. retranslate() has every kind
    // built again, in place (references to a kind stay valid), for the translators now installed.
    static void retranslate();
    // For the dialects: kind as make() builds it, rebuilt after retranslate().
    static const ServiceKind &translated(ServiceKind &kind, int &builtFor, ServiceKind (*make)());
};
