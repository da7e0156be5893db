#include "DemoEnvironment.h"

#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RestV1Service.h"

#include <QHostAddress>

DemoEnvironment::DemoEnvironment(QObject *parent) : QObject(parent) { }

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start()
{
    if (m_server)
        return true;
    auto *server = new MockHttpServer(this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        m_error = tr("The demo server could not listen on 127.0.0.1.");
        delete server;
        return false;
    }
    m_server = server;
    const QList<MockService *> services{ new OrgAppService(server, server), new PaprService(server, server),
                                         new RestV1Service(server, server),
                                         new PapermergeService(server, QStringLiteral("/api"), server) };
    for (const MockService *service : services) {
        const MockService::DemoAccount account = service->demoAccount();
        Connection connection;
        // A fixed id: the demo's window layout is remembered like any connection's, its secret never.
        connection.profile.id = QStringLiteral("demo-") + account.serviceKind;
        connection.profile.name = tr("Demo: %1").arg(account.displayName);
        connection.profile.baseUrl = server->baseUrl();
        connection.profile.serviceKind = account.serviceKind;
        connection.profile.organization = account.organization;
        connection.profile.username = account.username;
        connection.profile.pageSize = 50;
        connection.profile.timeoutSeconds = 15;
        connection.credential = account.credential;
        m_connections.append(connection);
    }
    return true;
}
