// The Connections dialog as the window opens it: what it does to the keychain and the settings
// file when the admin saves, cancels, removes, moves a profile or types an unsafe value.

#include "CredentialDialog.h"
#include "MessageWidget.h"
#include "SettingsDialog.h"
#include "WindowFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
ConnectionProfile saved(const QString &url)
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("Staging");
    profile.baseUrl = QUrl(url);
    profile.serviceKind = QStringLiteral("rest-v1");
    return profile;
}

// What the keychain holds for `key`, read the asynchronous way.
SecretResult readSecret(SecretStore &store, const QString &key)
{
    std::optional<SecretResult> answer;
    QObject context;
    store.readSecret(key, &context, [&](const SecretResult &result) { answer = result; });
    // Waited for here, judged by the caller: an answer that never came is what it then sees.
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        qWarning("no answer within 5 s");
    return answer.value_or(SecretResult());
}

void writeSecret(SecretStore &store, const QString &key, const QString &secret)
{
    bool done = false;
    QObject context;
    store.writeSecret(key, secret, &context, [&](const SecretResult &) { done = true; });
    // Waited for here, judged by the caller: an answer that never came is what it then sees.
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("no answer within 5 s");
}

QByteArray fileText(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A keychain that is not there (no Secret Service on the session bus).
class MissingKeychain final : public SecretStore {
public:
    void readSecret(const QString &, QObject *context, Callback done) override { fail(context, done); }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override
    {
        fail(context, done);
    }
    void removeSecret(const QString &, QObject *context, Callback done) override { fail(context, done); }

private:
    void fail(QObject *context, Callback done)
    {
        QPointer<QObject> receiver(context);
        QTimer::singleShot(0, this, [receiver, done] {
            if (receiver)
                done(SecretResult{ SecretResult::Status::NoBackend, QString(),
                                   QStringLiteral("no keychain") });
        });
    }
};
} // namespace

class ConnectionsDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void removeThenCancelKeepsTheCredential();
    void removeThenSaveForgetsIt();
    void movedProfileForgetsItsCredential();
    void typedCredentialGoesToTheKeychainOnly();
    void noKeychainKeepsTheCredentialOutOfEveryFile();
    void userInfoInTheUrlIsRefused();
    void plainHttpToAnotherHostNeedsConsent();
    void controlCharactersAreRefused();
    void credentialPromptRefusesControlCharacters();
    void anotherKindStartsAtItsOwnAuthMethod();

private:
    static SettingsDialog *openDialog(WindowFixture &f);
    static QPushButton *button(SettingsDialog *dialog, QDialogButtonBox::StandardButton which);
};

SettingsDialog *ConnectionsDialogTest::openDialog(WindowFixture &f)
{
    f.window->showSettings();
    auto *dialog = f.window->findChild<SettingsDialog *>();
    // A dialog that is never shown is answered as none: the callers QVERIFY what they get.
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QPushButton *ConnectionsDialogTest::button(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox *>()->button(which);
}

void ConnectionsDialogTest::removeThenCancelKeepsTheCredential()
{
    WindowFixture f;
    f.settings.saveProfile(saved(QStringLiteral("https://staging.example.com")));
    writeSecret(f.keychain, saved(QString()).secretKey(), QStringLiteral("s3cret"));
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeProfileButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->profiles().isEmpty());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!f.window->findChild<SettingsDialog *>());
    QCOMPARE(readSecret(f.keychain, saved(QString()).secretKey()).secret, QStringLiteral("s3cret"));
    QCOMPARE(f.settings.profiles().size(), 1);
}

void ConnectionsDialogTest::removeThenSaveForgetsIt()
{
    WindowFixture f;
    f.settings.saveProfile(saved(QStringLiteral("https://staging.example.com")));
    writeSecret(f.keychain, saved(QString()).secretKey(), QStringLiteral("s3cret"));
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeProfileButton")),
                      Qt::LeftButton);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(readSecret(f.keychain, saved(QString()).secretKey()).status, SecretResult::Status::NotFound);
    QVERIFY(f.settings.profiles().isEmpty());
}

