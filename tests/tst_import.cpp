// Creating users from a CSV file: the mapping guessed from English, German and current-language
// headers, the create form's own rules per row, duplicates against the loaded users and within
// the file, passwords never shown; then against the stand-ins through a real store: a partial
// refusal kept with the server's words, fixed in the cell and sent again, created rows never
// sent twice, batches for Papr and a bounded number of single creates for REST v1.

#include "FieldRules.h"
#include "HeaderFields.h"
#include "ImportDialog.h"
#include "MessageWidget.h"
#include "PapermergeDialect.h"
#include "StoreStand.h"
#include "UserEditDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
using Status = ImportModel::RowStatus;

const ServiceDescription &restV1()
{
    return RestV1Service::kind().description;
}
const ServiceDescription &papermerge()
{
    return PapermergeDialect::serviceKind().description;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

// A translator that names the email field in a language no synonym list knows.
class FakeTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "UserFields") == 0 && qstrcmp(source, "Email") == 0)
            return QStringLiteral("Elektronische Post");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

// Every text the model would show or hand to a tooltip, for every cell.
QStringList everythingShown(const ImportModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), ImportModel::ProblemRole })
                shown << model.index(row, column).data(role).toString();
        }
    }
    return shown;
}

int countOf(const ImportModel &model, Status status)
{
    return model.count(status);
}
} // namespace

class ImportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }
    void mappingFromEnglishHeaders();
    void mappingFromGermanHeaders();
    void mappingFromTheCurrentLanguage();
    void mappingChosenInTheCombo();
    void rowsCheckedWithTheCreateFormsRules();
    void duplicatesAreFlaggedAndNotSent();
    void editingACellFixesTheRow();
    void passwordsAreNeverShown();
    void unreadableFilesSaySo();
    void refusedRowsStayFixedAndResent();
    void paprCreatesInBatches();
};

void ImportTest::mappingFromEnglishHeaders()
{
    ImportModel model(restV1());
    QVERIFY(model.read("Full Name,E-mail,Role,Initial Password,Notes\r\n"
                       "Ada Lovelace,ada@example.com,admin,correct-horse,first\r\n"));
    QCOMPARE(model.mappedColumn(UserField::Name), 0);
    QCOMPARE(model.mappedColumn(UserField::Email), 1);
    QCOMPARE(model.mappedColumn(UserField::Role), 2);
    QCOMPARE(model.mappedColumn(UserField::Password), 3);
    QCOMPARE(model.text(0, UserField::Email), QStringLiteral("ada@example.com"));

    // The field keys work too, and so do the common synonyms.
    QVERIFY(model.read("name,email,role,password\nA,a@example.com,user,long-enough\n"));
    QCOMPARE(model.mappedColumn(UserField::Password), 3);
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Surname"), UserFields::all()), UserField::FamilyName);
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Given Name"), UserFields::all()), UserField::GivenName);
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Login"), UserFields::all()), UserField::Username);
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("external_id"), UserFields::all()), UserField::ExternalId);
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Mail"), UserFields::all()), UserField::Email);
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Notes"), UserFields::all()), std::nullopt);
    // Only the service's create fields are candidates.
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Surname"), { UserField::Name }), std::nullopt);
}

void ImportTest::mappingFromGermanHeaders()
{
    ImportModel model(papermerge());
    QVERIFY(model.read("Benutzername;Vorname;Nachname;E-Mail-Adresse;Aktiv;Mitarbeiter\r\n"
                       "jkrause;Jürgen;Krause;j.krause@example.de;ja;nein\r\n"));
    QCOMPARE(model.mappedColumn(UserField::Username), 0);
    QCOMPARE(model.mappedColumn(UserField::GivenName), 1);
    QCOMPARE(model.mappedColumn(UserField::FamilyName), 2);
    QCOMPARE(model.mappedColumn(UserField::Email), 3);
    QCOMPARE(model.mappedColumn(UserField::Active), 4);
    QCOMPARE(model.mappedColumn(UserField::Staff), 5);
    QCOMPARE(model.mappedColumn(UserField::Superuser), int(ImportModel::Unmapped));
    QCOMPARE(model.status(0), Status::Ready);
    const UserChanges input = model.input(0);
    QCOMPARE(input.value(UserField::GivenName).toString(), QStringLiteral("Jürgen"));
    QCOMPARE(input.value(UserField::Active), QVariant(true));
    QCOMPARE(input.value(UserField::Staff), QVariant(false));
    QCOMPARE(input.value(UserField::Superuser), QVariant(false));
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Passwort"), UserFields::all()), UserField::Password);
    QCOMPARE(HeaderFields::fieldFor(QStringLiteral("Rolle"), UserFields::all()), UserField::Role);
}

