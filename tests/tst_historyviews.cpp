// The windows beside the user table, in the real window against the REST v1 stand-in: the
// history of changes a real UserStore wrote (its columns, filters and exports), the recently
// deleted users and their re-creation, and the activity panel's requests.

#include "ActivityDock.h"
#include "ActivityLog.h"
#include "AuditFilterProxy.h"
#include "AuditTableModel.h"
#include "DeletedUserTableModel.h"
#include "FakeUserDirectory.h"
#include "HistoryWindow.h"
#include "MessageWidget.h"
#include "RecentlyDeletedWindow.h"
#include "RestV1Service.h"
#include "UserEditDialog.h"
#include "UserStore.h"
#include "UserTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

namespace {
// A time zone with no daylight saving and an offset no one mistakes for UTC.
constexpr int kKathmanduOffsetSecs = 5 * 3600 + 45 * 60;
const QString kPassword = QStringLiteral("S3cret-Pa55word!");
const QString kAwkwardName = QStringLiteral("Ann \"Annie\", Lee-Zoë");
const QString kPlainName = QStringLiteral("Ann Lee-Zoë");

// RFC 4180, read back independently of the writer: quoted fields may hold commas, CR, LF and
// doubled quotes; outside quotes, a line break (CRLF, or a lone CR or LF) ends the record.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            // Outside quotes any line break ends the record, as spreadsheets read it.
            record << field;
            records << record;
            record.clear();
            field.clear();
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

QString readText(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}
} // namespace

class HistoryViewsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void historyListsRealWrites();
    void historyFilters();
    void historyExportsReadBack();
    void historyShowsATornLineAsSkipped();
    void historyEmptyStateThenLive();
    void recentlyDeletedRecreatesThroughTheWindow();
    void recentlyDeletedExplainsWhyNot();
    void activityShowsRequestsAndErrors();
    void activityFollowsTheNewestRow();
    void activityVisibilityIsRemembered();

private:
    ConnectionProfile restProfile() const;
    void openRest();
    // Through the window's store, as the dialogs do: create, edit, suspend, a refused create,
    // delete. Returns the created user's id.
    QString makeChanges();
    bool finish(WriteHandle *handle, WriteResult *result = nullptr);
    HistoryWindow *openHistory();
    RecentlyDeletedWindow *openRecentlyDeleted();
    ActivityDock *activityDock() const;

    std::unique_ptr<WindowFixture> m_fixture;
    MockHttpServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
};

void HistoryViewsTest::initTestCase()
{
    qputenv("TZ", "Asia/Kathmandu");
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QCOMPARE(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toLocalTime().offsetFromUtc(),
             kKathmanduOffsetSecs);
}

void HistoryViewsTest::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    m_fixture->addService<RestV1Service>();
    m_server = &m_fixture->server;
    m_window = m_fixture->window.get();
}

void HistoryViewsTest::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile HistoryViewsTest::restProfile() const
{
    ConnectionProfile p;
    p.id = QStringLiteral("rest");
    p.name = QStringLiteral("Staff directory");
    p.baseUrl = m_server->baseUrl();
    p.serviceKind = QStringLiteral("rest-v1");
    p.pageSize = 50;
    return p;
}

void HistoryViewsTest::openRest()
{
    m_window->openProfile(restProfile(), RestV1Service::defaultToken());
    QTRY_VERIFY(m_window->userModel()->rowCount() > 0);
}

