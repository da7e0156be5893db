// The bulk commands and their dialogs against the REST v1 stand-in through a real store: each
// user's result in the progress dialog, a partial failure and Retry Failed, the wait the server
// asked for, cancel mid-way, the confirmation's names and the admin's own account left out,
// the actions per capability. The export: CSV with awkward values, JSON and JSON lines read
// back, all pages loaded first, cancel leaving no file.

#include "BulkCommands.h"
#include "BulkItemModel.h"
#include "BulkProgressDialog.h"
#include "Csv.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "MessageWidget.h"
#include "PapermergeDialect.h"
#include "PaprDialect.h"
#include "RestV1Dialect.h"
#include "StoreStand.h"
#include "TransferCommands.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
QString cell(const BulkProgressDialog *dialog, int row, int column)
{
    return dialog->table()->model()->index(row, column).data().toString();
}

int rowsWithStatus(const BulkProgressDialog *dialog, const QString &word)
{
    int n = 0;
    for (int row = 0; row < dialog->table()->model()->rowCount(); ++row)
        n += cell(dialog, row, BulkItemModel::StatusColumn) == word ? 1 : 0;
    return n;
}

QMessageBox *confirmation(QWidget *window)
{
    QMessageBox *box = nullptr;
    const bool found = QTest::qWaitFor(
        [&] {
            return (box = window->findChild<QMessageBox *>(QStringLiteral("bulkConfirmation"))) != nullptr;
        },
        5000);
    return found ? box : nullptr;
}

void confirm(QMessageBox *box)
{
    auto *button = box->findChild<QPushButton *>(QStringLiteral("bulkConfirm"));
    QVERIFY(button);
    button->click();
}

// Users as the list would show them, with values that trip careless CSV and spreadsheets.
QList<User> awkwardUsers()
{
    const QStringList names{ QStringLiteral("Quote \"Q\" Person"),
                             QStringLiteral("Line\nbreak, comma"),
                             QStringLiteral("שלום עולם"),
                             QStringLiteral("Zoë 👩🏽‍💻 🎉"),
                             QStringLiteral("=HYPERLINK(\"http://evil.example\")"),
                             QStringLiteral("+1 555 0100"),
                             QStringLiteral("@handle"),
                             QStringLiteral("-42"),
                             QStringLiteral("'apostrophe") };
    QList<User> users;
    for (int i = 0; i < names.size(); ++i) {
        User user;
        user.id = QStringLiteral("u%1").arg(i);
        user.name = names.at(i);
        user.email = QStringLiteral("person%1@example.com").arg(i);
        user.roles = { QStringLiteral("viewer") };
        user.state = i % 2 ? UserState::Inactive : UserState::Active;
        user.createdAt = QDateTime(QDate(2025, 3, 1 + i), QTime(12, 0), Qt::UTC);
        users << user;
    }
    return users;
}

ExportSource sourceOf(const QList<User> &users, const QList<UserField> &columns)
{
    ExportSource source;
    source.columns = columns;
    source.rowCount = [users] { return int(users.size()); };
    source.userAt = [users](int row) { return users.at(row); };
    return source;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class BulkDialogsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void progressShowsEachResultAndRetriesFailed();
    void progressShowsTheServersWait();
    void cancelMidWayReportsWhatWasSent();
    void confirmationListsNamesAndLeavesOutOwnAccount();
    void usersAlreadyAsAskedAreLeftAlone();
    void actionsFollowCapabilities();
    void exportCsvReadsBackAwkwardValues();
    void exportJsonAndJsonLinesReadBack();
    void exportLoadsAllPagesFirst();
    void exportCancelLeavesNoFile();
    void exportOffersLoadedRowsWhenLoadingFails();
    void exportSaysWhenTheFileCannotBeWritten();
    void transferCommandsOpenTheDialogs();
};

