// The one settings class: profiles round-trip, lookups, migration version, and never a secret.

#include "Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}
} // namespace

class SettingsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void profilesRoundTrip();
    void lookupByIdOrName();
    void removalForgetsLastProfile();
    void versionIsWritten();
    void fileHoldsNoSecret();
    void headerStatePerServiceKind();
    void userInfoInBaseUrlIsStripped();
    void networkOptionsRoundTrip();
    void valuesRosterNeverWritesStayText();
    void handTypedCommasStayInTheText();

private:
    static ConnectionProfile sample(const QString &name);
};

ConnectionProfile SettingsTest::sample(const QString &name)
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = name;
    profile.baseUrl = QUrl(QStringLiteral("https://users.example.com/base"));
    profile.serviceKind = QStringLiteral("org-app");
    profile.organization = QStringLiteral("aurora-labs");
    profile.authMethod = QStringLiteral("bearer");
    profile.pageSize = 75;
    profile.timeoutSeconds = 12;
    profile.verifyTls = false;
    return profile;
}

void SettingsTest::profilesRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roster.conf"));
    const ConnectionProfile saved = sample(QStringLiteral("Production"));
    {
        Settings settings(file);
        settings.saveProfile(saved);
        settings.saveProfile(sample(QStringLiteral("Staging")));
        settings.sync();
    }
    Settings reopened(file);
    const QList<ConnectionProfile> profiles = reopened.profiles();
    QCOMPARE(profiles.size(), 2);
    const ConnectionProfile &p = profiles.first();
    QCOMPARE(p.id, saved.id);
    QCOMPARE(p.name, saved.name);
    QCOMPARE(p.baseUrl, saved.baseUrl);
    QCOMPARE(p.serviceKind, saved.serviceKind);
    QCOMPARE(p.organization, saved.organization);
    QCOMPARE(p.authMethod, saved.authMethod);
    QCOMPARE(p.pageSize, 75);
    QCOMPARE(p.timeoutSeconds, 12);
    QCOMPARE(p.verifyTls, false);

    ConnectionProfile edited = p;
    edited.name = QStringLiteral("Production EU");
    reopened.saveProfile(edited); // replaces by id
    QCOMPARE(reopened.profiles().size(), 2);
    QCOMPARE(reopened.profiles().first().name, QStringLiteral("Production EU"));
}

void SettingsTest::lookupByIdOrName()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("roster.conf")));
    const ConnectionProfile saved = sample(QStringLiteral("Production"));
    settings.saveProfile(saved);
    QCOMPARE(settings.profile(saved.id).name, QStringLiteral("Production"));
    QCOMPARE(settings.profile(QStringLiteral("production")).id, saved.id);
    QVERIFY(!settings.profile(QStringLiteral("nosuch")).isValid());
}

void SettingsTest::removalForgetsLastProfile()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("roster.conf")));
    const ConnectionProfile saved = sample(QStringLiteral("Production"));
    settings.saveProfile(saved);
    settings.setLastProfileId(saved.id);
    settings.removeProfile(saved.id);
    QVERIFY(settings.profiles().isEmpty());
    QVERIFY(settings.lastProfileId().isEmpty());
}

void SettingsTest::versionIsWritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roster.conf"));
    {
        Settings settings(file);
        settings.sync();
    }
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("version")).toInt(), Settings::CurrentVersion);
}

void SettingsTest::fileHoldsNoSecret()
{
    // The settings API has no place for a credential; prove the file holds nothing that could
    // be one: only the known profile keys, and no value resembling a token.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roster.conf"));
    {
        Settings settings(file);
        settings.saveProfile(sample(QStringLiteral("Production")));
        settings.setLastProfileId(QStringLiteral("x"));
        settings.sync();
    }
    QSettings raw(file, QSettings::IniFormat);
    const QStringList allowed{
        QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("baseUrl"),
        QStringLiteral("serviceKind"), QStringLiteral("organization"), QStringLiteral("authMethod"),
        QStringLiteral("apiPrefix"), QStringLiteral("username"), QStringLiteral("pageSize"),
        QStringLiteral("timeoutSeconds"), QStringLiteral("deadlineSeconds"),
        QStringLiteral("concurrentRequests"), QStringLiteral("allowPlainHttp"), QStringLiteral("verifyTls"),
        // Not secrets: how to reach the server and which certificate to trust.
        QStringLiteral("proxyMode"), QStringLiteral("proxy"), QStringLiteral("caCertificateFile"),
        QStringLiteral("pinnedSha256"), QStringLiteral("size")
    };
    const QStringList keys = raw.allKeys();
    QVERIFY(std::any_of(keys.cbegin(), keys.cend(),
                        [](const QString &key) { return key.startsWith(QStringLiteral("profiles/")); }));
    for (const QString &key : keys) {
        const QString leaf = key.section(QLatin1Char('/'), -1);
        QVERIFY2(!leaf.contains(QStringLiteral("token"), Qt::CaseInsensitive)
                     && !leaf.contains(QStringLiteral("secret"), Qt::CaseInsensitive)
                     && !leaf.contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(key));
        if (key.startsWith(QStringLiteral("profiles/")))
            QVERIFY2(allowed.contains(leaf), qPrintable(key));
    }
}

