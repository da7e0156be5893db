// A dark desktop reaches Roster: the XDG desktop portal's color-scheme (GNOME's "prefer dark",
// which Qt 6.4's platform themes do not pass on) turns the app dark at start and while it runs,
// and ROSTER_COLOR_SCHEME overrides it. Runs in a private D-Bus session (with-keyring.sh), with a
// stand-in portal on a second connection of its own.

#include "ColorScheme.h"
#include "Theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QPalette>
#include <QTest>
#include <QThread>
#include <atomic>

// org.freedesktop.portal.Settings as xdg-desktop-portal serves it, with the one setting asked.
class FakePortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    std::atomic<uint> scheme = 0;

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == QLatin1String("org.freedesktop.appearance") && key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(uint(scheme))));
        return QDBusVariant(QVariant());
    }
};

class ColorSchemeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void darkDesktopAtStartAndWhileRunning();
    void environmentOverridesThePortal();

private:
    void announce(uint scheme);

    QDBusConnection m_portalBus{ QString() };
    FakePortal *m_portal = new FakePortal; // lives in, and goes with, its thread
    // The portal answers from a thread of its own: the app asks it with a blocking call.
    QThread m_portalThread;
};

void ColorSchemeTest::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session (run through with-keyring.sh)");
    m_portal->moveToThread(&m_portalThread);
    connect(&m_portalThread, &QThread::finished, m_portal, &QObject::deleteLater);
    m_portalThread.start();
    m_portalBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal"));
    QVERIFY(m_portalBus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), m_portal,
                                       QDBusConnection::ExportAllSlots));
    QVERIFY(m_portalBus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    qunsetenv("ROSTER_COLOR_SCHEME");
    qunsetenv("GTK_THEME");
}

void ColorSchemeTest::cleanupTestCase()
{
    m_portalThread.quit();
    m_portalThread.wait();
}

void ColorSchemeTest::announce(uint scheme)
{
    m_portal->scheme = scheme;
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                                     QStringLiteral("org.freedesktop.portal.Settings"),
                                                     QStringLiteral("SettingChanged"));
    signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
           << QVariant::fromValue(QDBusVariant(scheme));
    QVERIFY(m_portalBus.send(signal));
}

void ColorSchemeTest::darkDesktopAtStartAndWhileRunning()
{
    QVERIFY(!Theme::isDark(QApplication::palette())); // the offscreen platform's palette is light
    m_portal->scheme = 1; // prefer dark
    QCOMPARE(ColorScheme::wanted(), ColorScheme::Scheme::Dark);
    ColorScheme::apply();
    QVERIFY(Theme::isDark(QApplication::palette()));

    announce(2); // prefer light, at dawn
    QTRY_VERIFY(!Theme::isDark(QApplication::palette()));
    announce(1);
    QTRY_VERIFY(Theme::isDark(QApplication::palette()));
    announce(0); // no preference: light, as Roster manages the palette now
    QTRY_VERIFY(!Theme::isDark(QApplication::palette()));
}

void ColorSchemeTest::environmentOverridesThePortal()
{
    m_portal->scheme = 1;
    qputenv("ROSTER_COLOR_SCHEME", "light");
    QCOMPARE(ColorScheme::wanted(), ColorScheme::Scheme::Light);
    qputenv("ROSTER_COLOR_SCHEME", "dark");
    m_portal->scheme = 2;
    QCOMPARE(ColorScheme::wanted(), ColorScheme::Scheme::Dark);
    qunsetenv("ROSTER_COLOR_SCHEME");
    m_portal->scheme = 0;
    QCOMPARE(ColorScheme::wanted(), ColorScheme::Scheme::Unknown);
    qputenv("GTK_THEME", "Adwaita:dark");
    QCOMPARE(ColorScheme::wanted(), ColorScheme::Scheme::Dark);
    qunsetenv("GTK_THEME");
}

QTEST_MAIN(ColorSchemeTest)
#include "tst_colorscheme.moc"
