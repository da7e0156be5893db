// The user store against each stand-in service, through the real client and dialects: a change
// another admin made between opening and saving is detected for every service, a field the
// admin did not touch is never overwritten, metadata merges by key, a write whose answer never
// came is re-read, and every write lands in the audit trail (deleted users in the recovery file).

#include "AuditTrail.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RecoveryLog.h"
#include "RemoteUserDirectory.h"
#include "RestV1Service.h"
#include "ServiceRegistry.h"
#include "UserStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
template<typename T> std::optional<Result<T>> waitFor(std::function<CallHandle(Callback<T>)> start)
{
    std::optional<Result<T>> answer;
    QObject context;
    start([&answer](const Result<T> &result) { answer = result; });
    // Waited for here, judged by the caller: an answer that never came is what it then sees.
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        qWarning("no answer within 10 s");
    Q_UNUSED(context)
    return answer;
}

WriteResult finished(WriteHandle *handle)
{
    std::optional<WriteResult> result;
    QObject::connect(handle, &WriteHandle::finished, handle, [&result](const WriteResult &r) { result = r; });
    // Waited for here, judged by the caller: an answer that never came is what it then sees.
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qWarning("no answer within 10 s");
    return result.value_or(WriteResult());
}

// One service, two admins: "mine" goes through the store under test, "theirs" changes the same
// users directly, as another admin's console would.
struct Setup {
    MockHttpServer server;
    QNetworkAccessManager manager;
    QTemporaryDir dir;
    AuditTrail audit{ dir.filePath(QStringLiteral("audit.jsonl")) };
    RecoveryLog recovery{ dir.filePath(QStringLiteral("recovery.jsonl")) };
    ConnectionProfile profile;
    std::unique_ptr<RemoteUserDirectory> mine;
    std::unique_ptr<RemoteUserDirectory> theirs;
    std::unique_ptr<UserStore> store;

    Setup(const QString &kind, const QString &credential, int timeoutSeconds = 10)
    {
        if (!server.listen())
            qFatal("no port");
        profile.id = QStringLiteral("store-test");
        profile.name = QStringLiteral("Store test");
        profile.baseUrl = server.baseUrl();
        profile.serviceKind = kind;
        profile.organization = OrgAppService::defaultOrg();
        profile.username = PapermergeService::adminUsername();
        profile.timeoutSeconds = timeoutSeconds;
        profile.deadlineSeconds = qMax(timeoutSeconds, 20);
        mine = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(profile), &manager,
                                                     profile);
        theirs = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(profile), &manager,
                                                       profile);
        mine->setCredential(credential);
        theirs->setCredential(credential);
        store = std::make_unique<UserStore>(mine.get());
        store->setAuditTrail(&audit);
        store->setRecoveryLog(&recovery);
        StoreContext context;
        context.connectionId = profile.id;
        context.connectionName = profile.name;
        context.connectionUrl = profile.baseUrl.toString();
        context.serviceKind = kind;
        store->setContext(context);
    }

    User fetch(const QString &id)
    {
        const auto answer
            = waitFor<User>([&](Callback<User> done) { return mine->fetchUser(id, &server, done); });
        return answer && answer->ok() ? **answer : User();
    }
    User firstUsers(int index)
    {
        UserQuery query;
        query.pageSize = 20;
        const auto answer = waitFor<Page<User>>(
            [&](Callback<Page<User>> done) { return mine->fetchUsers(query, &server, done); });
        return answer && answer->ok() ? (*answer)->items.value(index) : User();
    }
    // Another admin's change, straight to the server.
    User changeElsewhere(const User &user, const UserChanges &changes)
    {
        const auto answer = waitFor<User>(
            [&](Callback<User> done) { return theirs->updateUser(user, changes, &server, done); });
        return answer && answer->ok() ? **answer : User();
    }
};

QString papermergeToken(Setup &setup)
{
    const auto token = waitFor<QString>([&](Callback<QString> done) {
        return setup.mine->signIn(PapermergeService::adminUsername(), PapermergeService::adminPassword(),
                                  &setup.server, done);
    });
    return token && token->ok() ? **token : QString();
}
} // namespace

class UserStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }

    void conflictsAreFound_data();
    void conflictsAreFound();
    void orgAppKeepsTheRoleSomeoneElseSet();
    void orgAppConflictSendsNothing();
    void paprMergesMetadataByKey();
    void paprMetadataConflict();
    void paprKeepsTheEmailSomeoneElseSet();
    void restKeepsTheRoleSomeoneElseSet();
    void restConflictSendsNothing();
    void papermergeKeepsTheEmailSomeoneElseSet();
    void papermergeConflictSendsNothing();
    void timeoutAfterSendingIsUnknownAndReread();
    void cancelAfterSendingIsUnknownAndTheServerSawTheAbort();
    void cancelBeforeSendingSendsNothing();
    void deleteKeepsTheLastFullRecord();
    void deleteOfAUserAlreadyGoneSaysSo();
    void deleteByExternalIdKeepsTheRecord();
    void passwordIsNeverWritten();
    void auditTrailSaysWhatChanged();
    void refusedCreateRecordsWhatWasAskedFor();
    void tornLastLineIsSkipped();
};

void UserStoreTest::conflictsAreFound_data()
{
    QTest::addColumn<QString>("openedName");
    QTest::addColumn<QString>("theirName");
    QTest::addColumn<QString>("myName");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("they changed it, I changed it differently") << "A"
                                                               << "B"
                                                               << "C" << true;
    QTest::newRow("they changed it to what I want") << "A"
                                                    << "C"
                                                    << "C" << false;
    QTest::newRow("nobody else changed it") << "A"
                                            << "A"
                                            << "C" << false;
}

void UserStoreTest::conflictsAreFound()
{
    QFETCH(QString, openedName);
    QFETCH(QString, theirName);
    QFETCH(QString, myName);
    QFETCH(bool, conflict);
    User opened;
    opened.id = QStringLiteral("u1");
    opened.name = openedName;
    opened.email = QStringLiteral("same@example.com");
    User theirs = opened;
    theirs.name = theirName;
    theirs.email = QStringLiteral("changed@example.com"); // not touched by me: never a conflict
    const UserChanges mine{ { UserField::Name, myName } };
    const QList<FieldConflict> found = UserMerge::conflicts(opened, theirs, mine);
    QCOMPARE(found.size(), conflict ? 1 : 0);
    if (conflict) {
        QCOMPARE(found.first().field, UserField::Name);
        QCOMPARE(found.first().asOpened.toString(), openedName);
        QCOMPARE(found.first().theirs.toString(), theirName);
        QCOMPARE(found.first().yours.toString(), myName);
    }
    const UserChanges send = UserMerge::changesAgainst(opened, theirs, mine);
    QCOMPARE(send.contains(UserField::Name), theirName != myName);
    QVERIFY(!send.contains(UserField::Email));
}