void SettingsTest::userInfoInBaseUrlIsStripped()
{
    // A hand-edited (or older) file with a credential in the base URL: read without it, and the
    // file is rewritten so the password no longer sits on disk.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roster.conf"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("version"), Settings::CurrentVersion);
        raw.beginWriteArray(QStringLiteral("profiles"), 1);
        raw.setArrayIndex(0);
        raw.setValue(QStringLiteral("id"), QStringLiteral("p1"));
        raw.setValue(QStringLiteral("name"), QStringLiteral("Leaky"));
        raw.setValue(QStringLiteral("baseUrl"),
                     QStringLiteral("https://admin:hunter2@users.example.com/api"));
        raw.setValue(QStringLiteral("serviceKind"), QStringLiteral("rest-v1"));
        raw.endArray();
        raw.sync();
    }
    QVERIFY(readAll(file).contains("hunter2"));
    {
        Settings settings(file);
        const ConnectionProfile profile = settings.profile(QStringLiteral("p1"));
        QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("https://users.example.com/api")));
        QVERIFY(profile.baseUrl.userInfo().isEmpty());
    }
    const QByteArray text = readAll(file);
    QVERIFY2(!text.contains("hunter2") && !text.contains("admin:"), text.constData());
    QVERIFY(text.contains("users.example.com"));

    // Nor is one ever written, whatever a caller hands over.
    Settings settings(file);
    ConnectionProfile again = settings.profile(QStringLiteral("p1"));
    again.baseUrl = QUrl(QStringLiteral("https://root:s3cret@users.example.com"));
    settings.saveProfile(again);
    settings.sync();
    QVERIFY(!readAll(file).contains("s3cret"));
}

void SettingsTest::headerStatePerServiceKind()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("roster.conf")));
    settings.setUserTableHeaderState(QStringLiteral("org-app"), QByteArray("abc"));
    QCOMPARE(settings.userTableHeaderState(QStringLiteral("org-app")), QByteArray("abc"));
    QVERIFY(settings.userTableHeaderState(QStringLiteral("rest-v1")).isEmpty());
}

void SettingsTest::networkOptionsRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roster.conf"));
    ConnectionProfile profile;
    profile.id = QStringLiteral("corp");
    profile.name = QStringLiteral("Corp");
    profile.baseUrl = QUrl(QStringLiteral("https://users.corp.example"));
    profile.serviceKind = QStringLiteral("rest-v1");
    {
        Settings settings(file);
        QCOMPARE(settings.profile(QStringLiteral("corp")).proxyMode, ConnectionProfile::ProxyMode::System);
        profile.proxyMode = ConnectionProfile::ProxyMode::Manual;
        profile.proxyUrl = QStringLiteral("http://proxy.corp:3128");
        profile.caCertificateFile = QStringLiteral("/etc/corp/ca.pem");
        profile.pinnedSha256 = QString(64, u'e');
        settings.saveProfile(profile);
        settings.sync();
    }
    const ConnectionProfile read = Settings(file).profile(QStringLiteral("corp"));
    QCOMPARE(read.proxyMode, ConnectionProfile::ProxyMode::Manual);
    QCOMPARE(read.proxyUrl, QStringLiteral("http://proxy.corp:3128"));
    QCOMPARE(read.caCertificateFile, QStringLiteral("/etc/corp/ca.pem"));
    QCOMPARE(read.pinnedSha256, QString(64, u'e'));

    // A proxy password written into the file by hand is dropped, like a base URL's.
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/1/proxy"), QStringLiteral("http://me:hunter2@proxy.corp:3128"));
        raw.setValue(QStringLiteral("profiles/1/pinnedSha256"), QStringLiteral("AB:CD"));
    }
    const ConnectionProfile stripped = Settings(file).profile(QStringLiteral("corp"));
    QCOMPARE(stripped.proxyUrl, QStringLiteral("http://proxy.corp:3128"));
    QVERIFY(stripped.pinnedSha256.isEmpty()); // not a fingerprint: pins nothing
    QVERIFY(!readAll(file).contains("hunter2"));
}

void SettingsTest::valuesRosterNeverWritesStayText()
{
    // Qt's own INI reader would decode these through QDataStream (the first as the number 7, the
    // second as a list reserving four billion entries); the settings file's reader keeps them text.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roster.conf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("[profiles]\n1\\id=p1\n1\\name=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\a)\n"
              "1\\username=@Variant(\\0\\0\\0\\t\\xff\\xff\\xff\\xf0)\nsize=1\n");
    out.close();
    Settings settings(file);
    const ConnectionProfile profile = settings.profile(QStringLiteral("p1"));
    QCOMPARE(profile.id, QStringLiteral("p1"));
    QCOMPARE(profile.name, QStringLiteral("@Variant(%1%1%1\x02%1%1%1\a)").arg(QChar(0)));
    QVERIFY(profile.username.startsWith(QStringLiteral("@Variant(")));
}

void SettingsTest::handTypedCommasStayInTheText()
{
    // INI reads an unquoted comma as a list; a name typed into the file that way is kept.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roster.conf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("[profiles]\n1\\id=p1\n1\\name=Prod, EU\n1\\organization=acme,labs\nsize=1\n");
    out.close();
    Settings settings(file);
    const ConnectionProfile profile = settings.profile(QStringLiteral("p1"));
    QCOMPARE(profile.name, QStringLiteral("Prod, EU"));
    QCOMPARE(profile.organization, QStringLiteral("acme, labs"));
    // Written back, the text is quoted and stays one value.
    settings.saveProfile(profile);
    settings.sync();
    QCOMPARE(Settings(file).profile(QStringLiteral("p1")).name, QStringLiteral("Prod, EU"));
}

QTEST_GUILESS_MAIN(SettingsTest)
#include "tst_settings.moc"
