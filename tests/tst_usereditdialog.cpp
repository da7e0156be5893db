// The create/edit dialog driven as an admin would: validation, progress, a server error shown
// inside the dialog next to its field, and every typed value kept.

#include "FakeUserDirectory.h"
#include "MessageWidget.h"
#include "UserEditDialog.h"
#include "UserStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class UserEditDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createNeedsValidInput_data();
    void createNeedsValidInput();
    void createDefaultsToLeastPrivilege();
    void createSendsTypedFields();
    void editNeedsAChange();
    void editSendsOnlyChangedFields();
    void serverErrorStaysInsideWithInput_data();
    void serverErrorStaysInsideWithInput();
    void cancelWhileSavingDropsTheAnswer_data();
    void cancelWhileSavingDropsTheAnswer();
    void passwordMustBeConfirmed();
    void metadataMustBeJsonObject();

private:
    QPushButton *okButton(UserEditDialog &dialog) const;
    static void type(QWidget *editor, const QString &text);

    std::unique_ptr<FakeUserDirectory> m_directory;
    std::unique_ptr<UserStore> m_store; // the dialog's commands go through it
};

void UserEditDialogTest::init()
{
    m_store.reset();
    m_directory = std::make_unique<FakeUserDirectory>(5);
    m_store = std::make_unique<UserStore>(m_directory.get());
}

QPushButton *UserEditDialogTest::okButton(UserEditDialog &dialog) const
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void UserEditDialogTest::type(QWidget *editor, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    QVERIFY(line);
    line->clear();
    // QTest::keyClicks types ASCII only; other text is inserted as an input method would.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(line, text);
    else
        line->insert(text);
}

void UserEditDialogTest::createNeedsValidInput_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("hint");
    QTest::newRow("empty") << QString() << QString() << false << QStringLiteral("Account ID is required.");
    QTest::newRow("no email") << QStringLiteral("acct_1") << QString() << false
                              << QStringLiteral("Email is required.");
    QTest::newRow("bad email") << QStringLiteral("acct_1") << QStringLiteral("sasha.example.com") << false
                               << QStringLiteral("sasha.example.com is not a valid email address.");
    QTest::newRow("valid") << QStringLiteral("acct_1") << QStringLiteral("sasha@example.com") << true
                           << QString();
}

void UserEditDialogTest::createNeedsValidInput()
{
    QFETCH(QString, account);
    QFETCH(QString, email);
    QFETCH(bool, enabled);
    QFETCH(QString, hint);
    UserEditDialog dialog(UserEditDialog::Mode::Create, m_store.get(), User());
    dialog.show();
    type(dialog.editor(UserField::AccountId), account);
    type(dialog.editor(UserField::Email), email);
    QCOMPARE(okButton(dialog)->isEnabled(), enabled);
    QCOMPARE(dialog.isInputValid(), enabled);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("validationHint"))->text(), hint);
}

void UserEditDialogTest::createDefaultsToLeastPrivilege()
{
    UserEditDialog dialog(UserEditDialog::Mode::Create, m_store.get(), User());
    QCOMPARE(qobject_cast<QComboBox *>(dialog.editor(UserField::Role))->currentText(),
             QStringLiteral("AppMember"));
}

void UserEditDialogTest::createSendsTypedFields()
{
    UserEditDialog dialog(UserEditDialog::Mode::Create, m_store.get(), User());
    dialog.show();
    QSignalSpy saved(&dialog, &UserEditDialog::userSaved);
    type(dialog.editor(UserField::AccountId), QStringLiteral("acct_9"));
    type(dialog.editor(UserField::Email), QStringLiteral("zoe@example.com"));
    type(dialog.editor(UserField::Name), QStringLiteral("Zoë Müller"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isSubmitting());
    QVERIFY(!dialog.editor(UserField::Email)->isEnabled());
    QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().value<User>().name, QStringLiteral("Zoë Müller"));
    QVERIFY(!dialog.isVisible());
    const UserChanges sent = m_directory->changesSeen.last();
    QCOMPARE(sent.value(UserField::Email).toString(), QStringLiteral("zoe@example.com"));
    QCOMPARE(sent.value(UserField::Role).toString(), QStringLiteral("AppMember"));
    QVERIFY(!sent.contains(UserField::GivenName)); // empty inputs are not sent
}

void UserEditDialogTest::editNeedsAChange()
{
    const User user = m_directory->users.at(1);
    UserEditDialog dialog(UserEditDialog::Mode::Edit, m_store.get(), user);
    dialog.show();
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(UserField::Name))->text(), user.name);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("validationHint"))->text(),
             QStringLiteral("No changes yet."));
    type(dialog.editor(UserField::Name), user.name + QStringLiteral("x"));
    QVERIFY(okButton(dialog)->isEnabled());
    type(dialog.editor(UserField::Name), user.name); // back to the original: nothing to save
    QVERIFY(!okButton(dialog)->isEnabled());
    type(dialog.editor(UserField::Name), QString());
    QVERIFY(!okButton(dialog)->isEnabled()); // required
}

void UserEditDialogTest::editSendsOnlyChangedFields()
{
    const User user = m_directory->users.at(1);
    UserEditDialog dialog(UserEditDialog::Mode::Edit, m_store.get(), user);
    dialog.show();
    auto *role = qobject_cast<QComboBox *>(dialog.editor(UserField::Role));
    role->setCurrentText(QStringLiteral("AppAdmin"));
    const UserChanges changes = dialog.changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.value(UserField::Role).toString(), QStringLiteral("AppAdmin"));
}

