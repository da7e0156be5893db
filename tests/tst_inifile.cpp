// The settings file's own INI reader and writer: the same file layout as Qt's IniFormat in both
// directions, and values Roster never writes ("@Variant(...)" and its kin) read as text, never
// decoded through QDataStream.

#include "IniFile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray everyByte()
{
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    return bytes;
}

// What Roster writes, and the awkward text a person or a server can put in a name or a search.
QSettings::SettingsMap awkwardValues()
{
    QSettings::SettingsMap map;
    map.insert(QStringLiteral("version"), 1);
    map.insert(QStringLiteral("plain"), QStringLiteral("Production"));
    map.insert(QStringLiteral("empty"), QString());
    map.insert(QStringLiteral("profiles/size"), 2);
    map.insert(QStringLiteral("profiles/1/name"), QStringLiteral("Prod, EU; main = yes"));
    map.insert(QStringLiteral("profiles/1/verifyTls"), true);
    map.insert(QStringLiteral("profiles/1/username"), QStringLiteral("admin@example.com"));
    map.insert(QStringLiteral("profiles/2/name"), QStringLiteral("@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x7)"));
    map.insert(QStringLiteral("profiles/2/organization"), QStringLiteral("  spaced  "));
    map.insert(QStringLiteral("profiles/2/apiPrefix"), QStringLiteral("quote \" back\\slash \\x41"));
    map.insert(QStringLiteral("profiles/2/username"),
               QStringLiteral("line\nbreak\ttab\a\b\f\v\r%1end").arg(QChar(0x1f)));
    map.insert(QStringLiteral("profiles/2/caCertificateFile"), QStringLiteral("nul%1 12ab").arg(QChar(0)));
    map.insert(QStringLiteral("session/lastProfile"),
               QStringLiteral("{6f1c2b7e-1a0d-4a55-9a3e-2f8c7d9b0e11}"));
    map.insert(QStringLiteral("userList/id%20with%2Fslash/search"),
               QString::fromUtf8("שלום עולם 😀 Ünïcödé \x7f"));
    map.insert(QStringLiteral("userList/id%20with%2Fslash/filters/role"), QStringLiteral("@admin"));
    map.insert(QStringLiteral("userList/ключ с пробелом/header"), everyByte());
    map.insert(QStringLiteral("userTable/header/org-app"), QByteArray("\0\0\0\xff\x01\x32", 6));
    map.insert(QStringLiteral("userTable/header/empty"), QByteArray());
    map.insert(QStringLiteral("General/literal"), QStringLiteral("a section named General"));
    return map;
}

QSettings::SettingsMap readWithQt(const QString &fileName)
{
    QSettings qt(fileName, QSettings::IniFormat);
    QSettings::SettingsMap map;
    for (const QString &key : qt.allKeys())
        map.insert(key, qt.value(key));
    return map;
}

bool writeFile(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// INI has no types: numbers and booleans come back as their text, byte arrays as byte arrays.
QSettings::SettingsMap asRead(const QSettings::SettingsMap &written)
{
    QSettings::SettingsMap map;
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        map.insert(it.key(),
                   it.value().typeId() == QMetaType::QByteArray ? it.value()
                                                                : QVariant(it.value().toString()));
    return map;
}
} // namespace

class IniFileTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtsIniFormatWrote();
    void qtsIniFormatReadsWhatThisWrites();
    void writesWhatItReads();
    void otherValueKindsStayText();
    void handEditedFiles_data();
    void handEditedFiles();
};

void IniFileTest::readsWhatQtsIniFormatWrote()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("qt.conf"));
    const QSettings::SettingsMap written = awkwardValues();
    {
        QSettings qt(fileName, QSettings::IniFormat);
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            qt.setValue(it.key(), it.value());
    }
    const QSettings::SettingsMap read = IniFile::parse(readFile(fileName));
    QCOMPARE(read.keys(), written.keys());
    QCOMPARE(read, readWithQt(fileName));
    QCOMPARE(read, asRead(written));
}

void IniFileTest::qtsIniFormatReadsWhatThisWrites()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("roster.conf"));
    const QSettings::SettingsMap written = awkwardValues();
    QVERIFY(writeFile(fileName, IniFile::serialize(written)));
    QCOMPARE(readWithQt(fileName), asRead(written));
}

