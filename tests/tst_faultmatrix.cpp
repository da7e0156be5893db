// Every injectable fault against every operation of every service, through the real client,
// dialects, store, table model and dialogs. For each: no crash; a specific message (never
// "Unknown error"); the table holds exactly what the server confirmed (nothing on a failure, the
// answer on a success, what a re-read found when the outcome is unknown); an open dialog keeps
// what was typed.

#include "ChangePasswordDialog.h"
#include "MessageWidget.h"
#include "MockHttpServer.h"
#include "OrgAppService.h"
#include "PapermergeService.h"
#include "PaprService.h"
#include "RemoteUserDirectory.h"
#include "RestV1Service.h"
#include "ServiceRegistry.h"
#include "UserEditDialog.h"
#include "UserJson.h"
#include "UserStore.h"
#include "UserTableModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
enum class Op {
    List,
    Get,
    Me,
    Create,
    Update,
    State,
    Delete,
    DeleteByExternalId,
    Batch,
    Password,
    Projects,
    Artifacts,
    Integrations,
    SignIn,
};

struct Operation {
    Op op;
    const char *name;
    QByteArray method;
    QString path; // the pattern the fault is aimed at
};

struct Fault {
    const char *name;
    MockFault fault;
    bool retriedGetSucceeds = false; // a GET gets through on its retry
};

QList<Fault> faults()
{
    const auto make = [](const char *name, auto change, bool retried = false) {
        Fault f{ name, MockFault(), retried };
        change(f.fault);
        return f;
    };
    return {
        make("latency past the timeout", [](MockFault &f) { f.delayMs = 1600; }),
        make("reset before the answer", [](MockFault &f) { f.resetConnection = true; }),
        make("reset after the headers", [](MockFault &f) { f.resetAfterHeaders = true; }),
        make("reset during the body", [](MockFault &f) { f.resetMidBody = true; }),
        make("truncated body", [](MockFault &f) { f.truncateBody = true; }),
        make("malformed JSON", [](MockFault &f) { f.malformedJson = true; }),
        make("wrong content type", [](MockFault &f) { f.wrongContentType = true; }),
        make("invalid UTF-8", [](MockFault &f) { f.invalidUtf8 = true; }),
        make("oversize", [](MockFault &f) { f.oversizeBytes = 33LL * 1024 * 1024; }),
        make("byte-by-byte trickle", [](MockFault &f) { f.trickleIntervalMs = 120; }),
        make(
            "429, Retry-After 1 (once)",
            [](MockFault &f) {
                f.status = 429;
                f.retryAfter = "1";
                f.times = 1;
            },
            true),
        make("429, Retry-After an hour",
             [](MockFault &f) {
                 f.status = 429;
                 f.retryAfter = "3600";
             }),
        make(
            "503, Retry-After 1 (once)",
            [](MockFault &f) {
                f.status = 503;
                f.retryAfter = "1";
                f.times = 1;
            },
            true),
        make("503, Retry-After a month",
             [](MockFault &f) {
                 f.status = 503;
                 f.retryAfter = "2600000";
             }),
        make("401", [](MockFault &f) { f.status = 401; }),
        make("403", [](MockFault &f) { f.status = 403; }),
        make("404", [](MockFault &f) { f.status = 404; }),
        make("409", [](MockFault &f) { f.status = 409; }),
        make("400", [](MockFault &f) { f.status = 400; }),
        make("500", [](MockFault &f) { f.status = 500; }),
        make("HTML 502 page", [](MockFault &f) { f.htmlErrorPage = true; }),
        make("cross-origin redirect",
             [](MockFault &f) { f.redirectTo = "http://attacker.invalid:8443/steal"; }),
    };
}