void BulkDialogsTest::progressShowsEachResultAndRetriesFailed()
{
    StoreStand s(RestV1Service::serviceKind());
    QWidget window;
    BulkCommands commands(&window);
    commands.setStore(s.store.get());
    QList<User> chosen;
    for (const User &user : std::as_const(s.users)) {
        if (user.state == UserState::Active && chosen.size() < 6)
            chosen << user;
    }
    QCOMPARE(chosen.size(), 6);
    commands.setSelection([chosen] { return chosen; });
    MockFault broken;
    broken.status = 500;
    broken.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/(%1|%2)").arg(chosen.at(1).id, chosen.at(4).id), broken);

    QSignalSpy opened(&commands, &BulkCommands::progressOpened);
    commands.update(int(chosen.size()), &s.store->description());
    QVERIFY(commands.deactivateAction()->isEnabled());
    commands.deactivateAction()->trigger();
    QMessageBox *box = confirmation(&window);
    QVERIFY(box);
    confirm(box);
    QTRY_COMPARE(opened.count(), 1);
    auto *dialog = opened.first().first().value<BulkProgressDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->isModal()); // the admin keeps working meanwhile
    QCOMPARE(dialog->table()->model()->rowCount(), 6);
    QVERIFY(dialog->cancelButton()->isVisible());
    // The view hears of each row's result as it arrives.
    QSet<int> repainted;
    connect(dialog->table()->model(), &QAbstractItemModel::dataChanged, this,
            [&repainted](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    repainted.insert(row);
            });

    QTRY_VERIFY_WITH_TIMEOUT(dialog->closeButton()->isVisible(), 15000);
    QCOMPARE(rowsWithStatus(dialog, QStringLiteral("Done")), 4);
    QCOMPARE(rowsWithStatus(dialog, QStringLiteral("Failed")), 2);
    QCOMPARE(repainted.size(), 6);
    QCOMPARE(cell(dialog, 1, BulkItemModel::StatusColumn), QStringLiteral("Failed"));
    QVERIFY(!cell(dialog, 1, BulkItemModel::MessageColumn).isEmpty()); // the server's words
    QCOMPARE(cell(dialog, 1, BulkItemModel::UserColumn), chosen.at(1).displayName());
    QCOMPARE(dialog->progressBar()->value(), 6);
    QCOMPARE(dialog->progressBar()->text(), QStringLiteral("6 of 6"));
    QVERIFY(dialog->summaryWidget()->isVisible());
    QVERIFY2(dialog->summaryWidget()->text().contains(dialog->operation()->summary()),
             qPrintable(dialog->summaryWidget()->text()));
    QVERIFY(dialog->summaryWidget()->text().contains(QStringLiteral("2 failed")));
    QCOMPARE(dialog->summaryWidget()->type(), MessageWidget::Type::Warning);
    QVERIFY(dialog->retryButton()->isVisible() && dialog->retryButton()->isEnabled());
    QVERIFY(!dialog->cancelButton()->isVisible());

    // Retry Failed sends only the two that failed, and then there is nothing left to retry.
    s.server.clearFaults();
    const int before = s.requests("PATCH");
    dialog->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->closeButton()->isVisible() && !dialog->operation()->isRunning(), 15000);
    QCOMPARE(s.requests("PATCH") - before, 2);
    QCOMPARE(rowsWithStatus(dialog, QStringLiteral("Done")), 6);
    QVERIFY(!dialog->retryButton()->isEnabled());
    QCOMPARE(dialog->summaryWidget()->type(), MessageWidget::Type::Positive);
    dialog->closeButton()->click();
    QVERIFY(!dialog->isVisible());
}