bool HistoryViewsTest::finish(WriteHandle *handle, WriteResult *result)
{
    std::optional<WriteResult> answer;
    connect(handle, &WriteHandle::finished, this, [&answer](const WriteResult &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return false;
    if (result)
        *result = *answer;
    return true;
}

QString HistoryViewsTest::makeChanges()
{
    UserStore *store = m_window->connection()->store();
    WriteResult created;
    if (!finish(store->create({ { UserField::Name, kAwkwardName },
                                { UserField::Email, QStringLiteral("ann.lee@example.org") },
                                { UserField::Role, QStringLiteral("user") },
                                { UserField::Password, kPassword } }),
                &created)
        || !created.succeeded())
        return QString();
    WriteResult edited;
    if (!finish(store->update(created.user, { { UserField::Name, kPlainName } }), &edited)
        || !edited.succeeded())
        return QString();
    WriteResult suspended;
    if (!finish(store->setState(edited.user, UserState::Suspended), &suspended) || !suspended.succeeded())
        return QString();
    WriteResult refused; // john@example.com is taken: the server answers 409
    if (!finish(store->create({ { UserField::Name, QStringLiteral("Another John") },
                                { UserField::Email, QStringLiteral("john@example.com") },
                                { UserField::Role, QStringLiteral("user") },
                                { UserField::Password, kPassword } }),
                &refused)
        || refused.succeeded())
        return QString();
    WriteResult deleted;
    if (!finish(store->remove(suspended.user), &deleted) || !deleted.succeeded())
        return QString();
    return created.user.id;
}

HistoryWindow *HistoryViewsTest::openHistory()
{
    m_window->action(QStringLiteral("historyAction"))->trigger();
    auto *history = m_window->findChild<HistoryWindow *>();
    return history && history->isVisible() ? history : nullptr;
}

RecentlyDeletedWindow *HistoryViewsTest::openRecentlyDeleted()
{
    m_window->action(QStringLiteral("recentlyDeletedAction"))->trigger();
    auto *window = m_window->findChild<RecentlyDeletedWindow *>();
    return window && window->isVisible() ? window : nullptr;
}

ActivityDock *HistoryViewsTest::activityDock() const
{
    return m_window->findChild<ActivityDock *>();
}

void HistoryViewsTest::historyListsRealWrites()
{
    openRest();
    const QString id = makeChanges();
    QVERIFY(!id.isEmpty());
    HistoryWindow *history = openHistory();
    QVERIFY(history);
    QCOMPARE(m_window->findChildren<HistoryWindow *>().size(), 1);
    AuditTableModel *model = history->model();
    QCOMPARE(model->rowCount(), 5);
    using C = AuditTableModel;
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };

    // Newest first: deleted, the refused create, suspended, edited, created.
    QCOMPARE(cell(0, C::Operation), QStringLiteral("Deleted"));
    QCOMPARE(cell(1, C::Operation), QStringLiteral("Created"));
    QCOMPARE(cell(2, C::Operation), QStringLiteral("State changed"));
    QCOMPARE(cell(3, C::Operation), QStringLiteral("Edited"));
    QCOMPARE(cell(4, C::Operation), QStringLiteral("Created"));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(cell(row, C::Connection), QStringLiteral("Staff directory"));
        QVERIFY(model->entryAt(row).time >= model->entryAt(qMin(row + 1, model->rowCount() - 1)).time);
        // In the local zone (Kathmandu, UTC+05:45) and the locale's format, never UTC.
        const QDateTime local = model->entryAt(row).time.toUTC().addSecs(kKathmanduOffsetSecs);
        const QString text = cell(row, C::Time);
        QVERIFY2(text.startsWith(QLocale().toString(local.date(), QLocale::ShortFormat)), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(local.time(), QStringLiteral("mm:ss"))), qPrintable(text));
    }
    QCOMPARE(cell(0, C::User), QStringLiteral("%1 (%2)").arg(kPlainName, id));
    QCOMPARE(cell(4, C::User), QStringLiteral("%1 (%2)").arg(kAwkwardName, id));
    QCOMPARE(cell(3, C::Changes), QStringLiteral("Name: %1 → %2").arg(kAwkwardName, kPlainName));
    QCOMPARE(cell(2, C::Changes), QStringLiteral("State: Active → Suspended"));
    const QString createdChanges = cell(4, C::Changes);
    QVERIFY2(createdChanges.contains(QStringLiteral("Name: %1").arg(kAwkwardName)),
             qPrintable(createdChanges));
    QVERIFY2(createdChanges.contains(QStringLiteral("Email: ann.lee@example.org")),
             qPrintable(createdChanges));
    QVERIFY2(createdChanges.contains(QStringLiteral("password changed")), qPrintable(createdChanges));
    QVERIFY2(!createdChanges.contains(QStringLiteral("(empty)")), qPrintable(createdChanges));
    // Refused: no user was made; the row says what was asked for, never the password.
    const QString refusedChanges = cell(1, C::Changes);
    QVERIFY2(refusedChanges.contains(QStringLiteral("Email: john@example.com")), qPrintable(refusedChanges));
    QVERIFY2(!refusedChanges.contains(QStringLiteral("password")), qPrintable(refusedChanges));
    QVERIFY2(!refusedChanges.contains(QStringLiteral("(empty)")), qPrintable(refusedChanges));
    QVERIFY2(cell(1, C::User).contains(QStringLiteral("Another John")), qPrintable(cell(1, C::User)));
    QCOMPARE(cell(0, C::Result), QStringLiteral("Done"));
    QCOMPARE(cell(1, C::Result), QStringLiteral("Failed (HTTP 409)"));
    QVERIFY2(cell(1, C::Error).contains(QStringLiteral("already exists")), qPrintable(cell(1, C::Error)));
    QVERIFY(cell(0, C::Error).isEmpty());

    // The password is nowhere: not in a cell, a tooltip, the detail view or the file.
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < C::ColumnCount; ++column) {
            shown << cell(row, column) << model->index(row, column).data(Qt::ToolTipRole).toString();
        }
        history->view()->selectRow(row);
        shown << history->findChild<QPlainTextEdit *>(QStringLiteral("historyDetail"))->toPlainText();
    }
    QVERIFY(shown.last().contains(QStringLiteral("password changed")));
    QVERIFY(!shown.join(QLatin1Char('\n')).contains(kPassword));
    QVERIFY(!readText(m_fixture->audit.fileName()).contains(kPassword));
}