QList<Operation> operationsOf(const QString &kind)
{
    const QString id = QStringLiteral("[^/]+");
    if (kind == QLatin1String("org-app")) {
        const QString base = QStringLiteral("/api/v1/app");
        return { { Op::List, "list", "GET", base + QStringLiteral("/user") },
                 { Op::Get, "get", "GET", base + QStringLiteral("/user/") + id },
                 { Op::Me, "me", "GET", base + QStringLiteral("/me") },
                 { Op::Create, "create", "POST", base + QStringLiteral("/user") },
                 { Op::Update, "update", "PUT", base + QStringLiteral("/user/") + id },
                 { Op::State, "state", "POST",
                   base + QStringLiteral("/user/") + id + QStringLiteral("/(activate|deactivate)") },
                 { Op::Projects, "projects", "GET",
                   base + QStringLiteral("/user/") + id + QStringLiteral("/project") },
                 { Op::Artifacts, "artifacts", "GET",
                   base + QStringLiteral("/user/") + id + QStringLiteral("/latest-artifacts") },
                 { Op::Integrations, "integrations", "GET", base + QStringLiteral("/user/integrations") } };
    }
    if (kind == QLatin1String("papr-memory")) {
        return { { Op::List, "list", "GET", QStringLiteral("/v1/user") },
                 { Op::Get, "get", "GET", QStringLiteral("/v1/user/") + id },
                 { Op::Create, "create", "POST", QStringLiteral("/v1/user") },
                 { Op::Update, "update", "PUT", QStringLiteral("/v1/user/") + id },
                 { Op::Delete, "delete", "DELETE", QStringLiteral("/v1/user/") + id },
                 { Op::DeleteByExternalId, "delete by external id", "DELETE",
                   QStringLiteral("/v1/user/") + id },
                 { Op::Batch, "batch create", "POST", QStringLiteral("/v1/user/batch") } };
    }
    if (kind == QLatin1String("rest-v1")) {
        return { { Op::List, "list", "GET", QStringLiteral("/v1/users") },
                 { Op::Get, "get", "GET", QStringLiteral("/v1/users/") + id },
                 { Op::Create, "create", "POST", QStringLiteral("/v1/users") },
                 { Op::Update, "update", "PATCH", QStringLiteral("/v1/users/") + id },
                 { Op::State, "state", "PATCH", QStringLiteral("/v1/users/") + id },
                 { Op::Delete, "delete", "DELETE", QStringLiteral("/v1/users/") + id } };
    }
    return { { Op::SignIn, "sign in", "POST", QStringLiteral("/api/auth/login/") },
             { Op::List, "list", "GET", QStringLiteral("/api/users/") },
             { Op::Get, "get", "GET", QStringLiteral("/api/users/") + id + QLatin1Char('/') },
             { Op::Me, "me", "GET", QStringLiteral("/api/users/me/") },
             { Op::Create, "create", "POST", QStringLiteral("/api/users/") },
             { Op::Update, "update", "PATCH", QStringLiteral("/api/users/") + id + QLatin1Char('/') },
             { Op::State, "state", "PATCH", QStringLiteral("/api/users/") + id + QLatin1Char('/') },
             { Op::Delete, "delete", "DELETE", QStringLiteral("/api/users/") + id + QLatin1Char('/') },
             { Op::Password, "change password", "POST",
               QStringLiteral("/api/users/") + id + QStringLiteral("/change-password/") } };
}

bool isRead(Op op)
{
    return op == Op::List || op == Op::Get || op == Op::Me || op == Op::Projects || op == Op::Artifacts
        || op == Op::Integrations;
}

// One service on its own server, a store over it, and a table loaded with its first page.
struct ServiceUnderTest {
    MockHttpServer server;
    QNetworkAccessManager manager;
    ConnectionProfile profile;
    std::unique_ptr<RemoteUserDirectory> directory;
    std::unique_ptr<RemoteUserDirectory> observer; // reads the truth, never faulted by a row
    std::unique_ptr<UserStore> store;
    UserTableModel model;
    int nextTarget = 2; // each writing row takes users of its own