void ImportTest::mappingFromTheCurrentLanguage()
{
    ImportModel model(restV1());
    const QByteArray file = "Name,Elektronische Post,Role,Password\nAda,ada@example.com,user,long-enough\n";
    QVERIFY(model.read(file));
    QCOMPARE(model.mappedColumn(UserField::Email), int(ImportModel::Unmapped)); // no synonym knows it
    FakeTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(UserFields::label(UserField::Email), QStringLiteral("Elektronische Post"));
    QVERIFY(model.read(file));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(model.mappedColumn(UserField::Email), 1);
}

void ImportTest::mappingChosenInTheCombo()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("people.csv"),
                                   "Display,Contact,Mail,Role,Password\n"
                                   "Ada,not an address,ada@example.com,user,long-enough\n");
    ImportDialog dialog(nullptr, {});
    dialog.show();
    // Without a store there is no service: no fields, nothing to send.
    QVERIFY(!dialog.createButton()->isEnabled());

    StoreStand s(RestV1Service::serviceKind());
    ImportDialog real(s.store.get(), {});
    QVERIFY(real.loadFile(path));
    QComboBox *email = real.mappingCombo(UserField::Email);
    QVERIFY(email);
    QCOMPARE(email->currentText(), QStringLiteral("Mail"));
    QComboBox *name = real.mappingCombo(UserField::Name);
    QCOMPARE(name->currentIndex(), 0); // "Display" is no name the guess knows
    QCOMPARE(real.model()->status(0), Status::NeedsFixing);
    QVERIFY(real.messageWidget()->text().contains(QStringLiteral("required field(s)")));
    auto *file = real.findChild<QLabel *>(QStringLiteral("importFile"));
    QVERIFY2(file->text().endsWith(QStringLiteral("not imported: Display, Contact")),
             qPrintable(file->text()));
    name->setCurrentIndex(name->findText(QStringLiteral("Display")));
    QVERIFY2(file->text().endsWith(QStringLiteral("not imported: Contact")), qPrintable(file->text()));
    QCOMPARE(real.model()->mappedColumn(UserField::Name), 0);
    QCOMPARE(real.model()->text(0, UserField::Name), QStringLiteral("Ada"));
    QCOMPARE(real.model()->status(0), Status::Ready);
    email->setCurrentIndex(email->findText(QStringLiteral("Contact")));
    QCOMPARE(real.model()->status(0), Status::NeedsFixing);
    QCOMPARE(real.model()->message(0), QStringLiteral("not an address is not a valid email address."));
}

void ImportTest::rowsCheckedWithTheCreateFormsRules()
{
    StoreStand s(RestV1Service::serviceKind());
    ImportModel model(s.store->description());
    QVERIFY(model.read("Name,Email,Role,Password\n"
                       "Ada,ada@example,user,long-enough\n" // the form's email rule
                       ",grace@example.com,user,long-enough\n" // required
                       "Linus,linus@example.com,owner,long-enough\n" // not one of the choices
                       "Ken,ken@example.com,user,\n" // the password is required
                       "Barbara,barbara@example.com,ADMIN,long-enough\n" // case aside, a choice
                       "Margaret,margaret@example.com,,long-enough\n")); // the form's default role
    QCOMPARE(model.rowCount(), 6);

    // The same input in the create form says the same thing.
    const QList<QStringList> rows{
        { QStringLiteral("Ada"), QStringLiteral("ada@example"), QStringLiteral("user"),
          QStringLiteral("long-enough") },
        { QString(), QStringLiteral("grace@example.com"), QStringLiteral("user"),
          QStringLiteral("long-enough") },
        { QStringLiteral("Ken"), QStringLiteral("ken@example.com"), QStringLiteral("user"), QString() },
    };
    const QList<int> modelRows{ 0, 1, 3 };
    for (int i = 0; i < rows.size(); ++i) {
        UserEditDialog form(UserEditDialog::Mode::Create, s.store.get(), User());
        qobject_cast<QLineEdit *>(form.editor(UserField::Name))->setText(rows.at(i).at(0));
        qobject_cast<QLineEdit *>(form.editor(UserField::Email))->setText(rows.at(i).at(1));
        auto *role = qobject_cast<QComboBox *>(form.editor(UserField::Role));
        role->setCurrentIndex(role->findText(rows.at(i).at(2)));
        qobject_cast<QLineEdit *>(form.editor(UserField::Password))->setText(rows.at(i).at(3));
        form.findChild<QLineEdit *>(QStringLiteral("passwordConfirm"))->setText(rows.at(i).at(3));
        const QString formSays = form.findChild<QLabel *>(QStringLiteral("validationHint"))->text();
        QVERIFY(!formSays.isEmpty());
        QCOMPARE(model.status(modelRows.at(i)), Status::NeedsFixing);
        QCOMPARE(model.message(modelRows.at(i)), formSays);
    }
    const FieldSpec role = s.store->description().createFields.at(2);
    QCOMPARE(model.message(2), FieldRules::problem(role, QStringLiteral("owner")));
    QCOMPARE(model.status(4), Status::Ready);
    QCOMPARE(model.text(4, UserField::Role), QStringLiteral("admin"));
    QCOMPARE(model.status(5), Status::Ready);
    QCOMPARE(model.text(5, UserField::Role), QStringLiteral("user"));
    // The cell at fault says so too (with an icon in the view).
    QCOMPARE(model.index(0, model.columnOf(UserField::Email)).data(ImportModel::ProblemRole).toString(),
             model.message(0));
    QVERIFY(
        model.index(0, model.columnOf(UserField::Name)).data(ImportModel::ProblemRole).toString().isEmpty());
    QCOMPARE(model.summary(), QStringLiteral("2 ready, 4 need(s) fixing, 0 duplicate(s)"));
    QCOMPARE(model.sendableRows(), (QList<int>{ 4, 5 }));
}

