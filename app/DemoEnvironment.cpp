#include "DemoEnvironment.h"

#include "MockHttpServer.h"
#include "OrgAppService.h"

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
    auto *orgApp = new OrgAppService(server, server);
    m_server = server;

    Connection org;
    // A fixed id: the demo's window layout is remembered like any connection's, its secret never.
    org.profile.id = QStringLiteral("demo-org-app");
    org.profile.name = tr("Demo: Org App");
    org.profile.baseUrl = server->baseUrl();
    org.profile.serviceKind = QStringLiteral("org-app");
    org.profile.organization = orgApp->org();
    org.profile.pageSize = 50;
    org.profile.timeoutSeconds = 15;
    org.credential = orgApp->token();
    m_connections.append(org);
    return true;
}