    explicit ServiceUnderTest(const QString &kind)
    {
        if (!server.listen())
            qFatal("no port");
        QString credential;
        if (kind == QLatin1String("org-app")) {
            new OrgAppService(&server, &server);
            credential = OrgAppService::defaultToken();
        } else if (kind == QLatin1String("papr-memory")) {
            new PaprService(&server, &server);
            credential = PaprService::defaultToken();
        } else if (kind == QLatin1String("rest-v1")) {
            new RestV1Service(&server, &server);
            credential = RestV1Service::defaultToken();
        } else {
            new PapermergeService(&server, QStringLiteral("/api"), &server);
        }
        profile.id = QStringLiteral("matrix-") + kind;
        profile.name = kind;
        profile.baseUrl = server.baseUrl();
        profile.serviceKind = kind;
        profile.organization = OrgAppService::defaultOrg();
        profile.username = PapermergeService::adminUsername();
        profile.pageSize = 50;
        // Short enough for a latency or trickle row to end quickly; the time limit leaves room
        // for one retry after "Retry-After: 1".
        profile.timeoutSeconds = 1;
        profile.deadlineSeconds = 2;
        directory = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(profile), &manager,
                                                          profile);
        ConnectionProfile patient = profile;
        patient.timeoutSeconds = patient.deadlineSeconds = 10;
        observer = std::make_unique<RemoteUserDirectory>(ServiceRegistry::createDialect(patient), &manager,
                                                         patient);
        if (kind == QLatin1String("papermerge")) {
            std::optional<Result<QString>> token;
            observer->signIn(PapermergeService::adminUsername(), PapermergeService::adminPassword(), &server,
                             [&token](const Result<QString> &r) { token = r; });
            // Waited for here, judged by the caller: an answer that never came is what it then sees.
            if (!QTest::qWaitFor([&] { return token.has_value(); }, 5000))
                qWarning("no answer within 5 s");
            credential = token && token->ok() ? **token : QString();
        }
        directory->setCredential(credential);
        observer->setCredential(credential);
        store = std::make_unique<UserStore>(directory.get());
        model.setStore(store.get());
        UserQuery query;
        query.pageSize = 50;
        model.setQuery(query);
        // Every user of the stand-in: each writing row needs users of its own.
        model.reload();
        // Waited for here, judged by the caller: an answer that never came is what it then sees.
        if (!QTest::qWaitFor([this] { return model.rowCount() > 0 && !model.isLoading(); }, 10000))
            qWarning("no answer within 10 s");
        QSignalSpy all(&model, &PagedTableModel::batchFinished);
        model.loadAll();
        if (!all.wait(30000))
            qWarning("Load all did not finish within 30 s");
    }

    // The server's own copy, read with no fault in the way; invalid when it has none.
    User truth(const QString &id)
    {
        std::optional<Result<User>> answer;
        observer->fetchUser(id, &server, [&answer](const Result<User> &r) { answer = r; });
        // Waited for here, judged by the caller: an answer that never came is what it then sees.
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            qWarning("no answer within 10 s");
        return answer && answer->ok() ? **answer : User();
    }
    User takeTarget()
    {
        if (nextTarget >= model.rowCount())
            qFatal("the stand-in has too few users for the matrix");
        return model.userAt(nextTarget++);
    }
};

// What the table holds for a user, in a form that compares field by field.
QJsonObject rowOf(const UserTableModel &model, const QString &id)
{
    const int row = model.rowOfUser(id);
    if (row < 0)
        return QJsonObject();
    QJsonObject shown;
    for (UserField field : model.columns())
        shown.insert(UserFields::key(field), UserJson::fieldToJson(model.userAt(row), field));
    return shown;
}

QJsonObject columnsOf(const UserTableModel &model, const User &user)
{
    QJsonObject shown;
    for (UserField field : model.columns())
        shown.insert(UserFields::key(field), UserJson::fieldToJson(user, field));
    return shown;
}