void BulkDialogsTest::progressShowsTheServersWait()
{
    StoreStand s(RestV1Service::serviceKind());
    QList<User> chosen; // a change for each: a user who is a viewer already is not written to
    for (const User &user : std::as_const(s.users)) {
        if (!user.roles.contains(QStringLiteral("viewer")) && chosen.size() < 3)
            chosen << user;
    }
    QCOMPARE(chosen.size(), 3);
    MockFault slowDown;
    slowDown.status = 429;
    slowDown.retryAfter = "2";
    slowDown.times = 1;
    slowDown.method = "PATCH";
    s.server.setFault(QStringLiteral("/v1/users/") + chosen.at(0).id, slowDown);
    auto *operation = BulkOperation::changeRole(s.store.get(), chosen, QStringLiteral("viewer"));
    BulkProgressDialog dialog(operation, QStringLiteral("Changing roles"));
    operation->setParent(&dialog);
    dialog.open();
    QSignalSpy paused(operation, &BulkOperation::pausedChanged);
    operation->start();
    QTRY_VERIFY_WITH_TIMEOUT(!paused.isEmpty(), 5000);
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.pauseLabel()->isVisible(), 5000);
    QVERIFY2(dialog.pauseLabel()->text().contains(QStringLiteral("as the server asked")),
             qPrintable(dialog.pauseLabel()->text()));
    QVERIFY(dialog.pauseLabel()->text().contains(QStringLiteral("2 s"))
            || dialog.pauseLabel()->text().contains(QStringLiteral("1 s")));
    QTRY_VERIFY_WITH_TIMEOUT(!operation->isRunning(), 10000);
    QVERIFY(!dialog.pauseLabel()->isVisible());
    QCOMPARE(rowsWithStatus(&dialog, QStringLiteral("Done")), 3);
}

void BulkDialogsTest::cancelMidWayReportsWhatWasSent()
{
    StoreStand s(RestV1Service::serviceKind());
    const QList<User> chosen = s.users.mid(1, 10);
    MockFault slow;
    slow.delayMs = 400;
    slow.method = "DELETE";
    s.server.setFault(QStringLiteral("/v1/users/.*"), slow);
    QWidget window;
    BulkCommands commands(&window);
    commands.setStore(s.store.get());
    commands.setConcurrency(2);
    commands.setSelection([chosen] { return chosen; });
    QSignalSpy opened(&commands, &BulkCommands::progressOpened);
    QSignalSpy finished(&commands, &BulkCommands::finished);
    commands.remove();
    QMessageBox *box = confirmation(&window);
    QVERIFY(box);
    confirm(box);
    QTRY_COMPARE(opened.count(), 1);
    auto *dialog = opened.first().first().value<BulkProgressDialog *>();
    QCOMPARE(dialog->operation()->concurrency(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(rowsWithStatus(dialog, QStringLiteral("Done")) >= 2 && s.requests("DELETE") >= 4,
                             10000);
    dialog->cancelButton()->click();
    QTRY_COMPARE(finished.count(), 1);
    const int sent = s.requests("DELETE");
    QVERIFY(sent < 10);
    // What left is reported as done or as sent without an answer; the rest as never sent.
    QCOMPARE(rowsWithStatus(dialog, QStringLiteral("Done"))
                 + rowsWithStatus(dialog, QStringLiteral("No answer")),
             sent);
    QCOMPARE(rowsWithStatus(dialog, QStringLiteral("Not sent")), 10 - sent);
    QVERIFY(dialog->summaryWidget()->text().contains(QStringLiteral("not sent")));
    QVERIFY(dialog->retryButton()->isEnabled());
    QTest::qWait(600);
    QCOMPARE(s.requests("DELETE"), sent); // nothing more went out
}

void BulkDialogsTest::confirmationListsNamesAndLeavesOutOwnAccount()
{
    StoreStand s(RestV1Service::serviceKind());
    QList<User> chosen;
    for (const User &user : std::as_const(s.users)) {
        if (user.state != UserState::Inactive && chosen.size() < 14)
            chosen << user;
    }
    QCOMPARE(chosen.size(), 14);
    const User me = chosen.at(2);
    s.store->setActor(me);
    QWidget window;
    BulkCommands commands(&window);
    commands.setStore(s.store.get());
    commands.setSelection([chosen] { return chosen; });

    commands.remove();
    QMessageBox *box = confirmation(&window);
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText); // the names are the server's
    const QString text = box->text();
    QVERIFY2(text.startsWith(QStringLiteral("Delete 13 user(s) permanently?")), qPrintable(text));
    QStringList listed;
    for (const User &user : std::as_const(chosen)) {
        if (user.id != me.id && text.contains(QStringLiteral("• ") + user.displayName()))
            listed << user.id;
    }
    QCOMPARE(listed.size(), BulkCommands::MaxNamesListed);
    QVERIFY(!text.contains(QStringLiteral("• ") + me.displayName()));
    QVERIFY2(text.contains(QStringLiteral("…and 3 more.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Your own account (%1) is left out.").arg(me.displayName())));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QCOMPARE(s.requests("DELETE"), 0); // no means no

    // Deactivating: the same question, and the run leaves the admin's account untouched.
    QSignalSpy opened(&commands, &BulkCommands::progressOpened);
    commands.deactivate();
    QTRY_VERIFY(box = window.findChild<QMessageBox *>(QStringLiteral("bulkConfirmation")));
    QVERIFY(box->text().startsWith(QStringLiteral("Deactivate 13 user(s)?")));
    QVERIFY(box->text().contains(QStringLiteral("Your own account (%1) is left out.").arg(me.displayName())));
    confirm(box);
    QTRY_COMPARE(opened.count(), 1);
    auto *dialog = opened.first().first().value<BulkProgressDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->operation()->isRunning() && dialog->closeButton()->isVisible(), 15000);
    QCOMPARE(rowsWithStatus(dialog, QStringLiteral("Done")), 13);
    QCOMPARE(cell(dialog, 2, BulkItemModel::StatusColumn), QStringLiteral("Left out"));
    QCOMPARE(cell(dialog, 2, BulkItemModel::UserColumn), me.displayName());
    const QList<MockRequest> sent = s.server.receivedRequests();
    QVERIFY(std::none_of(sent.cbegin(), sent.cend(), [&](const MockRequest &r) {
        return r.method == "PATCH" && r.path.endsWith(me.id);
    }));
}