void HistoryViewsTest::historyFilters()
{
    openRest();
    const QString id = makeChanges();
    QVERIFY(!id.isEmpty());
    HistoryWindow *history = openHistory();
    QVERIFY(history);
    AuditFilterProxy *proxy = history->proxy();
    auto *connection = history->findChild<QComboBox *>(QStringLiteral("historyConnectionFilter"));
    auto *operation = history->findChild<QComboBox *>(QStringLiteral("historyOperationFilter"));
    auto *user = history->findChild<QLineEdit *>(QStringLiteral("historyUserFilter"));
    auto *byDate = history->findChild<QCheckBox *>(QStringLiteral("historyDateFilter"));
    auto *from = history->findChild<QDateEdit *>(QStringLiteral("historyFromDate"));
    auto *to = history->findChild<QDateEdit *>(QStringLiteral("historyToDate"));
    QVERIFY(connection && operation && user && byDate && from && to);
    QCOMPARE(proxy->rowCount(), 5);

    // A change on another connection ten days ago arrives while the window is open.
    AuditEntry old;
    old.time = QDateTime::currentDateTimeUtc().addDays(-10);
    old.connectionName = QStringLiteral("Head office");
    old.operation = AuditEntry::Operation::ChangePassword;
    old.userId = QStringLiteral("u_77");
    old.userName = QStringLiteral("Bob");
    old.changes = { { QStringLiteral("password"), QJsonValue(), QJsonValue() } };
    QVERIFY(m_fixture->audit.append(old));
    QCOMPARE(proxy->rowCount(), 6);
    QCOMPARE(connection->count(), 3); // all, "Head office", "Staff directory"

    connection->setCurrentIndex(connection->findData(QStringLiteral("Head office")));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, AuditTableModel::User).data().toString(), QStringLiteral("Bob (u_77)"));
    QCOMPARE(proxy->index(0, AuditTableModel::Changes).data().toString(), QStringLiteral("password changed"));
    connection->setCurrentIndex(connection->findData(QStringLiteral("Staff directory")));
    QCOMPARE(proxy->rowCount(), 5);
    connection->setCurrentIndex(0);

    // By name (any case) or by id; the refused create has a name but no id.
    QTest::keyClicks(user, QStringLiteral("LEE-zo"));
    QCOMPARE(proxy->rowCount(), 4);
    user->setText(id);
    QCOMPARE(proxy->rowCount(), 4);
    user->setText(QStringLiteral("u_7"));
    QCOMPARE(proxy->rowCount(), 1);
    user->clear();

    operation->setCurrentIndex(operation->findData(int(AuditEntry::Operation::Delete)));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, AuditTableModel::Operation).data().toString(), QStringLiteral("Deleted"));
    operation->setCurrentIndex(operation->findData(int(AuditEntry::Operation::Create)));
    QCOMPARE(proxy->rowCount(), 2);
    operation->setCurrentIndex(0);

    // Days, both ends included, on the local calendar.
    const QDate today = QDate::currentDate();
    const QDate tenDaysAgo = old.time.toLocalTime().date();
    from->setDate(tenDaysAgo);
    to->setDate(tenDaysAgo);
    QCOMPARE(proxy->rowCount(), 6); // not applied until asked for
    byDate->setChecked(true);
    QCOMPARE(proxy->rowCount(), 1);
    to->setDate(today);
    QCOMPARE(proxy->rowCount(), 6);
    from->setDate(tenDaysAgo.addDays(1));
    QCOMPARE(proxy->rowCount(), 5);
    from->setDate(today);
    QCOMPARE(proxy->rowCount(), 5);
    from->setDate(tenDaysAgo.addDays(-1));
    to->setDate(tenDaysAgo.addDays(-1));
    QCOMPARE(proxy->rowCount(), 0);

    // Nothing matches: said so, with a way back.
    auto *stack = history->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyNoMatchState"));
    QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    history->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->click();
    QCOMPARE(proxy->rowCount(), 6);
    QVERIFY(!byDate->isChecked());
    QCOMPARE(stack->currentWidget(), history->view()->parentWidget());
    QCOMPARE(history->findChild<QLabel *>(QStringLiteral("historyCount"))->text(),
             QStringLiteral("6 change(s)"));
}