void IniFileTest::writesWhatItReads()
{
    const QSettings::SettingsMap once = IniFile::parse(IniFile::serialize(awkwardValues()));
    QCOMPARE(once, asRead(awkwardValues()));
    QCOMPARE(IniFile::serialize(once), IniFile::serialize(awkwardValues()));
    // Through QSettings with the registered format, as Settings uses it.
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("roster.conf"));
    {
        QSettings settings(fileName, IniFile::settingsFormat());
        for (auto it = once.cbegin(); it != once.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    QCOMPARE(IniFile::parse(readFile(fileName)), once);
    QSettings settings(fileName, IniFile::settingsFormat());
    QCOMPARE(settings.value(QStringLiteral("userList/ключ с пробелом/header")).toByteArray(), everyByte());
}

void IniFileTest::otherValueKindsStayText()
{
    // Qt's reader decodes these through QDataStream: the first is the int 7, the last a list that
    // claims 4,294,967,280 entries (reserved at once under Qt 6.4: the fuzzer's 27 GB request).
    const QByteArray file = "[General]\n"
                            "int=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\a)\n"
                            "when=@DateTime(\\0\\0\\0\\x10\\0%\\x7f\\xee\\0\\0\\0\\0\\x1)\n"
                            "rect=@Rect(1 2 3 4)\n"
                            "list=@Variant(\\0\\0\\0\\t\\xff\\xff\\xff\\xf0)\n"
                            "mixed=text, @Variant(\\0\\0\\0\\x2\\0\\0\\0\\a)\n";
    const QSettings::SettingsMap read = IniFile::parse(file);
    QCOMPARE(read.value(QStringLiteral("int")).typeId(), QMetaType::QString);
    QCOMPARE(read.value(QStringLiteral("int")).toString(),
             QStringLiteral("@Variant(%1%1%1\x02%1%1%1\a)").arg(QChar(0)));
    QCOMPARE(read.value(QStringLiteral("when")).typeId(), QMetaType::QString);
    QCOMPARE(read.value(QStringLiteral("rect")), QVariant(QStringLiteral("@Rect(1 2 3 4)")));
    QCOMPARE(read.value(QStringLiteral("list")).typeId(), QMetaType::QString);
    const QVariantList mixed = read.value(QStringLiteral("mixed")).toList();
    QCOMPARE(mixed.size(), 2);
    QCOMPARE(mixed.at(1).typeId(), QMetaType::QString);

    // The difference that matters, next to Qt's own reader of the same text.
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("qt.conf"));
    QVERIFY(writeFile(fileName, file.first(file.indexOf("rect="))));
    QCOMPARE(QSettings(fileName, QSettings::IniFormat).value(QStringLiteral("int")), QVariant(7));

    // Written back, such a value stays the same text for both readers.
    QCOMPARE(IniFile::parse(IniFile::serialize(read)), read);
}

void IniFileTest::handEditedFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");

    const auto text = [](const char *utf8) { return QVariant(QString::fromUtf8(utf8)); };
    const auto row = [](const char *name, const QByteArray &file, QStringView key, const QVariant &expected) {
        QTest::newRow(name) << file << key.toString() << expected;
    };
    row("comment lines", QByteArray("; note\n[a]\n  ; indented note\nk=v\n"), u"a/k", text("v"));
    row("comment after a value", QByteArray("[a]\nk=v ; why\nz=1\n"), u"a/k", text("v"));
    row("after the comment", QByteArray("[a]\nk=v ; why\nz=1\n"), u"a/z", text("1"));
    row("byte-order mark", QByteArray("\xef\xbb\xbf[a]\nk=v\n"), u"a/k", text("v"));
    row("CRLF", QByteArray("[a]\r\nk=v\r\nz=w\r\n"), u"a/z", text("w"));
    row("continued line", QByteArray("[a]\nk=one \\\ntwo\n"), u"a/k", text("one two"));
    row("lower-case general", QByteArray("[general]\nk=v\n"), u"k", text("v"));
    row("keys before any section", QByteArray("k=v\n[a]\nz=1\n"), u"k", text("v"));
    row("line without =", QByteArray("[a]\njunk\nk=v\n"), u"a/k", text("v"));
    row("spaces around =", QByteArray("[a]\n  k \t=  v  \n"), u"a/k", text("v"));
    row("escaped trailing space", QByteArray("[a]\nk=v\\x20\n"), u"a/k", text("v "));
    row("quoted comma", QByteArray("[a]\nk=\"x, y\"\n"), u"a/k", text("x, y"));
    row("quoted across lines", QByteArray("[a]\nk=\"x\ny\"\n"), u"a/k", text("x\ny"));
    row("list", QByteArray("[a]\nk=x, y\n"), u"a/k",
        QVariant(QStringList{ QStringLiteral("x"), QStringLiteral("y") }));
    row("escaped at sign", QByteArray("[a]\nk=@@x\n"), u"a/k", text("@x"));
    row("octal escape", QByteArray("[a]\nk=\\101\\102\n"), u"a/k", text("AB"));
    row("unknown escape dropped", QByteArray("[a]\nk=a\\zb\n"), u"a/k", text("ab"));
    row("percent key", QByteArray("[a%20b]\nk%U00e9\\x=v\n"), u"a b/k\u00e9/x", text("v"));
    row("lone percent", QByteArray("[a]\nk%=v\n"), u"a/k%", text("v"));
    row("unclosed section", QByteArray("[a\nk=v\n"), u"a/k", text("v"));
    row("invalid", QByteArray("[a]\nk=@Invalid()\n"), u"a/k", QVariant());
    row("text with nul", QByteArray("[a]\nk=@String(x\\0y)\n"), u"a/k",
        QVariant(QStringLiteral("x%1y").arg(QChar(0))));
    row("backslash at the very end", QByteArray("[a]\nk=v\\"), u"a/k", text("v"));
}

void IniFileTest::handEditedFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    const QSettings::SettingsMap read = IniFile::parse(file);
    QVERIFY2(read.contains(key), qPrintable(read.keys().join(u" | ")));
    QCOMPARE(read.value(key), expected);
    // Qt's reader agrees on every one of these.
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("qt.conf"));
    QVERIFY(writeFile(fileName, file));
    QCOMPARE(QSettings(fileName, QSettings::IniFormat).value(key), expected);
}

QTEST_GUILESS_MAIN(IniFileTest)
#include "tst_inifile.moc"