void ImportTest::duplicatesAreFlaggedAndNotSent()
{
    StoreStand s(RestV1Service::serviceKind());
    QVERIFY(!s.users.isEmpty());
    const User john = s.users.first();
    QCOMPARE(john.email, QStringLiteral("john@example.com"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("dupes.csv"),
                                   "Name,Email,Role,Password\n"
                                   "Johnny,JOHN@Example.com,user,long-enough\n"
                                   "New One,new1@example.com,user,long-enough\n"
                                   "New Again,New1@Example.COM,user,long-enough\n"
                                   "Broken,broken,user,long-enough\n");
    ImportDialog dialog(s.store.get(), s.users);
    QVERIFY(dialog.loadFile(path));
    const ImportModel *model = dialog.model();
    QCOMPARE(model->status(0), Status::Duplicate);
    QCOMPARE(model->message(0),
             QStringLiteral("Email matches the existing user %1.").arg(john.displayName()));
    QCOMPARE(model->status(1), Status::Ready);
    QCOMPARE(model->status(2), Status::Duplicate);
    QCOMPARE(model->message(2), QStringLiteral("Email repeats row 2."));
    QCOMPARE(model->status(3), Status::NeedsFixing);
    QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("1 ready, 1 need(s) fixing, 2 duplicate(s)"));
    // The current row's whole message, which its cell may cut short.
    dialog.table()->setCurrentIndex(dialog.model()->index(2, model->columnOf(UserField::Name)));
    QCOMPARE(dialog.rowDetailLabel()->text(), QStringLiteral("Row 3: Email repeats row 2."));
    QCOMPARE(dialog.model()->index(2, ImportModel::MessageColumn).data().toString(), model->message(2));
    QCOMPARE(dialog.createButton()->text(), QStringLiteral("&Create 1 User(s)"));
    QVERIFY(dialog.createButton()->isEnabled());

    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    dialog.createButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(s.requests("POST", QStringLiteral("/v1/users")), 1); // only the ready row
    QCOMPARE(model->status(1), Status::Created);
    QCOMPARE(model->status(2), Status::Duplicate); // of a user that exists now
    QCOMPARE(model->message(2), QStringLiteral("Email matches the existing user New One."));
    QVERIFY(!dialog.createButton()->isEnabled());
}

void ImportTest::editingACellFixesTheRow()
{
    ImportModel model(restV1());
    QSignalSpy counts(&model, &ImportModel::countsChanged);
    QVERIFY(model.read("Name,Email,Role,Password\nAda,ada(at)example.com,user,long-enough\n"));
    QCOMPARE(model.status(0), Status::NeedsFixing);
    const QModelIndex email = model.index(0, model.columnOf(UserField::Email));
    QVERIFY(model.flags(email).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.index(0, ImportModel::StatusColumn)).testFlag(Qt::ItemIsEditable));
    counts.clear();
    QVERIFY(model.setData(email, QStringLiteral("  ada@example.com ")));
    QCOMPARE(model.text(0, UserField::Email), QStringLiteral("ada@example.com"));
    QCOMPARE(model.status(0), Status::Ready);
    QCOMPARE(model.index(0, ImportModel::StatusColumn).data().toString(), QStringLiteral("Ready"));
    QVERIFY(!counts.isEmpty());
    QCOMPARE(model.input(0).value(UserField::Email).toString(), QStringLiteral("ada@example.com"));
}