void BulkDialogsTest::usersAlreadyAsAskedAreLeftAlone()
{
    StoreStand s(RestV1Service::serviceKind());
    QList<User> inactive;
    QList<User> active;
    for (const User &user : std::as_const(s.users)) {
        if (user.state == UserState::Inactive && inactive.size() < 2)
            inactive << user;
        else if (user.state == UserState::Active && active.size() < 3)
            active << user;
    }
    QCOMPARE(inactive.size(), 2);
    const QList<User> chosen = active + inactive;
    QWidget window;
    BulkCommands commands(&window);
    commands.setStore(s.store.get());
    commands.setSelection([chosen] { return chosen; });
    QSignalSpy opened(&commands, &BulkCommands::progressOpened);
    commands.deactivate();
    QMessageBox *box = confirmation(&window);
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("Deactivate 3 user(s)?")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("2 user(s) already Inactive will stay as they are.")));
    confirm(box);
    QTRY_COMPARE(opened.count(), 1);
    auto *dialog = opened.first().first().value<BulkProgressDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->operation()->isRunning(), 10000);
    QCOMPARE(s.requests("PATCH"), 3);

    // All of them inactive now: nothing to do, and said so rather than run empty.
    const QList<User> allInactive = inactive;
    commands.setSelection([allInactive] { return allInactive; });
    commands.deactivate();
    QMessageBox *nothing = nullptr;
    QTRY_VERIFY(nothing = window.findChild<QMessageBox *>(QStringLiteral("bulkNothingToDo")));
    QVERIFY(nothing->text().contains(QStringLiteral("already Inactive")));
    QCOMPARE(opened.count(), 1);
}

