#include "ColorScheme.h"

#include "Theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QPalette>
#include <QTimer>

namespace ColorScheme {

namespace {

const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString portalSettings = QStringLiteral("org.freedesktop.portal.Settings");

// org.freedesktop.appearance color-scheme: 0 no preference, 1 prefer dark, 2 prefer light.
Scheme fromValue(QVariant value)
{
    while (value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    switch (value.toUInt()) {
    case 1:
        return Scheme::Dark;
    case 2:
        return Scheme::Light;
    default:
        return Scheme::Unknown;
    }
}

Scheme fromPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Scheme::Unknown;
    QDBusMessage call
        = QDBusMessage::createMethodCall(portalService, portalPath, portalSettings, QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // A desktop without the portal answers at once with an error; never hold start-up for long.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return Scheme::Unknown;
    return fromValue(reply.arguments().constFirst());
}

bool forced()
{
    const QByteArray value = qgetenv("ROSTER_COLOR_SCHEME").trimmed().toLower();
    return value == "dark" || value == "light";
}

bool managed = false; // Roster chose the palette (Fusion), not the platform theme

void follow(Scheme scheme)
{
    // "No preference" means light, but only where Roster already manages the palette: a dark
    // palette a platform theme chose stays.
    if (scheme == Scheme::Unknown && !managed)
        return;
    const bool dark = scheme == Scheme::Dark;
    if (Theme::isDark(QApplication::palette()) != dark) {
        Theme::useFusionPalette(dark);
        managed = true;
    }
}

// Follows the desktop while Roster runs: the admin switches the desktop to dark at dusk.
class PortalWatcher : public QObject {
    Q_OBJECT

public:
    explicit PortalWatcher(QObject *parent) : QObject(parent)
    {
        QDBusConnection::sessionBus().connect(portalService, portalPath, portalSettings,
                                              QStringLiteral("SettingChanged"), this,
                                              SLOT(settingChanged(QString, QString, QDBusVariant)));
    }

public Q_SLOTS:
    void settingChanged(const QString &group, const QString &key, const QDBusVariant &value)
    {
        if (group != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme"))
            return;
        const Scheme scheme = fromValue(value.variant());
        // A platform theme that follows the desktop by itself (KDE's) gets a moment to do so first.
        QTimer::singleShot(300, this, [scheme] { follow(scheme); });
    }
};

} // namespace

Scheme wanted()
{
    const QByteArray chosen = qgetenv("ROSTER_COLOR_SCHEME").trimmed().toLower();
    if (chosen == "dark")
        return Scheme::Dark;
    if (chosen == "light")
        return Scheme::Light;
    if (const Scheme portal = fromPortal(); portal != Scheme::Unknown)
        return portal;
    if (qgetenv("GTK_THEME").endsWith(":dark"))
        return Scheme::Dark;
    return Scheme::Unknown;
}

void apply()
{
    const Scheme scheme = wanted();
    if (scheme != Scheme::Unknown)
        follow(scheme);
    if (!forced() && QDBusConnection::sessionBus().isConnected())
        new PortalWatcher(qApp);
}

} // namespace ColorScheme

#include "ColorScheme.moc"
