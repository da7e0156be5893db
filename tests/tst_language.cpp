// The language the application speaks: what --lang and the system's languages choose, and that
// the translators the start-up installs (Translations::setUp, as Application::start calls it)
// really turn the main window German, Qt's own buttons too, with German and English plurals.
// Runs with LANGUAGE=de and a German locale (see tests/CMakeLists.txt), as a German desktop.

#include "ServiceRegistry.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

namespace {
QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QString users(int n)
{
    return QCoreApplication::translate("UserListStatus", "%Ln user(s)", nullptr, n);
}

QString changes(int n)
{
    return QCoreApplication::translate("HistoryWindow", "%Ln change(s)", nullptr, n);
}

QString cancelText()
{
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}
} // namespace

class LanguageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choose_data();
    void choose();
    void theSystemsLanguageIsFollowed();
    void germanWhenForced();
    void germanMenusKeepTheirAcceleratorsApart();
    void englishWhenForcedOnAGermanSystem();
    void noTranslatorUntilTheStartUpInstallsOne();
    void serviceKindsFollowTheLanguage();
    void cleanup();
};

void LanguageTest::choose_data()
{
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system German") << QString() << QStringList{ QStringLiteral("de-DE") } << "de";
    QTest::newRow("system Austrian") << QString() << QStringList{ QStringLiteral("de-AT") } << "de";
    QTest::newRow("first spoken") << QString() << QStringList{ QStringLiteral("fr-FR"), QStringLiteral("de") }
                                  << "de";
    QTest::newRow("none spoken") << QString() << QStringList{ QStringLiteral("fr-FR") } << "en";
    QTest::newRow("nothing known") << QString() << QStringList() << "en";
    QTest::newRow("--lang de") << "de" << QStringList{ QStringLiteral("en-US") } << "de";
    QTest::newRow("--lang de_CH") << "de_CH" << QStringList() << "de";
    QTest::newRow("--lang en on German") << "en" << QStringList{ QStringLiteral("de-DE") } << "en";
    QTest::newRow("--lang unknown") << "xx" << QStringList{ QStringLiteral("de-DE") } << QString();
}

void LanguageTest::choose()
{
    QFETCH(QString, forced);
    QFETCH(QStringList, system);
    QFETCH(QString, chosen);
    QCOMPARE(Translations::choose(forced, system), chosen);
    QCOMPARE(Translations::available(), (QStringList{ QStringLiteral("de"), QStringLiteral("en") }));
}

void LanguageTest::theSystemsLanguageIsFollowed()
{
    QVERIFY2(QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("de")),
             qPrintable(QLocale::system().uiLanguages().join(QLatin1Char(' '))));
    QCOMPARE(Translations::setUp(QString()), QStringLiteral("de"));
    WindowFixture f;
    QCOMPARE(menuTitles(f.window.get()).value(1), QStringLiteral("&Benutzer"));
}

void LanguageTest::germanWhenForced()
{
    QCOMPARE(Translations::setUp(QStringLiteral("de")), QStringLiteral("de"));
    WindowFixture f;
    QCOMPARE(menuTitles(f.window.get()),
             (QStringList{ QStringLiteral("&Verbindung"), QStringLiteral("&Benutzer"),
                           QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe") }));
    QAction *refresh = f.window->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QCOMPARE(refresh->text(), QStringLiteral("&Aktualisieren"));
    QCOMPARE(users(1), QStringLiteral("1 Benutzer"));
    QCOMPARE(users(2), QStringLiteral("2 Benutzer"));
    QCOMPARE(changes(1), QStringLiteral("1 Änderung"));
    QCOMPARE(changes(1234), QStringLiteral("1.234 Änderungen")); // %Ln: the forced locale's digits
    // Qt's own strings, from qtbase_de.qm (Debian: qt6-translations-l10n).
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's German translation is not installed (qt6-translations-l10n)");
    QCOMPARE(cancelText().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
}

void LanguageTest::germanMenusKeepTheirAcceleratorsApart()
{
    // Alt+letter must reach one item: the menu bar's titles, and the items of each menu.
    Translations::setUp(QStringLiteral("de"));
    WindowFixture f;
    QStringList clashes;
    const auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> taken;
        for (const QAction *action : actions) {
            const QString text = action->text();
            const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            if (action->isSeparator() || amp < 0)
                continue;
            const QChar key = text.at(amp + 1).toLower();
            if (taken.contains(key))
                clashes << where + QStringLiteral(": \"") + taken.value(key) + QStringLiteral("\" and \"")
                        + text + QLatin1Char('"');
            taken.insert(key, text);
        }
    };
    check(QStringLiteral("menu bar"), f.window->menuBar()->actions());
    const QList<QMenu *> menus = f.window->menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus)
        check(menu->title(), menu->actions());
    QVERIFY(!menus.isEmpty());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void LanguageTest::englishWhenForcedOnAGermanSystem()
{
    QCOMPARE(Translations::setUp(QStringLiteral("en")), QStringLiteral("en"));
    WindowFixture f;
    QCOMPARE(menuTitles(f.window.get()).value(1), QStringLiteral("&User"));
    // English plurals come from roster_en.ts, not from the "(s)" in the source.
    QCOMPARE(users(1), QStringLiteral("1 user"));
    QCOMPARE(users(2), QStringLiteral("2 users"));
    QCOMPARE(changes(1), QStringLiteral("1 change"));
    QCOMPARE(cancelText().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
}

void LanguageTest::noTranslatorUntilTheStartUpInstallsOne()
{
    // The other suites build windows without the start-up, so they read English sources even on
    // this German system.
    WindowFixture f;
    QCOMPARE(menuTitles(f.window.get()).value(1), QStringLiteral("&User"));
}

void LanguageTest::serviceKindsFollowTheLanguage()
{
    // The command line reads the kinds before any translator is installed; Application::start
    // then has them rebuilt, as here.
    const ServiceKind *orgApp = ServiceRegistry::find(QStringLiteral("org-app"));
    QVERIFY(orgApp);
    QVERIFY2(orgApp->summary.startsWith(QLatin1String("Org-scoped")), qPrintable(orgApp->summary));
    Translations::setUp(QStringLiteral("de"));
    ServiceRegistry::retranslate();
    QCOMPARE(ServiceRegistry::find(QStringLiteral("org-app")), orgApp); // the same kind, in place
    QVERIFY2(orgApp->summary.startsWith(QLatin1String("App-Benutzer")), qPrintable(orgApp->summary));
    QCOMPARE(ServiceRegistry::kinds().first().organizationLabel, QStringLiteral("Organisationskürzel"));
    cleanup();
    ServiceRegistry::retranslate(); // rebuilt at the next look-up
    QVERIFY2(
        ServiceRegistry::find(QStringLiteral("org-app"))->summary.startsWith(QLatin1String("Org-scoped")),
        qPrintable(orgApp->summary));
}

void LanguageTest::cleanup()
{
    // As before the test: no translator, the system's locale.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