void HistoryViewsTest::historyExportsReadBack()
{
    openRest();
    const QString id = makeChanges();
    QVERIFY(!id.isEmpty());
    // What no spreadsheet should split: a comma, quotes, CR LF and LF, non-ASCII.
    AuditEntry awkward;
    awkward.time = QDateTime::currentDateTimeUtc();
    awkward.connectionName = QStringLiteral("Zürich, \"main\"");
    awkward.connectionUrl = QStringLiteral("https://users.example.com/api");
    awkward.operation = AuditEntry::Operation::Update;
    awkward.userId = QStringLiteral("u,1");
    awkward.userName = QStringLiteral("Zoë\nMüller");
    awkward.changes
        = { { QStringLiteral("job_title"), QStringLiteral("Lead, \"Ops\""), QStringLiteral("日本語") } };
    awkward.outcome = AuditEntry::Outcome::Failed;
    awkward.httpStatus = 422;
    awkward.error = QStringLiteral("Line one,\r\nline \"two\"");
    awkward.actor = QStringLiteral("Admin\rOne"); // a lone CR, nothing else to quote for
    QVERIFY(m_fixture->audit.append(awkward));
    HistoryWindow *history = openHistory();
    QVERIFY(history);
    QCOMPARE(history->proxy()->rowCount(), 6);

    const QString csvFile = m_fixture->dir.filePath(QStringLiteral("history.csv"));
    QVERIFY(history->exportTo(csvFile, AuditExport::Format::Csv));
    const QString csv = readText(csvFile);
    QVERIFY(csv.contains(QStringLiteral("\"Zürich, \"\"main\"\"\""))); // UTF-8, quoted, quotes doubled
    const QList<QStringList> records = parseCsv(csv);
    QCOMPARE(records.size(), 7); // the header and six entries
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 11);
    const QStringList header = records.first();
    const int user = int(header.indexOf(QStringLiteral("User name")));
    const int userId = int(header.indexOf(QStringLiteral("User ID")));
    const int changes = int(header.indexOf(QStringLiteral("Fields")));
    const int error = int(header.indexOf(QStringLiteral("Error")));
    const int time = int(header.indexOf(QStringLiteral("Time (UTC)")));
    const int status = int(header.indexOf(QStringLiteral("HTTP status")));
    QVERIFY(user >= 0 && userId >= 0 && changes >= 0 && error >= 0 && time >= 0 && status >= 0);
    const QStringList first = records.at(1); // newest first, as shown
    QCOMPARE(first.at(user), awkward.userName);
    QCOMPARE(first.at(userId), awkward.userId);
    QCOMPARE(first.at(header.indexOf(QStringLiteral("Connection"))), awkward.connectionName);
    QCOMPARE(first.at(changes), QStringLiteral("Job title: Lead, \"Ops\" → 日本語"));
    QCOMPARE(first.at(error), awkward.error);
    QCOMPARE(first.at(status), QStringLiteral("422"));
    QCOMPARE(first.at(header.indexOf(QStringLiteral("By"))), awkward.actor);
    QCOMPARE(QDateTime::fromString(first.at(time), Qt::ISODateWithMs), awkward.time);
    QCOMPARE(records.at(4).at(changes), QStringLiteral("State: Active → Suspended"));
    QCOMPARE(records.at(5).at(changes), QStringLiteral("Name: %1 → %2").arg(kAwkwardName, kPlainName));
    QVERIFY(!csv.contains(kPassword));

    // JSON lines: exactly the entries shown, each as the trail keeps it.
    history->findChild<QLineEdit *>(QStringLiteral("historyUserFilter"))->setText(id);
    QCOMPARE(history->proxy()->rowCount(), 4);
    const QString jsonFile = m_fixture->dir.filePath(QStringLiteral("history.jsonl"));
    QVERIFY(history->exportTo(jsonFile, AuditExport::Format::JsonLines));
    const QString json = readText(jsonFile);
    QVERIFY(!json.contains(kPassword));
    const QStringList lines = json.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (int row = 0; row < lines.size(); ++row) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(row).toUtf8(), &parseError);
        QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
        const std::optional<AuditEntry> entry = AuditEntry::fromJson(document.object());
        QVERIFY(entry);
        QCOMPARE(entry->toJson(), history->proxy()->entries().at(row).toJson());
        QCOMPARE(entry->userId, id);
    }
    history->findChild<QLineEdit *>(QStringLiteral("historyUserFilter"))->clear();
    QVERIFY(history->exportTo(jsonFile, AuditExport::Format::JsonLines));
    const QStringList all = readText(jsonFile).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(all.size(), 6);
    const std::optional<AuditEntry> back
        = AuditEntry::fromJson(QJsonDocument::fromJson(all.first().toUtf8()).object());
    QVERIFY(back);
    QCOMPARE(back->userName, awkward.userName);
    QCOMPARE(back->error, awkward.error);
    QCOMPARE(back->changes.first().after.toString(), QStringLiteral("日本語"));

    // A file that cannot be written is said, not thrown away silently.
    QVERIFY(!history->exportTo(m_fixture->dir.filePath(QStringLiteral("no/such/dir/history.csv")),
                               AuditExport::Format::Csv));
    QCOMPARE(history->messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(history->messageWidget()->isVisible());
}