void ImportTest::passwordsAreNeverShown()
{
    const QString secret = QStringLiteral("Tr0ub4dor&3-secret");
    ImportModel model(restV1());
    QVERIFY(model.read(QStringLiteral("Name,Email,Role,Password\n"
                                      "Ada,ada@example.com,user,%1\n"
                                      "Bad,bad,user,%1\n")
                           .arg(secret)
                           .toUtf8()));
    const QStringList shown = everythingShown(model);
    QVERIFY(!shown.isEmpty());
    for (const QString &text : shown)
        QVERIFY2(!text.contains(secret), qPrintable(text));
    const QModelIndex password = model.index(0, model.columnOf(UserField::Password));
    QVERIFY(!password.data().toString().isEmpty()); // masked, not blank: it is there
    QCOMPARE(model.input(0).value(UserField::Password).toString(), secret); // and sent as typed

    // Edited in the preview, it is typed hidden.
    QTemporaryDir dir;
    StoreStand s(RestV1Service::serviceKind());
    ImportDialog real(s.store.get(), {});
    QVERIFY(real.loadFile(writeFile(
        dir, QStringLiteral("p.csv"),
        QStringLiteral("Name,Email,Role,Password\nAda,ada@example.com,user,%1\n").arg(secret).toUtf8())));
    const QModelIndex cell = real.model()->index(0, real.model()->columnOf(UserField::Password));
    QStyleOptionViewItem option;
    QWidget *editor = real.table()->itemDelegate()->createEditor(real.table()->viewport(), option, cell);
    auto *line = qobject_cast<QLineEdit *>(editor);
    QVERIFY(line);
    QCOMPARE(line->echoMode(), QLineEdit::Password);
    delete editor;
}

void ImportTest::unreadableFilesSaySo()
{
    StoreStand s(RestV1Service::serviceKind());
    QTemporaryDir dir;
    ImportDialog dialog(s.store.get(), {});
    QVERIFY(!dialog.loadFile(writeFile(dir, QStringLiteral("broken.csv"),
                                       "Name,Email\nAda,\"ada@example.com\nGrace,grace@example.com\n")));
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY2(dialog.messageWidget()->text().contains(QStringLiteral("starts on line 2 is never closed")),
             qPrintable(dialog.messageWidget()->text()));
    QCOMPARE(dialog.model()->rowCount(), 0); // a file read in part imports nothing
    QVERIFY(!dialog.createButton()->isEnabled());

    QVERIFY(!dialog.loadFile(
        writeFile(dir, QStringLiteral("latin1.csv"), "Name,Email\nJ\xfcrgen,j@example.com\n")));
    QVERIFY(dialog.messageWidget()->text().contains(QStringLiteral("not UTF-8")));
    QVERIFY(!dialog.loadFile(dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(dialog.messageWidget()->text().contains(QStringLiteral("could not be opened")));
    QVERIFY(!dialog.loadFile(writeFile(dir, QStringLiteral("header.csv"), "Name,Email\n")));
    QVERIFY(dialog.messageWidget()->text().contains(QStringLiteral("no rows")));

    // A good file afterwards clears the complaint.
    QVERIFY(dialog.loadFile(writeFile(dir, QStringLiteral("good.csv"),
                                      "Name,Email,Role,Password\nAda,ada@example.com,user,long-enough\n")));
    QVERIFY(dialog.messageWidget()->isHidden());
    QVERIFY(dialog.createButton()->isEnabled());
}

void ImportTest::refusedRowsStayFixedAndResent()
{
    StoreStand s(RestV1Service::serviceKind());
    QVERIFY(s.users.size() >= 30);
    const User taken = s.users.at(30); // on the server, but not among the users loaded
    QByteArray csv = "Name,Email,Role,Password\n";
    for (int i = 0; i < 6; ++i)
        csv += QStringLiteral("Imported %1,%2,user,long-enough-%1\n")
                   .arg(i)
                   .arg(i == 3 ? taken.email : QStringLiteral("imported%1@example.com").arg(i))
                   .toUtf8();
    QTemporaryDir dir;
    MockFault slow;
    slow.delayMs = 150;
    slow.method = "POST";
    s.server.setFault(QStringLiteral("/v1/users"), slow);
    ImportDialog dialog(s.store.get(), s.users.mid(0, 5));
    dialog.setConcurrency(2);
    dialog.show();
    QVERIFY(dialog.loadFile(writeFile(dir, QStringLiteral("six.csv"), csv)));
    QCOMPARE(dialog.model()->sendableRows().size(), 6);
    QSignalSpy created(&dialog, &ImportDialog::usersCreated);
    QSignalSpy added(s.store.get(), &UserStore::usersAdded);
    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    dialog.createButton()->click();
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.stopButton()->isVisible());
    auto *operation = dialog.findChild<BulkOperation *>();
    QVERIFY(operation);
    int most = 0;
    connect(operation, &BulkOperation::itemChanged, this,
            [&] { most = qMax(most, operation->count(BulkItem::Status::Running)); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(most, 2); // one by one, two at a time
    QCOMPARE(s.requests("POST", QStringLiteral("/v1/users")), 6);

    const ImportModel *model = dialog.model();
    QCOMPARE(countOf(*model, Status::Created), 5);
    QCOMPARE(model->status(3), Status::Refused);
    QVERIFY2(model->message(3).contains(QStringLiteral("already exists")), qPrintable(model->message(3)));
    QVERIFY(model->flags(model->index(3, model->columnOf(UserField::Email))).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model->flags(model->index(0, model->columnOf(UserField::Email))).testFlag(Qt::ItemIsEditable));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<QList<User>>().size(), 5);
    QVERIFY(!added.isEmpty()); // every view hears of them through the store
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Warning);
    // Ready to go again as it is, or fixed.
    QCOMPARE(dialog.createButton()->text(), QStringLiteral("&Create 1 User(s)"));

    QVERIFY(dialog.model()->setData(dialog.model()->index(3, model->columnOf(UserField::Email)),
                                    QStringLiteral("imported3@example.com")));
    QCOMPARE(model->status(3), Status::Ready);
    QVERIFY(model->message(3).isEmpty()); // the old complaint went with the old value
    dialog.createButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(s.requests("POST", QStringLiteral("/v1/users")), 7); // the created ones not again
    QCOMPARE(countOf(*model, Status::Created), 6);
    QCOMPARE(dialog.messageWidget()->type(), MessageWidget::Type::Positive);
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("6 created")));
}