void checkMessage(const ApiError &error, const char *where)
{
    // Specific: a title for the kind of failure and a sentence of its own (the server's words or
    // Roster's explanation), never Qt's or a generic fallback.
    const QString said = QLatin1String(where) + QStringLiteral(": ") + error.toString();
    QVERIFY2(error.isError(), qPrintable(said));
    QVERIFY2(!error.title().isEmpty(), qPrintable(said));
    QVERIFY2(error.message().trimmed().size() > 8 && error.message() != error.title(), qPrintable(said));
    for (const QString &vague :
         { QStringLiteral("Unknown error"), QStringLiteral("Request failed"),
           QStringLiteral("Error transferring"), QStringLiteral("Operation canceled") })
        QVERIFY2(!error.toString().contains(vague, Qt::CaseInsensitive), qPrintable(said));
}
} // namespace

Q_DECLARE_METATYPE(Op)

class FaultMatrixTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void faultMatrix_data();
    void faultMatrix();

private:
    ServiceUnderTest &service(const QString &kind);
    void runRead(ServiceUnderTest &s, Op op, bool shouldSucceed);
    void runDialog(ServiceUnderTest &s, Op op, const QString &tag);
    void runStoreWrite(ServiceUnderTest &s, Op op);

    std::map<QString, std::unique_ptr<ServiceUnderTest>> m_services;
    int m_serial = 0;
};

void FaultMatrixTest::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void FaultMatrixTest::cleanupTestCase()
{
    m_services.clear();
}

ServiceUnderTest &FaultMatrixTest::service(const QString &kind)
{
    auto &slot = m_services[kind];
    if (!slot)
        slot = std::make_unique<ServiceUnderTest>(kind);
    return *slot;
}

void FaultMatrixTest::faultMatrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("fault");
    const QList<Fault> all = faults();
    // One service per process when CTest runs the matrix in parallel pieces.
    const QString only = qEnvironmentVariable("ROSTER_TEST_PIECE");
    for (const QString &kind : ServiceRegistry::ids()) {
        if (!only.isEmpty() && kind != only)
            continue;
        const QList<Operation> operations = operationsOf(kind);
        for (const Operation &operation : operations) {
            for (int f = 0; f < all.size(); ++f) {
                QTest::addRow("%s | %s | %s", qPrintable(kind), operation.name, all.at(f).name)
                    << kind << int(operation.op) << QString::fromLatin1(operation.method) << operation.path
                    << f;
            }
        }
    }
}

void FaultMatrixTest::faultMatrix()
{
    QFETCH(QString, kind);
    QFETCH(int, operation);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, fault);
    const Op op = Op(operation);
    const Fault injected = faults().at(fault);
    ServiceUnderTest &s = service(kind);
    s.server.clearFaults();
    MockFault aimed = injected.fault;
    aimed.method = method.toLatin1(); // reads the store makes first (the fresh copy) go through
    s.server.setFault(path, aimed);

    if (isRead(op) || op == Op::SignIn)
        runRead(s, op, injected.retriedGetSucceeds && isRead(op));
    else if (op == Op::Create || op == Op::Update)
        runDialog(s, op, QString::fromLatin1(QTest::currentDataTag()));
    else
        runStoreWrite(s, op);
    s.server.clearFaults();
}