void HistoryViewsTest::historyShowsATornLineAsSkipped()
{
    AuditEntry kept;
    kept.time = QDateTime::currentDateTimeUtc().addSecs(-60);
    kept.connectionName = QStringLiteral("Staff directory");
    kept.operation = AuditEntry::Operation::Update;
    kept.userId = QStringLiteral("usr_1");
    kept.userName = QStringLiteral("Kept");
    {
        QFile file(m_fixture->audit.fileName());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact) + '\n');
        file.write(R"({"time":"2024-05-01T10:00:00.000Z","connection":"Staff dir)"); // a crash mid-line
    }
    HistoryWindow *history = openHistory();
    QVERIFY(history);
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->skippedCount(), 1);
    MessageWidget *skipped = history->skippedMessage();
    QVERIFY(skipped->isVisible());
    QCOMPARE(skipped->text(), QStringLiteral("1 entry could not be read (a torn line)."));
    QCOMPARE(history->model()->index(0, AuditTableModel::User).data().toString(),
             QStringLiteral("Kept (usr_1)"));

    // Not fatal: the next write goes on a line of its own and shows at once.
    openRest();
    QVERIFY(!makeChanges().isEmpty());
    QCOMPARE(history->model()->rowCount(), 6);
    QCOMPARE(history->model()->index(5, AuditTableModel::User).data().toString(),
             QStringLiteral("Kept (usr_1)"));
    int unreadable = -1;
    QCOMPARE(m_fixture->audit.entries(&unreadable).size(), 6);
    QCOMPARE(unreadable, 1);
}