void ImportTest::paprCreatesInBatches()
{
    StoreStand s(PaprService::serviceKind());
    QByteArray csv = "external_id,email,type,metadata\n";
    for (int i = 0; i < 7; ++i)
        csv += QStringLiteral("%1,batch%2@example.com,user,\"{\"\"team\"\": \"\"blue\"\"}\"\n")
                   .arg(i == 4 ? QStringLiteral("user123") : QStringLiteral("batch-%1").arg(i))
                   .arg(i)
                   .toUtf8();
    QTemporaryDir dir;
    ImportDialog dialog(s.store.get(), {});
    QVERIFY(dialog.loadFile(writeFile(dir, QStringLiteral("papr.csv"), csv)));
    QCOMPARE(dialog.model()->mappedColumn(UserField::Metadata), 3);
    QCOMPARE(dialog.model()->sendableRows().size(), 7);
    QCOMPARE(dialog.model()->input(0).value(UserField::Metadata).toMap().value(QStringLiteral("team")),
             QVariant(QStringLiteral("blue")));
    QSignalSpy finished(&dialog, &ImportDialog::runFinished);
    dialog.createButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(s.requests("POST", QStringLiteral("/v1/user/batch")), 1); // all seven in one request
    QCOMPARE(s.requests("POST", QStringLiteral("/v1/user")), 0);
    const ImportModel *model = dialog.model();
    QCOMPARE(countOf(*model, Status::Created), 6);
    QCOMPARE(model->status(4), Status::Refused);
    QVERIFY2(model->message(4).contains(QStringLiteral("user123")), qPrintable(model->message(4)));

    QVERIFY(dialog.model()->setData(dialog.model()->index(4, model->columnOf(UserField::ExternalId)),
                                    QStringLiteral("batch-4")));
    dialog.createButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(s.requests("POST", QStringLiteral("/v1/user/batch")), 2);
    QCOMPARE(countOf(*model, Status::Created), 7);
    const QList<MockRequest> sent = s.server.receivedRequests();
    QCOMPARE(std::count_if(sent.cbegin(), sent.cend(),
                           [](const MockRequest &r) { return r.body.contains("batch-0"); }),
             1); // the created rows were not sent again
}

QTEST_MAIN(ImportTest)
#include "tst_import.moc"
