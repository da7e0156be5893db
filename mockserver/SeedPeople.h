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
    static QList<SeedPerson> generate(int count, quint32 seed);
    // "Zoë Müller" -> "zoe.muller"
    static QString asciiHandle(const QString &given, const QString &family);
    static QString hexId(QRandomGenerator &random, int digits = 16);
    static QString uuid(QRandomGenerator &random);
};