void HistoryViewsTest::historyEmptyStateThenLive()
{
    HistoryWindow *history = openHistory();
    QVERIFY(history);
    auto *stack = history->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("historyEmptyState"));
    QStringList texts;
    for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("No changes yet.")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Every change you make through Roster is recorded here.")));
    QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    QVERIFY(!history->skippedMessage()->isVisible());

    // Reused, and following the trail: the writes appear while it is open.
    openRest();
    QVERIFY(!makeChanges().isEmpty());
    QCOMPARE(openHistory(), history);
    QCOMPARE(history->model()->rowCount(), 5);
    QCOMPARE(stack->currentWidget(), history->view()->parentWidget());
    QVERIFY(history->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
}

void HistoryViewsTest::recentlyDeletedRecreatesThroughTheWindow()
{
    openRest();
    m_window->userView()->selectRow(2);
    QTRY_VERIFY(m_window->action(QStringLiteral("deleteUserAction"))->isEnabled());
    const User doomed = m_window->selectedUser();
    QVERIFY(doomed.isValid() && !doomed.email.isEmpty());
    m_window->action(QStringLiteral("deleteUserAction"))->trigger();
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QTRY_COMPARE(m_window->userModel()->rowOfUser(doomed.id), -1);

    RecentlyDeletedWindow *window = openRecentlyDeleted();
    QVERIFY(window);
    DeletedUserTableModel *model = window->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, DeletedUserTableModel::Name).data().toString(), doomed.displayName());
    QCOMPARE(model->index(0, DeletedUserTableModel::Email).data().toString(), doomed.email);
    QCOMPARE(model->index(0, DeletedUserTableModel::Id).data().toString(), doomed.id);
    QCOMPARE(model->index(0, DeletedUserTableModel::Connection).data().toString(),
             QStringLiteral("Staff directory"));
    QVERIFY(!window->recreateButton()->isEnabled()); // nothing selected yet
    window->view()->selectRow(0);
    QVERIFY(window->recreateButton()->isEnabled());
    const QString detail
        = window->findChild<QPlainTextEdit *>(QStringLiteral("deletedDetail"))->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Email: ") + doomed.email), qPrintable(detail));

    window->recreateButton()->click();
    QPointer<UserEditDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<UserEditDialog *>(QStringLiteral("createUserDialog")))
                && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(), doomed.name);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("email"))->text(), doomed.email);
    const QString said = dialog->findChild<MessageWidget *>()->text();
    QVERIFY2(said.contains(QStringLiteral("new ID")) && said.contains(QStringLiteral("no password")),
             qPrintable(said));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(kPassword);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordConfirm"))->setText(kPassword);
    QPushButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(create->isEnabled());
    create->click();
    QTRY_VERIFY(!dialog);

    // The record is retired, and the new user (a new id) is in the table.
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(window->findChild<QStackedWidget *>()->currentWidget()->objectName(),
             QStringLiteral("deletedEmptyState"));
    QVERIFY(m_fixture->recovery.entries().isEmpty());
    const QList<AuditEntry> trail = m_fixture->audit.entries();
    QVERIFY(!trail.isEmpty());
    QCOMPARE(trail.last().operation, AuditEntry::Operation::Recreate);
    const QString newId = trail.last().userId;
    QVERIFY(!newId.isEmpty() && newId != doomed.id);
    QTRY_VERIFY(m_window->userModel()->rowOfUser(newId) >= 0);
    QCOMPARE(m_window->userModel()->userAt(m_window->userModel()->rowOfUser(newId)).email, doomed.email);
    QTRY_COMPARE(m_window->selectedUser().id, newId);
}

