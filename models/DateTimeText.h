#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <limits>

// A date and time as the user table shows it, QLocale().toString(when.toLocalTime(),
// QLocale::ShortFormat), a hundred times faster: the locale's format is read once into tokens,
// and the local time's offset from UTC is looked up once per day rather than through the time
// zone database for every date. A table of 100,000 users formats 200,000 dates when they
// arrive (for filtering) and a few dozen per repaint. Checked against QLocale at construction
// on dates of every hour and month; where any differs (a format or locale this does not know),
// every date goes through QLocale.
class DateTimeText {
public:
    explicit DateTimeText(const QLocale &locale = QLocale());

    QString format(qint64 msecsSinceEpoch) const;
    // UserFilter::appendFolded(format(msecs), out), without making the QString in between.
    void appendFolded(qint64 msecsSinceEpoch, QByteArray &out) const;
    // Whether the fast path is in use (false: every date goes through QLocale).
    bool isFast() const { return m_fast; }

private:
    enum class Kind {
        Literal,
        Year2,
        Year4,
        Month,
        MonthName,
        Day,
        DayName,
        Hour12,
        Hour24,
        Minute,
        Second,
        Msec,
        MsecTrimmed,
        AmPm,
    };
    struct Token {
        Kind kind = Kind::Literal;
        int width = 1; // digits for numbers, 0 short / 1 long for names, 0 lower / 1 upper for AM/PM
        QString text;
        QByteArray folded; // the literal's text as UserFilter folds it
    };
    struct Fields {
        int year;
        int month;
        int day;
        int dayOfWeek; // Monday 1
        int hour;
        int minute;
        int second;
        int msec;
    };

    bool compile(const QString &format);
    // The tokens with `f`'s values into `out` (a QString, or a byte buffer of folded text), the
    // names and literals taken from `texts`.
    template<typename Out, typename Texts> void render(Out &out, const Fields &f, const Texts &texts) const;
    Fields fields(qint64 msecsSinceEpoch) const;
    QString slow(qint64 msecsSinceEpoch) const;
    int offsetSeconds(qint64 msecsSinceEpoch) const;
    // Seconds east of UTC of local time at that instant, as QDateTime::toLocalTime() has it.
    static int localOffset(qint64 msecsSinceEpoch);

    QLocale m_locale;
    QList<Token> m_tokens;
    QString m_monthNames[2][12];
    QString m_dayNames[2][7];
    QString m_amPm[2][2];
    QByteArray m_foldedMonthNames[2][12];
    QByteArray m_foldedDayNames[2][7];
    QByteArray m_foldedAmPm[2]; // AM/PM fold alike whatever their case
    bool m_fast = false;
    // Seconds east of UTC per UTC day, where the offset holds all day; absent days are unknown,
    // and days with a change of offset are marked with kVaries and looked up per date.
    mutable QHash<qint64, int> m_offsetByDay;
    // The last day looked up: rows arrive roughly in creation order, so most dates share it.
    mutable qint64 m_lastDay = std::numeric_limits<qint64>::min();
    mutable int m_lastOffset = 0;
};
