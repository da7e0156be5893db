#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class MockHttpServer;

// One stand-in service on a MockHttpServer. Each describes the demo connection that reaches
// it, so the app's demo needs no knowledge of the services.
class MockService : public QObject {
    Q_OBJECT

public:
    struct DemoAccount {
        QString serviceKind; // the id network/ServiceKinds knows this service by
        QString displayName;
        QString credential; // token, key, or password where the service signs in
        QString organization;
        QString username;
    };

    // Instead of the demo's directory: `users` people made by SeedPeople::varied(users, seed), the
    // same for the same seed, opened by the fixed `credential` (the service's demo credential when
    // empty). For benchmarks and large tests; the demo directories never change.
    struct Generated {
        int users = 0;
        quint32 seed = 1;
        QString credential;
    };

    using QObject::QObject;
    virtual DemoAccount demoAccount() const = 0;
};