void HistoryViewsTest::recentlyDeletedExplainsWhyNot()
{
    DeletedUser elsewhere;
    elsewhere.deletedAt = QDateTime::currentDateTimeUtc().addSecs(-120);
    elsewhere.connectionId = QStringLiteral("head-office");
    elsewhere.connectionName = QStringLiteral("Head office");
    elsewhere.user.id = QStringLiteral("u_1");
    elsewhere.user.name = QStringLiteral("Far Away");
    elsewhere.user.email = QStringLiteral("far@example.org");
    QVERIFY(m_fixture->recovery.add(elsewhere));
    DeletedUser readOnly = elsewhere;
    readOnly.deletedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    readOnly.connectionId = QStringLiteral("archive");
    readOnly.connectionName = QStringLiteral("Archive");
    readOnly.user.name = QStringLiteral("Read Only");
    QVERIFY(m_fixture->recovery.add(readOnly));

    RecentlyDeletedWindow *window = openRecentlyDeleted();
    QVERIFY(window);
    QCOMPARE(window->model()->rowCount(), 2);
    QCOMPARE(window->model()->index(0, DeletedUserTableModel::Name).data().toString(),
             QStringLiteral("Read Only"));
    window->view()->selectRow(1);
    QVERIFY(!window->recreateButton()->isEnabled());
    QCOMPARE(window->reasonText(),
             QStringLiteral("Open the connection “Head office” to re-create this user."));

    // The archive is open, but its service cannot create users.
    auto *directory = new FakeUserDirectory(3);
    directory->mutableDescription().capabilities.setFlag(Capability::CreateUser, false);
    ConnectionProfile archive;
    archive.id = QStringLiteral("archive");
    archive.name = QStringLiteral("Archive");
    // The connection keeps the directory and lets it go after its store.
    directory->setParent(m_fixture->connectTo(directory, archive));
    window->view()->selectRow(0);
    QTRY_COMPARE(window->reasonText(), QStringLiteral("This service cannot create users."));
    QVERIFY(!window->recreateButton()->isEnabled());
    directory->mutableDescription().capabilities.setFlag(Capability::CreateUser, true);
    window->view()->selectRow(1);
    window->view()->selectRow(0);
    QVERIFY(window->recreateButton()->isEnabled());
    window->view()->selectRow(1);
    QVERIFY(!window->recreateButton()->isEnabled());
}

