#pragma once

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>

// Realistic, deterministic people for the stand-in services' directories: the same seed gives
// the same names, emails and dates on every run, some of them outside ASCII.
struct SeedPerson {
    QString givenName;
    QString familyName;
    QString email; // ASCII-folded from the name, at one of a few company domains
    QDateTime createdAt;
    quint32 traits; // random bits the services turn into roles, states and counts

    QString name() const { return givenName + QLatin1Char(' ') + familyName; }
};

class SeedPeople {
public:
    // The demo directories' people. Its output for a seed must never change: the demo and the
    // tests count on who is in it.
    static QList<SeedPerson> generate(int count, quint32 seed);
    // Large directories for benchmarks: the same seed gives the same people. About one in seven
    // has a name from outside ASCII (Latin with diacritics, Cyrillic, Greek, Arabic, Hebrew,
    // Devanagari, CJK, Hangul), about one in fifty a long name of 60 to 120 characters, and every
    // email is unique.
    static QList<SeedPerson> varied(int count, quint32 seed);
    // A bijection on [0, 2^bits): distinct indexes give distinct, random-looking numbers, so
    // generated ids are unique without remembering the ones already handed out.
    static quint64 scramble(quint64 index, quint64 salt, int bits);
    static QString hex(quint64 value, int digits);
    // "Zoë Müller" -> "zoe.muller"
    static QString asciiHandle(const QString &given, const QString &family);
    static QString hexId(QRandomGenerator &random, int digits = 16);
    static QString uuid(QRandomGenerator &random);
};