void ConnectionsDialogTest::movedProfileForgetsItsCredential()
{
    WindowFixture f;
    f.settings.saveProfile(saved(QStringLiteral("https://staging.example.com")));
    const QString key = saved(QString()).secretKey();
    writeSecret(f.keychain, key, QStringLiteral("s3cret"));

    // A new name or page size: the credential stays with the profile.
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Staging EU"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!f.window->findChild<SettingsDialog *>());
    QCOMPARE(readSecret(f.keychain, key).secret, QStringLiteral("s3cret"));

    // Another host: the credential belonged to the old one and must not be sent to the new one.
    dialog = openDialog(f);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))
        ->setText(QStringLiteral("https://evil.example.net"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(readSecret(f.keychain, key).status, SecretResult::Status::NotFound);

    // Another port, with a credential typed at the same time: the new one is kept.
    writeSecret(f.keychain, key, QStringLiteral("old"));
    dialog = openDialog(f);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))
        ->setText(QStringLiteral("https://evil.example.net:8443"));
    dialog->findChild<QLineEdit *>(QStringLiteral("credential"))->setText(QStringLiteral("new-token"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(readSecret(f.keychain, key).secret, QStringLiteral("new-token"));
}

void ConnectionsDialogTest::typedCredentialGoesToTheKeychainOnly()
{
    WindowFixture f;
    f.settings.saveProfile(saved(QStringLiteral("https://staging.example.com")));
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    auto *credential = dialog->findChild<QLineEdit *>(QStringLiteral("credential"));
    QVERIFY(credential && credential->isVisible());
    QCOMPARE(credential->echoMode(), QLineEdit::Password);
    QTest::keyClicks(credential, QStringLiteral("typed-in-the-dialog-4711"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_COMPARE(readSecret(f.keychain, saved(QString()).secretKey()).secret,
                 QStringLiteral("typed-in-the-dialog-4711"));
    f.settings.sync();
    QVERIFY(!fileText(f.settings.fileName()).contains("4711"));
}

void ConnectionsDialogTest::noKeychainKeepsTheCredentialOutOfEveryFile()
{
    QTemporaryDir dir;
    QNetworkAccessManager manager;
    Settings settings(dir.filePath(QStringLiteral("roster.conf")));
    settings.saveProfile(saved(QStringLiteral("https://staging.example.com")));
    MissingKeychain keychain;
    ConnectionManager connections(&manager, &keychain);
    auto window = std::make_unique<MainWindow>(&settings, &connections);
    window->show();
    window->showSettings();
    auto *dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("credential")),
                     QStringLiteral("canary-9931"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY(window->messageWidget()->isVisible()); // "kept in memory for this run only"
    settings.sync();
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString file = files.next();
        QVERIFY2(!fileText(file).contains("canary-9931"), qPrintable(file));
        ++checked;
    }
    QVERIFY(checked > 0);
    window.reset();
}

void ConnectionsDialogTest::userInfoInTheUrlIsRefused()
{
    WindowFixture f;
    f.settings.saveProfile(saved(QStringLiteral("https://staging.example.com")));
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))
        ->setText(QStringLiteral("https://admin:hunter2@staging.example.com"));
    QVERIFY(!button(dialog, QDialogButtonBox::Save)->isEnabled());
    QVERIFY2(dialog->findChild<MessageWidget *>()->text().contains(QStringLiteral("user name or password")),
             qPrintable(dialog->findChild<MessageWidget *>()->text()));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    f.settings.sync();
    QVERIFY(!fileText(f.settings.fileName()).contains("hunter2"));
}

