#pragma once

#include "AuditTrail.h"
#include "MockHttpServer.h"
#include "PagedTableModel.h"
#include "PaprService.h"
#include "RemoteUserDirectory.h"
#include "RestV1Service.h"
#include "ServiceRegistry.h"
#include "UserStore.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A real UserStore over a RemoteUserDirectory against a stand-in service (REST v1 or Papr) on
// a loopback port, recording requests, with the first page of users read.
struct StoreStand {
    MockHttpServer server;
    QNetworkAccessManager manager;
    QTemporaryDir dir;
    AuditTrail audit{ dir.filePath(QStringLiteral("audit.jsonl")) };
    std::unique_ptr<RemoteUserDirectory> directory;
    std::unique_ptr<UserStore> store;
    QList<User> users;

    // `generated`: that many generated users instead of the service's seed.
    explicit StoreStand(const QString &kind, int generated = 0)
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        if (!server.listen())
            qFatal("no port");
        MockService::Generated many;
        many.users = generated;
        QString token;
        if (kind == RestV1Service::serviceKind()) {
            if (generated > 0)
                new RestV1Service(&server, many, &server);
            else
                new RestV1Service(&server, &server);
            token = RestV1Service::defaultToken();
        } else {
            if (generated > 0)
                new PaprService(&server, many, &server);
            else
                new PaprService(&server, &server);
            token = PaprService::defaultToken();
        }
        server.setRecordingRequests(true);
        ConnectionProfile profile;
        profile.id = QStringLiteral("stand");
        profile.name = QStringLiteral("Stand-in");
        profile.baseUrl = server.baseUrl();
        profile.serviceKind = kind;
        profile.timeoutSeconds = 10;
        directory = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(profile), &manager,
                                                          profile);
        directory->setCredential(token);
        store = std::make_unique<UserStore>(directory.get());
        store->setAuditTrail(&audit);
        UserQuery query;
        query.pageSize = 40;
        std::optional<Result<Page<User>>> page;
        directory->fetchUsers(query, &server, [&page](const Result<Page<User>> &r) { page = r; });
        if (!QTest::qWaitFor([&] { return page.has_value(); }, 10000))
            qWarning("the stand-in did not answer the first page");
        if (page && page->ok())
            users = (*page)->items;
    }

    int requests(const QByteArray &method, const QString &path = QString()) const
    {
        const QList<MockRequest> sent = server.receivedRequests();
        return int(std::count_if(sent.cbegin(), sent.cend(), [&](const MockRequest &r) {
            return r.method == method && (path.isEmpty() || r.path == path);
        }));
    }
};

// The window's user list in miniature: pages of users from the directory, as the real table
// model loads them, for the export's "load all first".
class StandPagedModel : public PagedTableModel {
public:
    explicit StandPagedModel(UserDirectory *directory, QObject *parent = nullptr)
        : PagedTableModel(parent), m_directory(directory)
    {
    }

    const QList<User> &users() const { return m_rows; }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? m_rows.value(index.row()).displayName() : QVariant();
    }

protected:
    int loadedRowCount() const override { return int(m_rows.size()); }
    void removeAllRows() override { m_rows.clear(); }
    bool canRequest() const override { return m_directory; }
    bool isLoaded(const QString &id) const override { return containsId(m_rows, id); }
    CallHandle requestPage(int page, int pageSize, quint64 generation) override
    {
        UserQuery query;
        query.page = page;
        query.pageSize = pageSize;
        return m_directory->fetchUsers(query, this, [this, generation](const Result<Page<User>> &result) {
            acceptPage(generation, result, m_rows);
        });
    }

private:
    QPointer<UserDirectory> m_directory;
    QList<User> m_rows;
};
