#include "SeedPeople.h"

#include <QHash>
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

namespace {
// Names that belong together, '|'-separated: a person takes a given and a family name of one group.
struct NameGroup {
    const char16_t *given;
    const char16_t *family;
};
const NameGroup kGroups[] = {
    { u"Søren|Björn|Mårten|Ólafur|Øystein|Åsa|Sigrún", u"Østergaard|Ångström|Lindqvist|Jørgensen|Håkansson" },
    { u"Łukasz|Jiří|Żaneta|Małgorzata|Božena|Tomáš",
      u"Wróbel|Dvořák|Żółkiewska|Kovačević|Nováková|Szczęsny" },
    { u"José|François|Renée|Iñaki|Chloé|Inês|João", u"Álvarez|Lefèvre|Ibáñez|Gonçalves|Ruiz-Peña|Nuñez" },
    { u"Zoë|Jürgen|Käthe|Günther", u"Müller|Schröder|Weiß|Groß" },
    { u"Çağla|Ayşe|Ümit|Gökhan", u"Yılmaz|Öztürk|Şahin|Çelik" },
    { u"Thị Hoa|Đức|Minh Châu", u"Nguyễn|Đặng|Trần|Phạm" },
    { u"Siobhán|Seán|Aoife|Pádraig", u"Ó Briain|Ní Bhriain|Mac Giolla Phádraig" },
    { u"Ана|Дмитрий|Ольга", u"Петрова|Иванов|Смирнова" },
    { u"Δημήτρης|Ελένη", u"Παπαδόπουλος|Γεωργίου" },
    { u"فاطمة|محمد", u"الحسيني|العلي" },
    { u"נועה|אברהם", u"כהן|לוי" },
    { u"प्रिया|अर्जुन", u"शर्मा|पटेल" },
    { u"陽翔|さくら", u"佐藤|鈴木" },
    { u"雷|秀英", u"李|王" },
    { u"지민|서연", u"김|박" },
};
const char16_t *const kLongGiven[]
    = { u"Maria",       u"Fernanda",   u"Guadalupe", u"Alexandra", u"Wilhelmina",
        u"Bartholomew", u"Maximilian", u"Anneliese", u"Seraphina", u"Constantine" };
const char16_t *const kLongFamily[]
    = { u"Rodríguez", u"Villanueva",   u"Castellanos",        u"Montgomery", u"Fitzgerald",
        u"Oyelaran",  u"Papadopoulos", u"Wolfeschlegelstein", u"Bergström",  u"Chakraborty" };
const char16_t *const kJoins[] = { u" ", u"-", u" de ", u" y ", u" van der " };
constexpr int kMaxHandle = 40; // well inside the 64 characters an email's local part may have

QString pickFrom(QRandomGenerator &random, const char16_t *list)
{
    const QStringList names = QString::fromUtf16(list).split(QLatin1Char('|'));
    return names.at(random.bounded(int(names.size())));
}

template<typename T, std::size_t N> QString pick(QRandomGenerator &random, T (&array)[N])
{
    return QString::fromUtf16(array[random.bounded(int(N))]);
}

// A name of 60 to 120 characters: two or three given names and a compound family name.
void longName(QRandomGenerator &random, SeedPerson *person)
{
    const int target = 60 + random.bounded(61);
    person->givenName = pick(random, kLongGiven);
    for (int n = 1 + random.bounded(2); n > 0; --n)
        person->givenName += QLatin1Char(' ') + pick(random, kLongGiven);
    person->familyName = pick(random, kLongFamily);
    for (int parts = 0; parts < 16 && person->name().size() < target; ++parts) {
        // Two statements: the order of the draws must not be left to the compiler.
        person->familyName += pick(random, kJoins);
        person->familyName += pick(random, kLongFamily);
    }
    if (person->name().size() > 120) {
        person->familyName.truncate(120 - person->givenName.size() - 1);
        while (person->familyName.endsWith(QLatin1Char(' ')) || person->familyName.endsWith(QLatin1Char('-')))
            person->familyName.chop(1);
    }
}
} // namespace

QList<SeedPerson> SeedPeople::varied(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<SeedPerson> people;
    people.reserve(count);
    QHash<QString, int> handles; // how often each handle was taken
    const QDateTime start(QDate(2019, 3, 4), QTime(9, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 10, 30), QTime(18, 0), Qt::UTC));
    for (int i = 0; i < count; ++i) {
        SeedPerson person;
        const int kind = random.bounded(100);
        if (kind < 2) {
            longName(random, &person);
        } else if (kind < 16) {
            const NameGroup &group = kGroups[random.bounded(int(std::size(kGroups)))];
            person.givenName = pickFrom(random, group.given);
            person.familyName = pickFrom(random, group.family);
        } else {
            person.givenName = pick(random, kGiven);
            person.familyName = pick(random, kFamily);
        }
        QString handle = asciiHandle(person.givenName, person.familyName).left(kMaxHandle);
        while (handle.endsWith(QLatin1Char('.')))
            handle.chop(1);
        // Names hold no digits, so "name" + a number can never be another person's first handle.
        const int taken = ++handles[handle];
        if (taken > 1)
            handle += QString::number(taken);
        person.email
            = handle + QLatin1Char('@') + QLatin1String(kDomains[random.bounded(int(std::size(kDomains)))]);
        person.createdAt = start.addSecs(span * i / qMax(1, count) + random.bounded(3600 * 20));
        person.traits = random.generate();
        people.append(person);
    }
    return people;
}

quint64 SeedPeople::scramble(quint64 index, quint64 salt, int bits)
{
    const quint64 mask = bits >= 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
    const int shift = qMax(1, bits / 2);
    quint64 x = (index ^ salt) & mask;
    // Each step is invertible on `bits`-bit numbers: xor with a right shift of itself, and
    // multiplication by an odd constant modulo 2^bits.
    for (int round = 0; round < 3; ++round) {
        x ^= x >> shift;
        x = (x * 0x9E3779B97F4A7C15ull) & mask;
    }
    return x;
}

QString SeedPeople::hex(quint64 value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, QLatin1Char('0')).right(digits);
}
