#include "ColorScheme.h"

#include "Theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QPalette>

namespace ColorScheme {

namespace {

// org.freedesktop.appearance color-scheme: 0 no preference, 1 prefer dark, 2 prefer light.
Scheme fromPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Scheme::Unknown;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // A desktop without the portal answers at once with an error; never hold start-up for long.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return Scheme::Unknown;
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
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

} // namespace

Scheme wanted()
{
    const QByteArray forced = qgetenv("ROSTER_COLOR_SCHEME").trimmed().toLower();
    if (forced == "dark")
        return Scheme::Dark;
    if (forced == "light")
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
    if (scheme == Scheme::Unknown)
        return;
    const bool dark = scheme == Scheme::Dark;
    if (Theme::isDark(QApplication::palette()) != dark)
        Theme::useFusionPalette(dark);
}

} // namespace ColorScheme