void BulkDialogsTest::actionsFollowCapabilities()
{
    StoreStand s(RestV1Service::serviceKind());
    QWidget window;
    BulkCommands commands(&window);
    commands.setStore(s.store.get());
    const auto visible = [&commands](const QString &name) {
        for (QAction *action : commands.actions()) {
            if (action->objectName() == name)
                return action->isVisible();
        }
        return false;
    };
    const ServiceDescription restV1 = RestV1Dialect::serviceKind().description;
    commands.update(3, &restV1);
    for (const char *name : { "bulkActivateAction", "bulkDeactivateAction", "bulkSetStateAction",
                              "bulkChangeRoleAction", "bulkDeleteAction" })
        QVERIFY2(visible(QLatin1String(name)), name);
    QCOMPARE(commands.setStateMenu()->actions().size(), restV1.states.size());
    QCOMPARE(commands.changeRoleMenu()->actions().size(), restV1.roles.size());
    QVERIFY(commands.deleteAction()->isEnabled());
    QCOMPARE(commands.deleteAction()->text(), QStringLiteral("De&lete 3 User(s)…"));

    const ServiceDescription papr = PaprDialect::serviceKind().description; // no states, no roles
    commands.update(3, &papr);
    QVERIFY(visible(QStringLiteral("bulkDeleteAction")));
    for (const char *name :
         { "bulkActivateAction", "bulkDeactivateAction", "bulkSetStateAction", "bulkChangeRoleAction" })
        QVERIFY2(!visible(QLatin1String(name)), name);

    const ServiceDescription papermerge = PapermergeDialect::serviceKind().description; // two states
    commands.update(2, &papermerge);
    QVERIFY(visible(QStringLiteral("bulkActivateAction")) && visible(QStringLiteral("bulkDeactivateAction")));
    QVERIFY(!visible(QStringLiteral("bulkSetStateAction")));

    commands.update(0, &restV1);
    for (QAction *action : commands.actions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    commands.update(2, nullptr); // no connection
    for (QAction *action : commands.actions())
        QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
}

void BulkDialogsTest::exportCsvReadsBackAwkwardValues()
{
    QTemporaryDir dir;
    const QList<User> users = awkwardUsers();
    const QList<UserField> columns{ UserField::Email, UserField::Name, UserField::State,
                                    UserField::CreatedAt };
    for (const bool bom : { false, true }) {
        ExportDialog dialog(sourceOf(users, columns));
        dialog.setFormat(UserExport::Format::Csv);
        dialog.setByteOrderMark(bom);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        const QString path = dir.filePath(bom ? QStringLiteral("bom.csv") : QStringLiteral("plain.csv"));
        dialog.exportTo(path);
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(1).toInt(), int(users.size()));
        QVERIFY(dialog.messageWidget()->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(dialog.messageWidget()->text().contains(QStringLiteral("%1 user(s)").arg(users.size())));

        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        const Csv::ReadResult read = Csv::read(bytes);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.records.size(), users.size() + 1);
        QCOMPARE(read.records.first(),
                 (QStringList{ QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("State"),
                               QStringLiteral("Created") }));
        for (int row = 0; row < users.size(); ++row) {
            QStringList expected;
            for (UserField field : columns)
                expected << UserExport::cellText(users.at(row), field);
            QCOMPARE(read.records.at(row + 1), expected);
        }
        // A spreadsheet opening the file sees text, not a formula.
        QVERIFY(bytes.contains("'=HYPERLINK"));
        QVERIFY(!bytes.contains(",=HYPERLINK"));
    }
}

void BulkDialogsTest::exportJsonAndJsonLinesReadBack()
{
    QTemporaryDir dir;
    const QList<User> users = awkwardUsers();
    const QList<UserField> columns{ UserField::Name, UserField::Email, UserField::Role };
    ExportDialog dialog(sourceOf(users, columns));
    QSignalSpy exported(&dialog, &ExportDialog::exported);

    dialog.setFormat(UserExport::Format::Json);
    dialog.setByteOrderMark(true); // CSV only: never in JSON
    dialog.exportTo(dir.filePath(QStringLiteral("users.json")));
    QTRY_COMPARE(exported.count(), 1);
    const QByteArray json = readAll(dir.filePath(QStringLiteral("users.json")));
    QVERIFY(!json.startsWith("\xEF\xBB\xBF"));
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(json, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), users.size());
    for (int row = 0; row < users.size(); ++row) {
        QCOMPARE(array.at(row)[QStringLiteral("name")].toString(), users.at(row).name);
        QCOMPARE(array.at(row)[QStringLiteral("email")].toString(), users.at(row).email);
    }

    dialog.setFormat(UserExport::Format::JsonLines);
    dialog.exportTo(dir.filePath(QStringLiteral("users.jsonl")));
    QTRY_COMPARE(exported.count(), 2);
    const QList<QByteArray> lines = readAll(dir.filePath(QStringLiteral("users.jsonl"))).split('\n');
    QCOMPARE(lines.size(), users.size() + 1); // and a final line break
    QVERIFY(lines.last().isEmpty());
    for (int row = 0; row < users.size(); ++row) {
        const QJsonObject object = QJsonDocument::fromJson(lines.at(row), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QStringLiteral("name")).toString(), users.at(row).name);
        QCOMPARE(object.keys().size(), columns.size());
    }
}