void UserStoreTest::orgAppKeepsTheRoleSomeoneElseSet()
{
    Setup s(QStringLiteral("org-app"), OrgAppService::defaultToken());
    new OrgAppService(&s.server, &s.server);
    const User opened = s.firstUsers(3);
    QVERIFY(opened.isValid());
    const QString otherRole = opened.roles.value(0) == QLatin1String("AppAdmin") ? QStringLiteral("AppMember")
                                                                                 : QStringLiteral("AppAdmin");
    QVERIFY(s.changeElsewhere(opened, { { UserField::Role, otherRole } }).isValid());
    QSignalSpy changed(s.store.get(), &UserStore::userChanged);
    // The Org App update is a PUT of name and role together: built from the fresh copy, it keeps
    // the role the other admin set.
    const WriteResult result
        = finished(s.store->update(opened, { { UserField::Name, QStringLiteral("Renamed Here") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    const User now = s.fetch(opened.id);
    QCOMPARE(now.name, QStringLiteral("Renamed Here"));
    QCOMPARE(now.roles, QStringList{ otherRole });
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<User>().roles, QStringList{ otherRole });
}

void UserStoreTest::orgAppConflictSendsNothing()
{
    Setup s(QStringLiteral("org-app"), OrgAppService::defaultToken());
    new OrgAppService(&s.server, &s.server);
    s.server.setRecordingRequests(true);
    const User opened = s.firstUsers(4);
    QVERIFY(s.changeElsewhere(opened, { { UserField::Name, QStringLiteral("Their Name") } }).isValid());
    s.server.clearReceivedRequests();
    const WriteResult result
        = finished(s.store->update(opened, { { UserField::Name, QStringLiteral("My Name") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Conflict);
    QCOMPARE(result.conflicts.size(), 1);
    QCOMPARE(result.conflicts.first().field, UserField::Name);
    QCOMPARE(result.conflicts.first().asOpened.toString(), opened.name);
    QCOMPARE(result.conflicts.first().theirs.toString(), QStringLiteral("Their Name"));
    QCOMPARE(result.conflicts.first().yours.toString(), QStringLiteral("My Name"));
    QCOMPARE(result.user.name, QStringLiteral("Their Name"));
    const QList<MockRequest> sent = s.server.receivedRequests();
    QVERIFY(!sent.isEmpty());
    QVERIFY(std::none_of(sent.cbegin(), sent.cend(), [](const MockRequest &r) { return r.method == "PUT"; }));
    QCOMPARE(s.fetch(opened.id).name, QStringLiteral("Their Name"));
}

void UserStoreTest::paprMergesMetadataByKey()
{
    Setup s(QStringLiteral("papr-memory"), PaprService::defaultToken());
    new PaprService(&s.server, &s.server);
    const User opened = s.fetch(QStringLiteral("abc123"));
    QVERIFY(opened.isValid());
    QVariantMap theirMetadata = opened.metadata;
    theirMetadata.insert(QStringLiteral("team"), QStringLiteral("blue"));
    QVERIFY(s.changeElsewhere(opened, { { UserField::Metadata, theirMetadata } }).isValid());
    // Papr replaces the whole metadata object: mine is merged onto theirs by key.
    QVariantMap myMetadata = opened.metadata;
    myMetadata.insert(QStringLiteral("title"), QStringLiteral("CTO"));
    const WriteResult result = finished(s.store->update(opened, { { UserField::Metadata, myMetadata } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    const User now = s.fetch(opened.id);
    QCOMPARE(now.metadata.value(QStringLiteral("team")).toString(), QStringLiteral("blue"));
    QCOMPARE(now.metadata.value(QStringLiteral("title")).toString(), QStringLiteral("CTO"));
    QCOMPARE(now.metadata.value(QStringLiteral("name")).toString(), QStringLiteral("John Doe"));
    QVERIFY(now.metadata.contains(QStringLiteral("preferences")));
}

void UserStoreTest::paprMetadataConflict()
{
    Setup s(QStringLiteral("papr-memory"), PaprService::defaultToken());
    new PaprService(&s.server, &s.server);
    const User opened = s.fetch(QStringLiteral("abc123"));
    QVariantMap theirMetadata = opened.metadata;
    theirMetadata.insert(QStringLiteral("name"), QStringLiteral("Jane Doe"));
    QVERIFY(s.changeElsewhere(opened, { { UserField::Metadata, theirMetadata } }).isValid());
    QVariantMap myMetadata = opened.metadata;
    myMetadata.insert(QStringLiteral("name"), QStringLiteral("Janet Doe"));
    const WriteResult result = finished(s.store->update(opened, { { UserField::Metadata, myMetadata } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Conflict);
    QCOMPARE(result.conflicts.first().field, UserField::Metadata);
    QCOMPARE(s.fetch(opened.id).metadata.value(QStringLiteral("name")).toString(),
             QStringLiteral("Jane Doe"));
}

void UserStoreTest::paprKeepsTheEmailSomeoneElseSet()
{
    Setup s(QStringLiteral("papr-memory"), PaprService::defaultToken());
    new PaprService(&s.server, &s.server);
    const User opened = s.fetch(QStringLiteral("abc123"));
    QVERIFY(
        s.changeElsewhere(opened, { { UserField::Email, QStringLiteral("moved@example.com") } }).isValid());
    const WriteResult result
        = finished(s.store->update(opened, { { UserField::Type, QStringLiteral("agent") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    const User now = s.fetch(opened.id);
    QCOMPARE(now.type, QStringLiteral("agent"));
    QCOMPARE(now.email, QStringLiteral("moved@example.com"));
}

void UserStoreTest::restKeepsTheRoleSomeoneElseSet()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    const User opened = s.fetch(QStringLiteral("usr_123"));
    QVERIFY(s.changeElsewhere(opened, { { UserField::Role, QStringLiteral("viewer") } }).isValid());
    const WriteResult result
        = finished(s.store->update(opened, { { UserField::Name, QStringLiteral("John Q. Doe") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    const User now = s.fetch(opened.id);
    QCOMPARE(now.name, QStringLiteral("John Q. Doe"));
    QCOMPARE(now.roles, QStringList{ QStringLiteral("viewer") });
}

void UserStoreTest::restConflictSendsNothing()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    const User opened = s.fetch(QStringLiteral("usr_123"));
    QVERIFY(
        s.changeElsewhere(opened, { { UserField::Email, QStringLiteral("theirs@example.com") } }).isValid());
    const WriteResult result
        = finished(s.store->update(opened,
                                   { { UserField::Email, QStringLiteral("mine@example.com") },
                                     { UserField::Name, QStringLiteral("Only Mine") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Conflict);
    QCOMPARE(result.conflicts.size(), 1); // the name is mine alone: not a conflict
    const User now = s.fetch(opened.id);
    QCOMPARE(now.email, QStringLiteral("theirs@example.com"));
    QCOMPARE(now.name, opened.name); // nothing at all was sent
}

void UserStoreTest::papermergeKeepsTheEmailSomeoneElseSet()
{
    Setup s(QStringLiteral("papermerge"), QString());
    new PapermergeService(&s.server, QStringLiteral("/api"), &s.server);
    const QString token = papermergeToken(s);
    QVERIFY(!token.isEmpty());
    s.mine->setCredential(token);
    s.theirs->setCredential(token);
    const User opened = s.firstUsers(5);
    QVERIFY(opened.isValid());
    QVERIFY(s.changeElsewhere(opened, { { UserField::Email, QStringLiteral("theirs@papermerge.example") } })
                .isValid());
    const WriteResult result
        = finished(s.store->update(opened, { { UserField::GivenName, QStringLiteral("Mine") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    const User now = s.fetch(opened.id);
    QCOMPARE(now.givenName, QStringLiteral("Mine"));
    QCOMPARE(now.email, QStringLiteral("theirs@papermerge.example"));
}

void UserStoreTest::papermergeConflictSendsNothing()
{
    Setup s(QStringLiteral("papermerge"), QString());
    new PapermergeService(&s.server, QStringLiteral("/api"), &s.server);
    const QString token = papermergeToken(s);
    s.mine->setCredential(token);
    s.theirs->setCredential(token);
    const User opened = s.firstUsers(6);
    QVERIFY(s.changeElsewhere(opened, { { UserField::GivenName, QStringLiteral("Theirs") } }).isValid());
    const WriteResult result
        = finished(s.store->update(opened, { { UserField::GivenName, QStringLiteral("Mine") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Conflict);
    QCOMPARE(s.fetch(opened.id).givenName, QStringLiteral("Theirs"));
}

void UserStoreTest::timeoutAfterSendingIsUnknownAndReread()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken(), 1);
    new RestV1Service(&s.server, &s.server);
    const User opened = s.fetch(QStringLiteral("usr_123"));
    // The server applies the change and then takes too long to say so.
    MockFault slow;
    slow.method = "PATCH";
    slow.delayMs = 2500;
    slow.times = 1;
    s.server.setFault(QStringLiteral("/v1/users/usr_123"), slow);
    QSignalSpy changed(s.store.get(), &UserStore::userChanged);
    const WriteResult result
        = finished(s.store->update(opened, { { UserField::Name, QStringLiteral("Slow Save") } }));
    QCOMPARE(result.outcome, WriteResult::Outcome::Unknown);
    QCOMPARE(result.error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(result.user.name, QStringLiteral("Slow Save")); // what the server holds, read back
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<User>().name, QStringLiteral("Slow Save"));
    const QList<AuditEntry> entries = s.audit.entries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().outcome, AuditEntry::Outcome::Unknown);
}

void UserStoreTest::cancelAfterSendingIsUnknownAndTheServerSawTheAbort()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    s.server.setRecordingRequests(true);
    const User opened = s.fetch(QStringLiteral("usr_123"));
    MockFault slow;
    slow.method = "PATCH";
    slow.delayMs = 5000;
    slow.times = 1;
    s.server.setFault(QStringLiteral("/v1/users/usr_123"), slow);
    QSignalSpy abandoned(&s.server, &MockHttpServer::requestAbandoned);
    WriteHandle *handle = s.store->update(opened, { { UserField::Name, QStringLiteral("Canceled Save") } });
    std::optional<WriteResult> result;
    connect(handle, &WriteHandle::finished, this, [&result](const WriteResult &r) { result = r; });
    // The barrier: the server has the PATCH in hand (and is holding its answer back).
    QTRY_VERIFY(std::any_of(s.server.receivedRequests().cbegin(), s.server.receivedRequests().cend(),
                            [](const MockRequest &r) { return r.method == "PATCH"; }));
    handle->cancel();
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, WriteResult::Outcome::Unknown);
    QCOMPARE(result->user.name, QStringLiteral("Canceled Save")); // the server did apply it
    QVERIFY(abandoned.wait(3000) || !abandoned.isEmpty()); // and saw the client go away
    QCOMPARE(abandoned.first().first().toString(), QStringLiteral("/v1/users/usr_123"));
}

void UserStoreTest::cancelBeforeSendingSendsNothing()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    s.server.setRecordingRequests(true);
    const User opened = s.fetch(QStringLiteral("usr_123"));
    s.server.clearReceivedRequests();
    WriteHandle *handle = s.store->update(opened, { { UserField::Name, QStringLiteral("Never Sent") } });
    std::optional<WriteResult> result;
    connect(handle, &WriteHandle::finished, this, [&result](const WriteResult &r) { result = r; });
    handle->cancel(); // still reading the user before the save
    QVERIFY(result.has_value());
    QCOMPARE(result->outcome, WriteResult::Outcome::Failed);
    QCOMPARE(result->error.kind(), ApiError::Kind::Canceled);
    QTest::qWait(200);
    const QList<MockRequest> sent = s.server.receivedRequests();
    QVERIFY(
        std::none_of(sent.cbegin(), sent.cend(), [](const MockRequest &r) { return r.method == "PATCH"; }));
    QCOMPARE(s.fetch(opened.id).name, opened.name);
    QVERIFY(s.audit.entries().isEmpty()); // nothing was written, so nothing to audit
}

void UserStoreTest::deleteKeepsTheLastFullRecord()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    User partial; // as a table row may hold it: fewer fields than the server knows
    partial.id = QStringLiteral("usr_123");
    partial.name = QStringLiteral("John Doe");
    partial.present = { UserField::Id, UserField::Name };
    QSignalSpy removed(s.store.get(), &UserStore::userRemoved);
    const WriteResult result = finished(s.store->remove(partial));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("usr_123"));
    const QList<DeletedUser> kept = s.recovery.entries();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().user.email, QStringLiteral("john@example.com")); // read fresh before deleting
    QCOMPARE(kept.first().user.roles, QStringList{ QStringLiteral("admin") });
    QCOMPARE(kept.first().connectionId, s.profile.id);
    QCOMPARE(s.audit.entries().last().operation, AuditEntry::Operation::Delete);
    QVERIFY(s.recovery.markRecreated(kept.first().key, QStringLiteral("usr_9999")));
    QVERIFY(s.recovery.entries().isEmpty());
}

void UserStoreTest::deleteOfAUserAlreadyGoneSaysSo()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    const User opened = s.fetch(QStringLiteral("usr_123"));
    const auto gone
        = waitFor<Done>([&](Callback<Done> done) { return s.theirs->deleteUser(opened, &s.server, done); });
    QVERIFY(gone && gone->ok());
    QSignalSpy removed(s.store.get(), &UserStore::userRemoved);
    const WriteResult result = finished(s.store->remove(opened));
    QCOMPARE(result.outcome, WriteResult::Outcome::Failed);
    QCOMPARE(result.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(result.error.message().contains(QStringLiteral("already deleted")));
    QCOMPARE(removed.count(), 1); // every view drops it
    QVERIFY(s.recovery.entries().isEmpty());
}

void UserStoreTest::deleteByExternalIdKeepsTheRecord()
{
    Setup s(QStringLiteral("papr-memory"), PaprService::defaultToken());
    new PaprService(&s.server, &s.server);
    QSignalSpy removed(s.store.get(), &UserStore::userRemoved);
    const WriteResult result = finished(s.store->removeByExternalId(QStringLiteral("user123")));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("abc123"));
    QCOMPARE(s.recovery.entries().value(0).user.email, QStringLiteral("user@example.com"));
    const WriteResult missing = finished(s.store->removeByExternalId(QStringLiteral("nobody-has-this")));
    QCOMPARE(missing.outcome, WriteResult::Outcome::Failed);
    QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
}

void UserStoreTest::passwordIsNeverWritten()
{
    Setup s(QStringLiteral("papermerge"), QString());
    new PapermergeService(&s.server, QStringLiteral("/api"), &s.server);
    s.mine->setCredential(papermergeToken(s));
    const User user = s.firstUsers(2);
    const QString password = QStringLiteral("Very-Secret-Pa55word-3141");
    const WriteResult result = finished(s.store->changePassword(user, password));
    QCOMPARE(result.outcome, WriteResult::Outcome::Succeeded);
    const QList<AuditEntry> entries = s.audit.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation, AuditEntry::Operation::ChangePassword);
    QCOMPARE(entries.first().changes.size(), 1);
    QCOMPARE(entries.first().changes.first().field, QStringLiteral("password"));
    QVERIFY(entries.first().changes.first().before.isUndefined());
    QFile file(s.audit.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
}

void UserStoreTest::auditTrailSaysWhatChanged()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    User me;
    me.id = QStringLiteral("admin-1");
    me.name = QStringLiteral("Alice Admin");
    me.email = QStringLiteral("alice@example.com");
    s.store->setActor(me);
    const User opened = s.fetch(QStringLiteral("usr_123"));
    QVERIFY(finished(s.store->update(opened, { { UserField::Role, QStringLiteral("viewer") } })).succeeded());
    QVERIFY(finished(s.store->setState(s.fetch(opened.id), UserState::Suspended)).succeeded());
    const WriteResult refused = finished(
        s.store->update(s.fetch(opened.id), { { UserField::Email, QStringLiteral("not-an-email") } }));
    QCOMPARE(refused.outcome, WriteResult::Outcome::Failed);
    const QList<AuditEntry> entries = s.audit.entries();
    QCOMPARE(entries.size(), 3);
    const AuditEntry &edit = entries.at(0);
    QCOMPARE(edit.operation, AuditEntry::Operation::Update);
    QCOMPARE(edit.connectionName, s.profile.name);
    QVERIFY(edit.actor.contains(QStringLiteral("alice@example.com")));
    QCOMPARE(edit.userId, QStringLiteral("usr_123"));
    QCOMPARE(edit.changes.size(), 1);
    QCOMPARE(edit.changes.first().field, QStringLiteral("role"));
    QCOMPARE(edit.changes.first().before.toArray().first().toString(), QStringLiteral("admin"));
    QCOMPARE(edit.changes.first().after.toArray().first().toString(), QStringLiteral("viewer"));
    QCOMPARE(edit.outcome, AuditEntry::Outcome::Succeeded);
    QCOMPARE(entries.at(1).operation, AuditEntry::Operation::SetState);
    QCOMPARE(entries.at(1).changes.first().after.toString(), QStringLiteral("suspended"));
    QCOMPARE(entries.at(2).outcome, AuditEntry::Outcome::Failed);
    QCOMPARE(entries.at(2).httpStatus, 400);
    QVERIFY(entries.at(2).error.contains(QStringLiteral("Invalid email")));
}

void UserStoreTest::refusedCreateRecordsWhatWasAskedFor()
{
    Setup s(QStringLiteral("rest-v1"), RestV1Service::defaultToken());
    new RestV1Service(&s.server, &s.server);
    const QString password = QStringLiteral("not-in-the-trail-4242");
    const UserChanges input{ { UserField::Name, QStringLiteral("Dup Licate") },
                             { UserField::Email, QStringLiteral("john@example.com") }, // taken: 409
                             { UserField::Role, QStringLiteral("user") },
                             { UserField::Password, password } };
    const WriteResult result = finished(s.store->create(input));
    QCOMPARE(result.outcome, WriteResult::Outcome::Failed);
    const QList<AuditEntry> entries = s.audit.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation, AuditEntry::Operation::Create);
    QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Failed);
    QCOMPARE(entries.first().httpStatus, 409);
    QCOMPARE(entries.first().userName, QStringLiteral("Dup Licate"));
    QStringList fields;
    for (const AuditEntry::FieldChange &change : entries.first().changes)
        fields << change.field;
    QVERIFY(fields.contains(QStringLiteral("email")));
    QVERIFY(!fields.contains(QStringLiteral("password")));
    QFile file(s.audit.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
}

void UserStoreTest::tornLastLineIsSkipped()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("audit.jsonl"));
    AuditTrail trail(fileName);
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.operation = AuditEntry::Operation::Delete;
    entry.userId = QStringLiteral("u1");
    QVERIFY(trail.append(entry));
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::Append));
        file.write(R"({"time":"2026-11-24T10:00:00.000Z","operation":"upd)"); // a crash mid-line
    }
    int skipped = -1;
    QCOMPARE(trail.entries(&skipped).size(), 1);
    QCOMPARE(skipped, 1);
    // Writing goes on after the torn line without joining it.
    entry.userId = QStringLiteral("u2");
    QVERIFY(trail.append(entry));
    const QList<AuditEntry> after = trail.entries(&skipped);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.last().userId, QStringLiteral("u2"));
    QCOMPARE(skipped, 1);
}

QTEST_GUILESS_MAIN(UserStoreTest)
#include "tst_userstore.moc"