void UserEditDialogTest::serverErrorStaysInsideWithInput_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("fieldEnum");
    QTest::newRow("409 email") << 409 << QStringLiteral("email") << int(UserField::Email);
    QTest::newRow("400 role") << 400 << QStringLiteral("role") << int(UserField::Role);
    QTest::newRow("500 no field") << 500 << QString() << -1;
}

void UserEditDialogTest::serverErrorStaysInsideWithInput()
{
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(int, fieldEnum);
    UserEditDialog dialog(UserEditDialog::Mode::Create, m_store.get(), User());
    dialog.show();
    type(dialog.editor(UserField::AccountId), QStringLiteral("acct_dup"));
    type(dialog.editor(UserField::Email), QStringLiteral("sasha@auroralabs.com"));
    type(dialog.editor(UserField::Name), QStringLiteral("Sasha Again"));
    ApiError error(status == 500
                       ? ApiError::Kind::ServerError
                       : (status == 409 ? ApiError::Kind::Conflict : ApiError::Kind::InvalidRequest),
                   QStringLiteral("The server says no (%1).").arg(status), status);
    error.setField(field);
    m_directory->failNext = error;
    QSignalSpy saved(&dialog, &UserEditDialog::userSaved);
    dialog.accept();
    QTRY_VERIFY(!dialog.isSubmitting());
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageWidget()->isVisible());
    QVERIFY(dialog.messageWidget()->text().contains(QStringLiteral("The server says no")));
    if (fieldEnum >= 0)
        QCOMPARE(dialog.fieldError(UserField(fieldEnum)),
                 QStringLiteral("The server says no (%1).").arg(status));
    // Everything typed is still there, and the admin can try again.
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(UserField::AccountId))->text(),
             QStringLiteral("acct_dup"));
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(UserField::Email))->text(),
             QStringLiteral("sasha@auroralabs.com"));
    QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(UserField::Name))->text(),
             QStringLiteral("Sasha Again"));
    QVERIFY(dialog.editor(UserField::Email)->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
}

void UserEditDialogTest::cancelWhileSavingDropsTheAnswer_data()
{
    // Whether the directory keeps its promise that a canceled call is never answered. When it
    // does not, only the dialog's own bookkeeping keeps the late answer out.
    QTest::addColumn<bool>("directoryAnswersCanceledCalls");
    QTest::newRow("directory keeps its promise") << false;
    QTest::newRow("directory answers anyway") << true;
}

void UserEditDialogTest::cancelWhileSavingDropsTheAnswer()
{
    QFETCH(bool, directoryAnswersCanceledCalls);
    m_directory->holdAnswers = true;
    m_directory->deliverCanceledAnswers = directoryAnswersCanceledCalls;
    const User user = m_directory->users.at(1);
    UserEditDialog dialog(UserEditDialog::Mode::Edit, m_store.get(), user);
    dialog.show();
    type(dialog.editor(UserField::Name), QStringLiteral("Renamed"));
    QSignalSpy saved(&dialog, &UserEditDialog::userSaved);
    dialog.accept();
    QVERIFY(dialog.isSubmitting());
    QCOMPARE(m_directory->heldCount(), 1);
    dialog.reject(); // the admin gives up waiting
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_directory->cancels, 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    m_directory->release(); // the answer arrives after all
    QCOMPARE(m_directory->heldCount(), 0);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void UserEditDialogTest::passwordMustBeConfirmed()
{
    m_directory->mutableDescription().createFields = {
        FieldSpec::of(UserField::Password, FieldSpec::Editor::Password).withRequired().withConfirmation()
    };
    UserEditDialog dialog(UserEditDialog::Mode::Create, m_store.get(), User());
    dialog.show();
    auto *password = qobject_cast<QLineEdit *>(dialog.editor(UserField::Password));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("passwordConfirm"));
    QVERIFY(confirm);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("secure_password_123"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(confirm, QStringLiteral("secure_password_124"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("validationHint"))
                ->text()
                .contains(QStringLiteral("do not match")));
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("secure_password_123"));
    QVERIFY(okButton(dialog)->isEnabled());
}

void UserEditDialogTest::metadataMustBeJsonObject()
{
    m_directory->mutableDescription().createFields
        = { FieldSpec::of(UserField::Metadata, FieldSpec::Editor::Json) };
    UserEditDialog dialog(UserEditDialog::Mode::Create, m_store.get(), User());
    dialog.show();
    auto *editor = qobject_cast<QPlainTextEdit *>(dialog.editor(UserField::Metadata));
    QVERIFY(editor);
    editor->setPlainText(
        QStringLiteral("{\n  \"name\": \"John Doe\",\n  \"preferences\": {\"theme\": \"dark\"\n}"));
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString error = dialog.fieldError(UserField::Metadata);
    QVERIFY2(error.contains(QStringLiteral("line 4")), qPrintable(error));
    editor->setPlainText(QStringLiteral("[1, 2]"));
    QVERIFY(dialog.fieldError(UserField::Metadata).contains(QStringLiteral("JSON object")));
    editor->setPlainText(QStringLiteral("{\"name\": \"John Doe\", \"preferences\": {\"theme\": \"dark\"}}"));
    QVERIFY(okButton(dialog)->isEnabled());
    const QVariantMap metadata = dialog.changes().value(UserField::Metadata).toMap();
    QCOMPARE(metadata.value(QStringLiteral("name")).toString(), QStringLiteral("John Doe"));
    QCOMPARE(metadata.value(QStringLiteral("preferences")).toMap().value(QStringLiteral("theme")).toString(),
             QStringLiteral("dark"));
}

QTEST_MAIN(UserEditDialogTest)
#include "tst_usereditdialog.moc"
