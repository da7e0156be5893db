#include "SeedPeople.h"

#include <QSet>

namespace {
const char16_t *const kGiven[] = {
    u"Olivia",   u"Liam",   u"Emma",    u"Noah",     u"Ava",    u"Oliver",   u"Sophia", u"Elijah",
    u"Isabella", u"James",  u"Mia",     u"William",  u"Amelia", u"Benjamin", u"Harper", u"Lucas",
    u"Evelyn",   u"Henry",  u"Abigail", u"Theodore", u"Priya",  u"Arjun",    u"Mei",    u"Hiroshi",
    u"Fatima",   u"Omar",   u"Chloé",   u"Mateo",    u"Ingrid", u"Kwame",    u"Aisha",  u"Diego",
    u"Hannah",   u"Tomasz", u"Leila",   u"Rafael",   u"Yuki",   u"Nadia",    u"Samuel", u"Grace",
};
const char16_t *const kFamily[] = {
    u"Smith",     u"Johnson",  u"Williams",  u"Brown",   u"Jones",    u"Garcia",   u"Miller",   u"Davis",
    u"Rodriguez", u"Martinez", u"Hernandez", u"Lopez",   u"Wilson",   u"Anderson", u"Thomas",   u"Taylor",
    u"Moore",     u"Jackson",  u"Martin",    u"Lee",     u"Thompson", u"White",    u"Harris",   u"Clark",
    u"Lewis",     u"Robinson", u"Walker",    u"Young",   u"Okafor",   u"Nakamura", u"Kowalski", u"Haddad",
    u"Sato",      u"Mensah",   u"Costa",     u"Fischer", u"Novak",    u"Singh",    u"Chen",     u"Kim",
};
// People whose names are not ASCII, so sorting, filtering and rendering meet them early.
const char16_t *const kInternational[][2] = {
    { u"Zoë", u"Müller" },
    { u"José", u"Álvarez" },
    { u"Łukasz", u"Wróbel" },
    { u"Søren", u"Østergaard" },
    { u"雷", u"李" },
    { u"Ана", u"Петрова" },
    { u"Çağla", u"Yılmaz" },
    { u"Thị Hoa", u"Nguyễn" },
    { u"Siobhán", u"Ó Briain" },
    { u"Björn", u"Ångström" },
    { u"François", u"Lefèvre" },
    { u"Jiří", u"Dvořák" },
};
const char *const kDomains[] = { "auroralabs.com", "northwind.io", "contoso.dev", "fabrikam.org" };

QString fold(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString ascii;
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            ascii += c;
        else if (c == QChar(0x00F8)) // ø
            ascii += QLatin1Char('o');
        else if (c == QChar(0x0142)) // ł
            ascii += QLatin1Char('l');
    }
    return ascii;
}
} // namespace

QString SeedPeople::asciiHandle(const QString &given, const QString &family)
{
    QString first = fold(given);
    QString last = fold(family);
    if (first.isEmpty())
        first = QStringLiteral("user");
    if (last.isEmpty())
        last = QStringLiteral("x");
    return first + QLatin1Char('.') + last;
}

QString SeedPeople::hexId(QRandomGenerator &random, int digits)
{
    QString id;
    while (id.size() < digits)
        id += QString::number(random.generate() & 0xf, 16);
    return id;
}

QString SeedPeople::uuid(QRandomGenerator &random)
{
    const QString hex = hexId(random, 32);
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QStringLiteral("-4") + hex.mid(13, 3)
        + QLatin1Char('-') + QLatin1Char("89ab"[random.bounded(4)]) + hex.mid(17, 3) + QLatin1Char('-')
        + hex.mid(20, 12);
}

QList<SeedPerson> SeedPeople::generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<SeedPerson> people;
    people.reserve(count);
    QSet<QString> handles;
    const QDateTime start(QDate(2024, 1, 8), QTime(9, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 10, 30), QTime(18, 0), Qt::UTC));
    const int international = int(std::size(kInternational));
    for (int i = 0; i < count; ++i) {
        SeedPerson person;
        // Spread the international names through the directory rather than at its start.
        if (i % 23 == 7 && i / 23 < international) {
            person.givenName = QString::fromUtf16(kInternational[i / 23][0]);
            person.familyName = QString::fromUtf16(kInternational[i / 23][1]);
        } else {
            person.givenName = QString::fromUtf16(kGiven[random.bounded(int(std::size(kGiven)))]);
            person.familyName = QString::fromUtf16(kFamily[random.bounded(int(std::size(kFamily)))]);
        }
        QString handle = asciiHandle(person.givenName, person.familyName);
        for (int n = 2; handles.contains(handle); ++n)
            handle = asciiHandle(person.givenName, person.familyName) + QString::number(n);
        handles.insert(handle);
        person.email
            = handle + QLatin1Char('@') + QLatin1String(kDomains[random.bounded(int(std::size(kDomains)))]);
        person.createdAt = start.addSecs(span * i / qMax(1, count) + random.bounded(3600 * 20));
        person.traits = random.generate();
        people.append(person);
    }
    return people;
}
