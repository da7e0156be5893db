// The connections panel: validation per service kind, saving, and a typed credential that goes
// to the keychain signal and never into the settings file.

#include "MessageWidget.h"
#include "Settings.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class SettingsDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void emptyStateInvitesToAdd();
    void validation_data();
    void validation();
    void savesProfileAndKeepsCredentialOutOfTheFile();
    void fieldsFollowTheServiceKind();
    void removeAndConnect();

private:
    template<typename T> T *child(SettingsDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    QPushButton *saveButton(SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }
    void fillValidOrgApp(SettingsDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

void SettingsDialogTest::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("roster.conf")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("roster.conf")));
}

void SettingsDialogTest::fillValidOrgApp(SettingsDialog &dialog)
{
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Production"));
    child<QComboBox>(dialog, "serviceKind")
        ->setCurrentIndex(child<QComboBox>(dialog, "serviceKind")->findData(QStringLiteral("org-app")));
    child<QLineEdit>(dialog, "baseUrl")->setText(QStringLiteral("https://app.example.com"));
    child<QLineEdit>(dialog, "organization")->setText(QStringLiteral("aurora-labs"));
}

void SettingsDialogTest::emptyStateInvitesToAdd()
{
    SettingsDialog dialog(m_settings.get(), QString());
    dialog.show();
    auto *message = dialog.findChild<MessageWidget *>();
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("Add")));
    QVERIFY(!child<QLineEdit>(dialog, "name")->isEnabled());
}

void SettingsDialogTest::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("org");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no url") << QString() << QStringLiteral("aurora") << false << QStringLiteral("base URL");
    QTest::newRow("ftp url") << QStringLiteral("ftp://files.example.com") << QStringLiteral("aurora") << false
                             << QStringLiteral("base URL");
    QTest::newRow("no org") << QStringLiteral("https://app.example.com") << QString() << false
                            << QStringLiteral("organization slug");
    QTest::newRow("valid") << QStringLiteral("https://app.example.com") << QStringLiteral("aurora") << true
                           << QString();
}

void SettingsDialogTest::validation()
{
    QFETCH(QString, url);
    QFETCH(QString, org);
    QFETCH(bool, valid);
    QFETCH(QString, problem);
    SettingsDialog dialog(m_settings.get(), QString());
    dialog.show();
    dialog.addProfile();
    fillValidOrgApp(dialog);
    child<QLineEdit>(dialog, "baseUrl")->setText(url);
    child<QLineEdit>(dialog, "organization")->setText(org);
    QCOMPARE(saveButton(dialog)->isEnabled(), valid);
    auto *message = dialog.findChild<MessageWidget *>();
    QCOMPARE(message->isVisible(), !valid);
    if (!valid)
        QVERIFY2(message->text().contains(problem), qPrintable(message->text()));
}

void SettingsDialogTest::savesProfileAndKeepsCredentialOutOfTheFile()
{
    SettingsDialog dialog(m_settings.get(), QString());
    QSignalSpy credentials(&dialog, &SettingsDialog::credentialEntered);
    dialog.show();
    dialog.addProfile();
    fillValidOrgApp(dialog);
    child<QLineEdit>(dialog, "credential")->setText(QStringLiteral("tok-very-secret-42"));
    QCOMPARE(child<QLineEdit>(dialog, "credential")->echoMode(), QLineEdit::Password);
    child<QCheckBox>(dialog, "verifyTls")->setChecked(false);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(credentials.count(), 1);
    QCOMPARE(credentials.first().at(1).toString(), QStringLiteral("tok-very-secret-42"));

    const QList<ConnectionProfile> saved = m_settings->profiles();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("Production"));
    QCOMPARE(saved.first().organization, QStringLiteral("aurora-labs"));
    QCOMPARE(saved.first().verifyTls, false);
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("aurora-labs"));
    QVERIFY(!bytes.contains("tok-very-secret-42"));
}

void SettingsDialogTest::fieldsFollowTheServiceKind()
{
    SettingsDialog dialog(m_settings.get(), QString());
    dialog.show();
    dialog.addProfile();
    auto *kind = child<QComboBox>(dialog, "serviceKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("papermerge")));
    QVERIFY(child<QLineEdit>(dialog, "username")->isVisible());
    QVERIFY(child<QLineEdit>(dialog, "apiPrefix")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "organization")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog, "credential")->isVisible()); // the password is asked when connecting
    kind->setCurrentIndex(kind->findData(QStringLiteral("papr-memory")));
    QVERIFY(child<QComboBox>(dialog, "authMethod")->isVisible());
    QCOMPARE(child<QComboBox>(dialog, "authMethod")->count(), 3);
    QVERIFY(!child<QLineEdit>(dialog, "username")->isVisible());
    kind->setCurrentIndex(kind->findData(QStringLiteral("org-app")));
    QVERIFY(child<QLineEdit>(dialog, "organization")->isVisible());
}

void SettingsDialogTest::removeAndConnect()
{
    ConnectionProfile existing;
    existing.id = QStringLiteral("one");
    existing.name = QStringLiteral("Staging");
    existing.baseUrl = QUrl(QStringLiteral("https://staging.example.com"));
    existing.serviceKind = QStringLiteral("rest-v1");
    m_settings->saveProfile(existing);
    {
        SettingsDialog dialog(m_settings.get(), existing.id);
        QSignalSpy connectRequested(&dialog, &SettingsDialog::connectRequested);
        dialog.show();
        QCOMPARE(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("Staging"));
        child<QPushButton>(dialog, "saveAndConnect")->click();
        QCOMPARE(connectRequested.count(), 1);
        QCOMPARE(connectRequested.first().first().value<ConnectionProfile>().id, existing.id);
    }
    SettingsDialog dialog(m_settings.get(), existing.id);
    QSignalSpy removed(&dialog, &SettingsDialog::profileRemoved);
    dialog.show();
    child<QPushButton>(dialog, "removeProfileButton")->click();
    QVERIFY(dialog.profiles().isEmpty());
    QCOMPARE(removed.count(), 0); // nothing is forgotten before the removal is saved
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<ConnectionProfile>().id, existing.id);
    QVERIFY(m_settings->profiles().isEmpty());
}

QTEST_MAIN(SettingsDialogTest)
#include "tst_settingsdialog.moc"
