#pragma once

#include "ActivityLog.h"
#include "AuditTrail.h"
#include "ConnectionManager.h"
#include "MainWindow.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RecoveryLog.h"
#include "RestV1Service.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// The main window wired as the app wires it: one QNetworkAccessManager, a settings file of its
// own, the stand-in services on a free loopback port, an in-memory keychain and the
// connection manager, with the audit trail and recovery file in the fixture's own directory.
// Tests add the stand-ins they need with addService(), or adopt a connection over a directory
// of their own with connectTo().
struct WindowFixture {
    QTemporaryDir dir;
    AuditTrail audit{ dir.filePath(QStringLiteral("audit.jsonl")) };
    RecoveryLog recovery{ dir.filePath(QStringLiteral("recovery.jsonl")) };
    ActivityLog activity;
    QNetworkAccessManager manager;
    Settings settings{ dir.filePath(QStringLiteral("roster.conf")) };
    MockHttpServer server;
    MemorySecretStore keychain;
    ConnectionManager connections{ &manager, &keychain };
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        if (!server.listen())
            qFatal("the stand-in server could not listen");
        // As the application hands them over, before the window asks for them.
        if (!connections.auditTrail())
            connections.setAuditTrail(&audit);
        if (!connections.recoveryLog())
            connections.setRecoveryLog(&recovery);
        if (!connections.activityLog())
            connections.setActivityLog(&activity);
        window = std::make_unique<MainWindow>(&settings, &connections);
        window->resize(1200, 800);
        window->show();
    }
    ~WindowFixture() { window.reset(); } // before the connections and network it uses

    // Makes the window the active one, as the admin's click would. Keyboard shortcuts scoped to a
    // widget only fire in the active window; a shown window is not active until the platform says
    // so, and on a loaded machine that can come after the test's first key press.
    bool activateWindow()
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    // Makes `directory` the window's connection, as if a service with its capabilities answered.
    Connection *connectTo(UserDirectory *directory, const ConnectionProfile &profile)
    {
        return connections.adopt(new Connection(profile, directory));
    }

    // The status bar's count as the window words it, with numbers in the current locale's
    // digits and grouping ("1,201" in English, "1.201" in German, "1201" in C). Tests install no
    // translator, so the count reads as its source: the plural forms come from roster_en.ts.
    static QString countText(qint64 loaded, qint64 total)
    {
        return QStringLiteral("%1 of %2 user(s)").arg(QLocale().toString(loaded), QLocale().toString(total));
    }

    template<typename Service, typename... Args> Service *addService(Args &&...args)
    {
        return new Service(&server, std::forward<Args>(args)..., &server);
    }

    // The four stand-ins on one server, Papermerge under /api as its reference pages have it.
    struct Services {
        OrgAppService *orgApp = nullptr;
        PaprService *papr = nullptr;
        RestV1Service *restV1 = nullptr;
        PapermergeService *papermerge = nullptr;
    };
    Services addEveryService()
    {
        Services services;
        services.orgApp = addService<OrgAppService>();
        services.papr = addService<PaprService>();
        services.restV1 = addService<RestV1Service>();
        services.papermerge = addService<PapermergeService>(QStringLiteral("/api"));
        return services;
    }

    // A connection to the stand-in of `kind`, named after it, with the organization and user
    // name the stand-ins expect.
    ConnectionProfile profileFor(const QString &kind) const
    {
        ConnectionProfile p;
        p.id = kind;
        p.name = kind;
        p.baseUrl = server.baseUrl();
        p.serviceKind = kind;
        p.organization = OrgAppService::defaultOrg();
        p.username = PapermergeService::adminUsername();
        return p;
    }
};
