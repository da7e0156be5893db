#include "ConnectionProfile.h"

#include <QUuid>

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::origin() const
{
    const QString scheme = baseUrl.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme + QStringLiteral("://") + baseUrl.host().toLower() + QLatin1Char(':')
        + QString::number(baseUrl.port(defaultPort));
}

bool ConnectionProfile::isPlainHttpToAnotherHost() const
{
    if (baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = baseUrl.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return false;
    // Loopback without QtNetwork: 127.0.0.0/8, and ::1 (QUrl writes IPv6 hosts normalised).
    const QStringList octets = host.split(QLatin1Char('.'));
    if (octets.size() == 4 && octets.first() == QLatin1String("127")) {
        const bool numeric = std::all_of(octets.cbegin(), octets.cend(), [](const QString &octet) {
            bool ok = false;
            const int value = octet.toInt(&ok);
            return ok && value >= 0 && value <= 255;
        });
        if (numeric)
            return false;
    }
    return host != QLatin1String("::1");
}

QString ConnectionProfile::normalizeFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        const char16_t u = c.toLower().unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return QString();
        hex.append(QChar(u));
    }
    return hex.size() == 64 ? hex : QString();
}

QString ConnectionProfile::formatFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

QString ConnectionProfile::proxyModeKey(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

ConnectionProfile::ProxyMode ConnectionProfile::proxyModeFromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return ProxyMode::None;
    if (key == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System; // the default, and whatever an edited file says that Roster does not know
}