void FaultMatrixTest::runRead(ServiceUnderTest &s, Op op, bool shouldSucceed)
{
    std::optional<ApiError> failure;
    bool done = false;
    const auto record = [&](const ApiError &error) {
        failure = error.isError() ? std::optional<ApiError>(error) : std::nullopt;
        done = true;
    };
    const User target = s.model.userAt(0);
    switch (op) {
    case Op::List: {
        // The table asks again; on a failure it holds nothing it guessed.
        UserTableModel fresh;
        fresh.setStore(s.store.get());
        UserQuery query;
        query.pageSize = 50;
        fresh.setQuery(query);
        fresh.reload();
        QVERIFY(QTest::qWaitFor([&] { return !fresh.isLoading(); }, 20000));
        if (fresh.lastError().isError()) {
            QCOMPARE(fresh.rowCount(), 0);
            record(fresh.lastError());
        } else {
            QVERIFY(fresh.rowCount() > 0);
            record(ApiError());
        }
        break;
    }
    case Op::Get:
        s.directory->fetchUser(target.id, &s.server,
                               [&](const Result<User> &r) { record(r ? ApiError() : r.error()); });
        break;
    case Op::Me:
        s.directory->fetchCurrentUser(&s.server,
                                      [&](const Result<User> &r) { record(r ? ApiError() : r.error()); });
        break;
    case Op::Projects:
        s.directory->fetchProjects(target.id, 1, 20, &s.server, [&](const Result<Page<Project>> &r) {
            record(r ? ApiError() : r.error());
        });
        break;
    case Op::Artifacts:
        s.directory->fetchArtifacts(target.id, &s.server, [&](const Result<Page<Artifact>> &r) {
            record(r ? ApiError() : r.error());
        });
        break;
    case Op::Integrations:
        s.directory->fetchIntegrations(
            &s.server, [&](const Result<Page<Integration>> &r) { record(r ? ApiError() : r.error()); });
        break;
    case Op::SignIn:
        s.directory->signIn(PapermergeService::adminUsername(), PapermergeService::adminPassword(), &s.server,
                            [&](const Result<QString> &r) { record(r ? ApiError() : r.error()); });
        break;
    default:
        QFAIL("not a read");
    }
    QVERIFY2(QTest::qWaitFor([&] { return done; }, 20000), "no answer, no error: the call never ended");
    if (shouldSucceed) {
        QVERIFY2(!failure, failure ? qPrintable(failure->toString()) : "");
        return;
    }
    QVERIFY2(failure.has_value(), "the fault went unnoticed");
    checkMessage(*failure, "read");
}

void FaultMatrixTest::runDialog(ServiceUnderTest &s, Op op, const QString &tag)
{
    const int serial = ++m_serial;
    const QString kind = s.profile.serviceKind;
    const bool create = op == Op::Create;
    const User target = create ? User() : s.takeTarget();
    const QJsonObject before = create ? QJsonObject() : rowOf(s.model, target.id);
    const int rowsBefore = s.model.rowCount();
    UserEditDialog dialog(create ? UserEditDialog::Mode::Create : UserEditDialog::Mode::Edit, s.store.get(),
                          target);
    dialog.show();
    // What the admin types, by field: unique values so the server accepts them.
    QHash<UserField, QString> typed;
    const QString unique = QStringLiteral("matrix%1").arg(serial);
    if (create) {
        typed.insert(UserField::Email, unique + QStringLiteral("@example.com"));
        if (kind == QLatin1String("org-app"))
            typed.insert(UserField::AccountId, QStringLiteral("acct_") + unique);
        if (kind == QLatin1String("papr-memory"))
            typed.insert(UserField::ExternalId, unique);
        if (kind == QLatin1String("rest-v1")) {
            typed.insert(UserField::Name, QStringLiteral("Matrix User %1").arg(serial));
            typed.insert(UserField::Password, QStringLiteral("a-long-enough-password"));
        }
        if (kind == QLatin1String("papermerge"))
            typed.insert(UserField::Username, unique);
    } else {
        const UserField field = kind == QLatin1String("papr-memory") ? UserField::Email
            : kind == QLatin1String("papermerge")                    ? UserField::GivenName
                                                                     : UserField::Name;
        typed.insert(field,
                     field == UserField::Email ? unique + QStringLiteral("@example.com")
                                               : QStringLiteral("Matrix Name %1").arg(serial));
    }
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        auto *line = qobject_cast<QLineEdit *>(dialog.editor(it.key()));
        QVERIFY2(line, qPrintable(UserFields::key(it.key())));
        line->setText(it.value());
        if (auto *confirm
            = dialog.findChild<QLineEdit *>(UserFields::key(it.key()) + QStringLiteral("Confirm")))
            confirm->setText(it.value());
    }
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("validationHint"))->text()));
    QSignalSpy saved(&dialog, &UserEditDialog::userSaved);
    ok->click();
    QVERIFY2(QTest::qWaitFor([&] { return !dialog.isSubmitting(); }, 20000), qPrintable(tag));

    if (saved.count() == 1) {
        // Confirmed: the table shows the server's answer.
        const User answer = saved.first().first().value<User>();
        QCOMPARE(rowOf(s.model, answer.id), columnsOf(s.model, answer));
        return;
    }
    // Not confirmed: the dialog is still open with every value typed, and says why.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageWidget()->isVisible());
    QVERIFY2(dialog.messageWidget()->text().size() > 20, qPrintable(dialog.messageWidget()->text()));
    QVERIFY(!dialog.messageWidget()->text().contains(QStringLiteral("Unknown error"), Qt::CaseInsensitive));
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(it.key()))->text(), it.value());
    const bool unknown = dialog.messageWidget()->text().contains(QStringLiteral("may or may not"));
    if (create) {
        QCOMPARE(s.model.rowCount(), rowsBefore); // nothing the server did not confirm
        return;
    }
    if (unknown) {
        // Re-read: the table shows what the server holds now.
        const User now = s.truth(target.id);
        QVERIFY(now.isValid());
        QCOMPARE(rowOf(s.model, target.id), columnsOf(s.model, now));
    } else {
        QCOMPARE(rowOf(s.model, target.id), before); // a refusal changed nothing in the table
    }
    dialog.reject();
}