void BulkDialogsTest::exportLoadsAllPagesFirst()
{
    StoreStand s(RestV1Service::serviceKind(), 230);
    StandPagedModel model(s.directory.get());
    model.setPageSize(20);
    model.reload();
    QTRY_VERIFY(model.rowCount() == 20 && !model.isLoading());
    QVERIFY(model.hasMore());
    MockFault slow;
    slow.delayMs = 60;
    slow.method = "GET";
    s.server.setFault(QStringLiteral("/v1/users"), slow);

    ExportSource source;
    source.columns = { UserField::Id, UserField::Name, UserField::Email };
    source.rowCount = [&model] { return model.rowCount(); };
    source.userAt = [&model](int row) { return model.users().at(row); };
    source.setPagesFrom(&model, &model);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    ExportDialog dialog(std::move(source));
    dialog.show();
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.exportTo(path);
    QVERIFY(dialog.isLoading());
    QVERIFY(dialog.progressBar()->isVisible());
    QVERIFY(dialog.cancelButton()->isVisible());
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(!QFile::exists(path)); // nothing written before the list is whole
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("exportProgressText"))
                                 ->text()
                                 .contains(QStringLiteral(" of 230")),
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QCOMPARE(exported.first().at(1).toInt(), 230);
    QVERIFY(!dialog.progressBar()->isVisible());
    const Csv::ReadResult read = Csv::read(readAll(path));
    QCOMPARE(read.records.size(), 231);
    QCOMPARE(read.records.last().first(), model.users().last().id); // in the list's order
    QVERIFY(s.requests("GET", QStringLiteral("/v1/users")) >= 12);
}

void BulkDialogsTest::exportCancelLeavesNoFile()
{
    StoreStand s(RestV1Service::serviceKind(), 230);
    StandPagedModel model(s.directory.get());
    model.setPageSize(20);
    model.reload();
    QTRY_VERIFY(model.rowCount() == 20 && !model.isLoading());
    MockFault slow;
    slow.delayMs = 300;
    slow.method = "GET";
    s.server.setFault(QStringLiteral("/v1/users"), slow);

    ExportSource source;
    source.columns = { UserField::Name, UserField::Email };
    source.rowCount = [&model] { return model.rowCount(); };
    source.userAt = [&model](int row) { return model.users().at(row); };
    source.setPagesFrom(&model, &model);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    const QString older = dir.filePath(QStringLiteral("older.csv"));
    {
        QFile file(older);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept as it was\n");
    }
    ExportDialog dialog(source);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    for (const QString &path : { fresh, older }) {
        dialog.exportTo(path);
        QVERIFY(dialog.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 40, 5000);
        dialog.cancelButton()->click();
        QVERIFY(!dialog.isLoading());
        QVERIFY(!model.isLoadingAll());
        QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Information);
        QCOMPARE(dialog.messageWidget()->text(), QStringLiteral("Canceled: nothing was saved."));
        QTest::qWait(500); // the page in flight still arrives: it writes nothing
        QCOMPARE(dialog.messageWidget()->text(), QStringLiteral("Canceled: nothing was saved."));
    }
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(readAll(older), QByteArray("kept as it was\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{ QStringLiteral("older.csv") });
}

void BulkDialogsTest::exportOffersLoadedRowsWhenLoadingFails()
{
    StoreStand s(RestV1Service::serviceKind(), 120);
    StandPagedModel model(s.directory.get());
    model.setPageSize(20);
    model.reload();
    QTRY_VERIFY(model.rowCount() == 20 && !model.isLoading());
    ExportSource source;
    source.columns = { UserField::Name };
    source.rowCount = [&model] { return model.rowCount(); };
    source.userAt = [&model](int row) { return model.users().at(row); };
    source.setPagesFrom(&model, &model);
    MockFault broken;
    broken.status = 500;
    broken.method = "GET";
    s.server.setFault(QStringLiteral("/v1/users"), broken);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.csv"));
    ExportDialog dialog(source);
    dialog.show();
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.exportTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 20000);
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Warning);
    QVERIFY2(dialog.messageWidget()->text().contains(QStringLiteral("Not all users could be loaded")),
             qPrintable(dialog.messageWidget()->text()));
    QVERIFY(!QFile::exists(path));
    // The admin may take what there is.
    auto *action = dialog.messageWidget()->findChild<QPushButton *>();
    QVERIFY(action && action->isVisible());
    action->click();
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().at(1).toInt(), model.rowCount());
    QCOMPARE(Csv::read(readAll(path)).records.size(), model.rowCount() + 1);
}