void ConnectionsDialogTest::plainHttpToAnotherHostNeedsConsent()
{
    WindowFixture f;
    f.settings.saveProfile(saved(QStringLiteral("https://staging.example.com")));
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"));
    auto *consent = dialog->findChild<QCheckBox *>(QStringLiteral("allowPlainHttp"));
    QVERIFY(consent);
    QVERIFY(!consent->isVisible());

    url->setText(QStringLiteral("http://127.0.0.1:8080")); // this machine: nothing crosses a network
    QVERIFY(!consent->isVisible());
    QVERIFY(button(dialog, QDialogButtonBox::Save)->isEnabled());

    url->setText(QStringLiteral("http://users.example.com"));
    QVERIFY(consent->isVisible());
    QVERIFY(!consent->isChecked());
    QVERIFY(!button(dialog, QDialogButtonBox::Save)->isEnabled());
    QVERIFY(dialog->findChild<MessageWidget *>()->text().contains(QStringLiteral("unencrypted")));
    consent->setChecked(true);
    QVERIFY(button(dialog, QDialogButtonBox::Save)->isEnabled());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!f.window->findChild<SettingsDialog *>());
    QVERIFY(f.settings.profile(QStringLiteral("p1")).allowPlainHttp);

    // The consent was for that host: moving to https drops it.
    dialog = openDialog(f);
    dialog->findChild<QLineEdit *>(QStringLiteral("baseUrl"))
        ->setText(QStringLiteral("https://users.example.com"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!f.window->findChild<SettingsDialog *>());
    QVERIFY(!f.settings.profile(QStringLiteral("p1")).allowPlainHttp);
}

void ConnectionsDialogTest::controlCharactersAreRefused()
{
    WindowFixture f;
    ConnectionProfile org = saved(QStringLiteral("https://app.example.com"));
    org.serviceKind = QStringLiteral("org-app");
    org.organization = QStringLiteral("acme");
    f.settings.saveProfile(org);
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    QVERIFY(button(dialog, QDialogButtonBox::Save)->isEnabled());
    auto *organization = dialog->findChild<QLineEdit *>(QStringLiteral("organization"));
    organization->setText(QStringLiteral("acme\tX-Injected: yes"));
    QVERIFY(!button(dialog, QDialogButtonBox::Save)->isEnabled());
    organization->setText(QStringLiteral("acme"));
    QVERIFY(button(dialog, QDialogButtonBox::Save)->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("credential"))->setText(QStringLiteral("tok\u001bX"));
    QVERIFY(!button(dialog, QDialogButtonBox::Save)->isEnabled());
    QVERIFY(dialog->findChild<MessageWidget *>()->text().contains(QStringLiteral("control characters")));
}

void ConnectionsDialogTest::credentialPromptRefusesControlCharacters()
{
    CredentialDialog dialog(QStringLiteral("Staging"), QStringLiteral("API key"),
                            QStringLiteral("<b>Enter</b> the key"), true);
    dialog.show();
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secret"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    secret->setText(QStringLiteral("abc"));
    QVERIFY(ok->isEnabled());
    secret->setText(QStringLiteral("abc\u2028X-Injected: yes"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("credentialProblem"))->isVisible());
    // The reason can hold a server's words: shown literally.
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("reason"))->textFormat(), Qt::PlainText);
}

void ConnectionsDialogTest::anotherKindStartsAtItsOwnAuthMethod()
{
    WindowFixture f;
    ConnectionProfile org = saved(QStringLiteral("https://app.example.com"));
    org.serviceKind = QStringLiteral("org-app");
    org.organization = QStringLiteral("acme");
    org.authMethod = QStringLiteral("bearer");
    f.settings.saveProfile(org);
    SettingsDialog *dialog = openDialog(f);
    QVERIFY(dialog);
    auto *kinds = dialog->findChild<QComboBox *>(QStringLiteral("serviceKind"));
    auto *auth = dialog->findChild<QComboBox *>(QStringLiteral("authMethod"));
    // Org App's only method is "bearer"; Papr has one of that name too, but its default is the
    // API key, which the real server requires.
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("papr-memory")));
    QCOMPARE(auth->currentData().toString(), QStringLiteral("api-key"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!f.window->findChild<SettingsDialog *>());
    QCOMPARE(f.settings.profile(org.id).authMethod, QStringLiteral("api-key"));
    // A saved profile keeps the method it was saved with.
    ConnectionProfile session = f.settings.profile(org.id);
    session.authMethod = QStringLiteral("session-token");
    f.settings.saveProfile(session);
    dialog = openDialog(f);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("authMethod"))->currentData().toString(),
             QStringLiteral("session-token"));
}

QTEST_MAIN(ConnectionsDialogTest)
#include "tst_connectionsdialog.moc"
