#pragma once

#include "ConnectionProfile.h"

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

// What the settings panel needs to know about a kind of service to edit a profile for it.
// The only place outside the dialects that knows which kinds exist.
struct ServiceKindInfo {
    QString id;
    QString displayName;
    QString summary;
    QString exampleUrl;
    bool usesOrganization = false;
    QString organizationLabel;
    bool usesApiPrefix = false;
    QString defaultApiPrefix;
    bool usesUsername = false;
    int maxPageSize = 100;
    QList<AuthMethod> authMethods;

    bool isValid() const { return !id.isEmpty(); }
    AuthMethod authMethod(const QString &id) const; // the default when id is empty or unknown
};

class ServiceKinds {
public:
    static QList<ServiceKindInfo> all();
    static ServiceKindInfo find(const QString &id);
    // A dialect for the profile's service kind; null when the kind is unknown.
    static std::unique_ptr<Dialect> createDialect(const ConnectionProfile &profile);
    // What is wrong with the profile for its kind, in a sentence; empty when it is complete.
    static QString validate(const ConnectionProfile &profile);
};