void BulkDialogsTest::exportSaysWhenTheFileCannotBeWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/users.csv"));
    ExportDialog dialog(sourceOf(awkwardUsers(), { UserField::Name }));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    dialog.exportTo(path);
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY2(dialog.messageWidget()->text().contains(QStringLiteral("could not be opened for writing")),
             qPrintable(dialog.messageWidget()->text()));
    QVERIFY(dialog.messageWidget()->text().contains(path));
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.exportButton()->isEnabled()); // another file can be chosen
}

void BulkDialogsTest::transferCommandsOpenTheDialogs()
{
    StoreStand s(RestV1Service::serviceKind());
    QWidget window;
    TransferCommands transfer(&window);
    QCOMPARE(transfer.importAction()->objectName(), QStringLiteral("importUsersAction"));
    QCOMPARE(transfer.exportAction()->objectName(), QStringLiteral("exportUsersAction"));
    transfer.update(false, nullptr);
    QVERIFY(!transfer.importAction()->isVisible());
    QVERIFY(!transfer.exportAction()->isEnabled());

    const QList<User> loaded = s.users;
    transfer.setStore(s.store.get());
    transfer.setKnownUsers([loaded] { return loaded; });
    transfer.setExportSource([loaded] { return sourceOf(loaded, { UserField::Name, UserField::Email }); });
    transfer.setConcurrency(3);
    transfer.update(true, &s.store->description());
    QVERIFY(transfer.importAction()->isVisible() && transfer.importAction()->isEnabled());
    QVERIFY(transfer.exportAction()->isEnabled());
    const ServiceDescription readOnly; // a service that cannot create users: no import
    transfer.update(true, &readOnly);
    QVERIFY(!transfer.importAction()->isVisible());
    transfer.update(true, &s.store->description());

    ImportDialog *import = transfer.importUsers();
    QVERIFY(import && import->isVisible());
    QVERIFY(import->testAttribute(Qt::WA_DeleteOnClose));
    // The loaded users reached the duplicate check.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("again.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Name,Email,Role,Password\nAgain,%1,user,long-enough\n")
                   .arg(loaded.first().email)
                   .toUtf8());
    file.close();
    QVERIFY(import->loadFile(file.fileName()));
    QCOMPARE(import->model()->status(0), ImportModel::RowStatus::Duplicate);
    import->close();

    ExportDialog *exporter = transfer.exportUsers();
    QVERIFY(exporter && exporter->isVisible());
    QSignalSpy said(&transfer, &TransferCommands::message);
    exporter->exportTo(dir.filePath(QStringLiteral("out.csv")));
    QTRY_COMPARE(said.count(), 1);
    QVERIFY(said.first().first().toString().contains(QStringLiteral("%1 user(s)").arg(loaded.size())));
    exporter->close();
}

QTEST_MAIN(BulkDialogsTest)
#include "tst_bulkdialogs.moc"