void FaultMatrixTest::runStoreWrite(ServiceUnderTest &s, Op op)
{
    const User target = s.takeTarget();
    const QJsonObject before = rowOf(s.model, target.id);
    QVERIFY(!before.isEmpty());
    WriteHandle *handle = nullptr;
    switch (op) {
    case Op::State:
        handle = s.store->setState(
            target, target.state == UserState::Active ? UserState::Inactive : UserState::Active);
        break;
    case Op::Delete:
        handle = s.store->remove(target);
        break;
    case Op::DeleteByExternalId:
        handle = s.store->removeByExternalId(target.externalId);
        break;
    case Op::Batch: {
        const QString unique = QStringLiteral("batch%1").arg(++m_serial);
        UserChanges row;
        row.insert(UserField::ExternalId, unique);
        row.insert(UserField::Email, QString(unique + QStringLiteral("@example.com")));
        row.insert(UserField::Type, QStringLiteral("user"));
        handle = s.store->createBatch({ row });
        break;
    }
    case Op::Password:
        handle = s.store->changePassword(target, QStringLiteral("matrix-password-%1").arg(++m_serial));
        break;
    default:
        QFAIL("not a store write");
    }
    std::optional<WriteResult> result;
    connect(handle, &WriteHandle::finished, this, [&result](const WriteResult &r) { result = r; });
    QVERIFY2(QTest::qWaitFor([&] { return result.has_value(); }, 20000), "the write never ended");
    if (result->outcome != WriteResult::Outcome::Succeeded)
        checkMessage(result->error, "write");
    const QJsonObject after = rowOf(s.model, target.id);
    switch (result->outcome) {
    case WriteResult::Outcome::Succeeded:
        if (op == Op::Delete || op == Op::DeleteByExternalId)
            QVERIFY(after.isEmpty());
        else if (op == Op::State)
            QCOMPARE(after, columnsOf(s.model, result->user));
        break;
    case WriteResult::Outcome::Failed:
    case WriteResult::Outcome::Conflict:
        QCOMPARE(after, before); // nothing confirmed, nothing changed
        break;
    case WriteResult::Outcome::Unknown:
        if (op == Op::Batch || op == Op::Password)
            break; // nothing to read back; the table was not touched
        // Re-read: the table shows what the server holds now (or drops a user it no longer has).
        if (const User now = s.truth(target.id); now.isValid())
            QCOMPARE(after, columnsOf(s.model, now));
        else
            QVERIFY(after.isEmpty());
        break;
    }
}

QTEST_MAIN(FaultMatrixTest)
#include "tst_faultmatrix.moc"