void HistoryViewsTest::activityShowsRequestsAndErrors()
{
    ActivityDock *dock = activityDock();
    QVERIFY(dock);
    QAction *toggle = m_window->action(QStringLiteral("activityAction"));
    QVERIFY(!dock->isVisible() && !toggle->isChecked()); // hidden until asked for
    toggle->trigger();
    QVERIFY(dock->isVisible());
    openRest();
    ActivityLog *log = &m_fixture->activity;
    QSortFilterProxyModel *proxy = dock->proxy();
    QCOMPARE(dock->view()->model(), proxy);
    const auto find = [proxy](const QString &method, const QString &pathPrefix, int status) {
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, ActivityLog::Method).data().toString() == method
                && proxy->index(row, ActivityLog::Path).data().toString().startsWith(pathPrefix)
                && proxy->index(row, ActivityLog::Status).data().toInt() == status)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(find(QStringLiteral("GET"), QStringLiteral("/v1/users?page=1"), 200) >= 0);

    // A user who is not there: a 404, failed, said in words as well as marked.
    m_window->connection()->store()->refresh(QStringLiteral("usr_nobody"));
    QTRY_VERIFY(find(QStringLiteral("GET"), QStringLiteral("/v1/users/usr_nobody"), 404) >= 0);
    QVERIFY(proxy->rowCount() >= 2); // the list and the 404 at least
    dock->errorsOnlyBox()->setChecked(true);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, ActivityLog::Status).data().toInt(), 404);
    QVERIFY(!proxy->index(0, ActivityLog::Error).data().toString().isEmpty());
    QVERIFY(!proxy->index(0, ActivityLog::Error).data(Qt::DecorationRole).value<QIcon>().isNull());
    dock->errorsOnlyBox()->setChecked(false);
    QCOMPARE(proxy->rowCount(), log->rowCount());
    QVERIFY(proxy->index(0, ActivityLog::Error).data(Qt::DecorationRole).isNull());

    // Copy: the button, and Ctrl+C in the panel.
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->clear();
    auto *copy = dock->findChild<QPushButton *>(QStringLiteral("activityCopyButton"));
    QVERIFY(!copy->isEnabled());
    dock->view()->selectRow(0);
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(clipboard->text(), log->rowText(0));
    QVERIFY(clipboard->text().contains(QStringLiteral("\tGET\t")));
    clipboard->clear();
    dock->view()->selectionModel()->select(
        QItemSelection(proxy->index(0, 0), proxy->index(1, ActivityLog::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    dock->view()->setFocus();
    QTest::keyClick(dock->view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), log->rowText(0) + QLatin1Char('\n') + log->rowText(1));

    // The token is in no row, tooltip or copied text.
    const QString token = RestV1Service::defaultToken();
    QVERIFY(log->rowCount() > 0);
    QStringList texts{ clipboard->text() };
    for (int row = 0; row < log->rowCount(); ++row) {
        texts << log->rowText(row);
        for (int column = 0; column < ActivityLog::ColumnCount; ++column) {
            texts << log->index(row, column).data().toString()
                  << log->index(row, column).data(Qt::ToolTipRole).toString();
        }
    }
    QVERIFY(texts.size() > 1);
    QVERIFY(!texts.join(QLatin1Char('\n')).contains(token));

    auto *clear = dock->findChild<QPushButton *>(QStringLiteral("activityClearButton"));
    clear->click();
    QCOMPARE(log->rowCount(), 0);
    auto *placeholder = dock->findChild<QLabel *>(QStringLiteral("activityPlaceholder"));
    QVERIFY(placeholder->isVisible());
    QVERIFY(!clear->isEnabled());
}

void HistoryViewsTest::activityFollowsTheNewestRow()
{
    m_window->action(QStringLiteral("activityAction"))->trigger();
    ActivityDock *dock = activityDock();
    QVERIFY(dock && dock->isVisible());
    ActivityLog *log = &m_fixture->activity;
    int counter = 0;
    const auto add = [log, &counter](int count) {
        for (int i = 0; i < count; ++i) {
            ActivityRecord record;
            record.time = QDateTime::currentDateTime();
            record.connection = QStringLiteral("Staff directory");
            record.method = QStringLiteral("GET");
            record.path = QStringLiteral("/v1/users/usr_%1").arg(++counter);
            record.status = 200;
            log->append(record);
        }
    };
    QScrollBar *bar = dock->view()->verticalScrollBar();
    add(60);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Scrolled up to read: the rows keep coming, the view stays where the admin is.
    bar->setValue(0);
    const int before = bar->maximum();
    add(5);
    QTRY_VERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), 0);

    // Back at the bottom: followed again.
    bar->setValue(bar->maximum());
    add(5);
    // (Followed once per frame, so asked until then.)
    QTRY_COMPARE(dock->view()->indexAt(QPoint(2, dock->view()->viewport()->height() - 2)).row(),
                 dock->proxy()->rowCount() - 1);
    QCOMPARE(bar->value(), bar->maximum());
}

void HistoryViewsTest::activityVisibilityIsRemembered()
{
    QVERIFY(activityDock());
    m_window->action(QStringLiteral("activityAction"))->trigger();
    QVERIFY(activityDock()->isVisible());
    m_window->close(); // saves the window's state
    m_fixture->window.reset();
    m_fixture->window = std::make_unique<MainWindow>(&m_fixture->settings, &m_fixture->connections);
    m_window = m_fixture->window.get();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(activityDock()->isVisible());
    QVERIFY(m_window->action(QStringLiteral("activityAction"))->isChecked());

    // Closed with the dock's own button: the action follows, and it stays closed next time.
    activityDock()->toggleViewAction()->trigger();
    QVERIFY(!activityDock()->isVisible());
    QVERIFY(!m_window->action(QStringLiteral("activityAction"))->isChecked());
    m_window->close();
    m_fixture->window.reset();
    m_fixture->window = std::make_unique<MainWindow>(&m_fixture->settings, &m_fixture->connections);
    m_window = m_fixture->window.get();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(!activityDock()->isVisible());
    QVERIFY(!m_window->action(QStringLiteral("activityAction"))->isChecked());
}

QTEST_MAIN(HistoryViewsTest)
#include "tst_historyviews.moc"
