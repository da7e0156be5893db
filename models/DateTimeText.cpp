#include "DateTimeText.h"

#include "UserFilter.h"

#include <QCalendar>
#include <QDateTime>
#include <QTimeZone>
#include <cstring>
#include <ctime>

namespace {
constexpr qint64 kMsecsPerDay = 86400000;
constexpr int kVaries = std::numeric_limits<int>::min();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

struct Civil {
    int year;
    int month;
    int day;
};

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const auto doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{ int(y + (m <= 2)), int(m), int(d) };
}

QByteArray folded(const QString &text)
{
    QByteArray out;
    UserFilter::appendFolded(text, out);
    return out;
}

void appendNumber(QString &out, qint64 value, int width)
{
    if (value < 0) {
        out.append(QLatin1Char('-'));
        value = -value;
    }
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = count; i < width; ++i)
        out.append(QLatin1Char('0'));
    while (count > 0)
        out.append(QLatin1Char(digits[--count]));
}

// As Qt's own date formatting reads quotes: 'text' is literal, '' is one quote.
void appendNumber(QByteArray &out, qint64 value, int width)
{
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = count; i < width; ++i)
        out.append('0');
    while (count > 0)
        out.append(digits[--count]);
}

QString readQuoted(const QString &format, int *index)
{
    int &i = *index;
    ++i;
    if (i == format.size())
        return QString();
    if (format.at(i) == QLatin1Char('\'')) {
        ++i;
        return QStringLiteral("'");
    }
    QString result;
    while (i < format.size()) {
        if (format.at(i) == QLatin1Char('\'')) {
            if (i + 1 < format.size() && format.at(i + 1) == QLatin1Char('\'')) {
                result.append(QLatin1Char('\''));
                i += 2;
            } else {
                break;
            }
        } else {
            result.append(format.at(i++));
        }
    }
    if (i < format.size())
        ++i;
    return result;
}

bool containsAmPm(const QString &format)
{
    int i = 0;
    while (i < format.size()) {
        if (format.at(i) == QLatin1Char('\'')) {
            readQuoted(format, &i);
            continue;
        }
        if (format.at(i).toLower() == QLatin1Char('a'))
            return true;
        ++i;
    }
    return false;
}
} // namespace

DateTimeText::DateTimeText(const QLocale &locale) : m_locale(locale)
{
#ifdef Q_OS_UNIX
    tzset(); // the time zone as it is now, for localOffset()
#endif
    const QCalendar calendar;
    for (int form = 0; form < 2; ++form) {
        const auto type = form ? QLocale::LongFormat : QLocale::ShortFormat;
        for (int month = 1; month <= 12; ++month)
            m_monthNames[form][month - 1] = calendar.monthName(locale, month, QCalendar::Unspecified, type);
        for (int day = 1; day <= 7; ++day)
            m_dayNames[form][day - 1] = locale.dayName(day, type);
    }
    m_amPm[0][0] = locale.amText().toLower();
    m_amPm[0][1] = locale.pmText().toLower();
    m_amPm[1][0] = locale.amText().toUpper();
    m_amPm[1][1] = locale.pmText().toUpper();
    for (int form = 0; form < 2; ++form) {
        for (int month = 0; month < 12; ++month)
            m_foldedMonthNames[form][month] = folded(m_monthNames[form][month]);
        for (int day = 0; day < 7; ++day)
            m_foldedDayNames[form][day] = folded(m_dayNames[form][day]);
        m_foldedAmPm[form] = folded(m_amPm[0][form]);
    }
    m_fast = locale.zeroDigit() == QLatin1String("0") && compile(locale.dateTimeFormat(QLocale::ShortFormat));
    if (!m_fast)
        return;
    // Every hour of a day in each month, across years, leap days and the turn of the century.
    static const int years[] = { 1969, 1999, 2000, 2024, 2026, 2038 };
    for (int year : years) {
        for (int month = 1; month <= 12 && m_fast; ++month) {
            const int day = month == 2 && year % 4 == 0 ? 29 : 1 + (month * 7) % 28;
            for (int hour = 0; hour < 24 && m_fast; hour += (month % 3) + 1) {
                const QDateTime utc(QDate(year, month, day),
                                    QTime(hour, (hour * 7) % 60, hour % 60, hour * 41), Qt::UTC);
                const qint64 msecs = utc.toMSecsSinceEpoch();
                const QString expected = slow(msecs);
                QByteArray foldedText;
                appendFolded(msecs, foldedText);
                m_fast = format(msecs) == expected && foldedText == folded(expected);
            }
        }
    }
    m_offsetByDay.clear();
    m_lastDay = std::numeric_limits<qint64>::min();
}

bool DateTimeText::compile(const QString &format)
{
    const bool twelveHour = containsAmPm(format);
    int i = 0;
    while (i < format.size()) {
        if (format.at(i) == QLatin1Char('\'')) {
            const QString literal = readQuoted(format, &i);
            m_tokens.append(Token{ Kind::Literal, 0, literal, folded(literal) });
            continue;
        }
        const QChar c = format.at(i);
        int repeat = 1;
        while (i + repeat < format.size() && format.at(i + repeat) == c)
            ++repeat;
        Token token;
        switch (c.unicode()) {
        case 'y':
            if (repeat >= 4) {
                repeat = 4;
                token.kind = Kind::Year4;
            } else if (repeat >= 2) {
                repeat = 2;
                token.kind = Kind::Year2;
            } else {
                token.text = c; // a lone 'y' is printed as it is
            }
            break;
        case 'M':
            repeat = qMin(repeat, 4);
            token.kind = repeat <= 2 ? Kind::Month : Kind::MonthName;
            token.width = repeat <= 2 ? repeat : repeat - 3;
            break;
        case 'd':
            repeat = qMin(repeat, 4);
            token.kind = repeat <= 2 ? Kind::Day : Kind::DayName;
            token.width = repeat <= 2 ? repeat : repeat - 3;
            break;
        case 'h':
            repeat = qMin(repeat, 2);
            token.kind = twelveHour ? Kind::Hour12 : Kind::Hour24;
            token.width = repeat;
            break;
        case 'H':
            repeat = qMin(repeat, 2);
            token.kind = Kind::Hour24;
            token.width = repeat;
            break;
        case 'm':
            repeat = qMin(repeat, 2);
            token.kind = Kind::Minute;
            token.width = repeat;
            break;
        case 's':
            repeat = qMin(repeat, 2);
            token.kind = Kind::Second;
            token.width = repeat;
            break;
        case 'z':
            repeat = repeat >= 3 ? 3 : 1;
            token.kind = repeat == 3 ? Kind::Msec : Kind::MsecTrimmed;
            break;
        case 'a':
        case 'A': {
            const QChar p = c == QLatin1Char('a') ? QLatin1Char('p') : QLatin1Char('P');
            repeat = i + 1 < format.size() && format.at(i + 1) == p ? 2 : 1;
            token.kind = Kind::AmPm;
            token.width = c == QLatin1Char('A') ? 1 : 0;
            break;
        }
        case 't':
            return false; // a time zone's name: left to QLocale
        default:
            token.text = QString(repeat, c);
            break;
        }
        token.folded = folded(token.text);
        m_tokens.append(token);
        i += repeat;
    }
    return true;
}

int DateTimeText::offsetSeconds(qint64 msecs) const
{
    const qint64 day = floorDiv(msecs, kMsecsPerDay);
    if (day == m_lastDay)
        return m_lastOffset;
    auto found = m_offsetByDay.constFind(day);
    if (found == m_offsetByDay.cend()) {
        const int first = localOffset(day * kMsecsPerDay);
        const int last = localOffset(day * kMsecsPerDay + kMsecsPerDay - 1);
        found = m_offsetByDay.insert(day, first == last ? first : kVaries);
    }
    if (*found != kVaries) {
        m_lastDay = day;
        m_lastOffset = *found;
        return *found;
    }
    return localOffset(msecs);
}

int DateTimeText::localOffset(qint64 msecs)
{
#ifdef Q_OS_UNIX
    // What toLocalTime() answers, read with localtime_r() alone: QDateTime calls tzset() first
    // every time, which stat()s /etc/localtime, and a directory of users spans thousands of
    // days. The constructor calls tzset() once. Outside 1970-2038 QDateTime has its own rules.
    const qint64 seconds = floorDiv(msecs, 1000);
    if (seconds >= 0 && seconds <= std::numeric_limits<qint32>::max()) {
        const auto when = time_t(seconds);
        tm local{};
        if (localtime_r(&when, &local))
            return int(local.tm_gmtoff);
    }
#endif
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime().offsetFromUtc();
}

DateTimeText::Fields DateTimeText::fields(qint64 msecs) const
{
    const qint64 local = msecs + qint64(offsetSeconds(msecs)) * 1000;
    const qint64 days = floorDiv(local, kMsecsPerDay);
    const qint64 inDay = local - days * kMsecsPerDay;
    const Civil date = civilFromDays(days);
    Fields f;
    f.year = date.year;
    f.month = date.month;
    f.day = date.day;
    f.dayOfWeek = int(((days % 7 + 7) % 7 + 3) % 7) + 1; // 1970-01-01 was a Thursday
    f.hour = int(inDay / 3600000);
    f.minute = int(inDay / 60000 % 60);
    f.second = int(inDay / 1000 % 60);
    f.msec = int(inDay % 1000);
    return f;
}

namespace {
int twelveHour(int hour)
{
    return hour > 12 ? hour - 12 : hour == 0 ? 12 : hour;
}

// The 'z' of a format: milliseconds with up to two trailing zeros dropped.
template<typename Out> void appendTrimmedMsec(Out &out, int msec)
{
    int width = 3;
    while (width > 1 && msec % 10 == 0) {
        msec /= 10;
        --width;
    }
    appendNumber(out, msec, width);
}
} // namespace

namespace {
// A byte buffer on the stack for one date's text; dates are short.
struct DateBytes {
    char data[128];
    int size = 0;
    bool overflow = false;

    void append(QByteArrayView bytes)
    {
        if (size + bytes.size() > int(sizeof(data))) {
            overflow = true;
            return;
        }
        std::memcpy(data + size, bytes.data(), size_t(bytes.size()));
        size += int(bytes.size());
    }
    void append(char c) { append(QByteArrayView(&c, 1)); }
};

void appendNumber(DateBytes &out, qint64 value, int width)
{
    QByteArray digits;
    if (value >= 0 && value < 10000 && width <= 4) {
        char text[4];
        int count = 0;
        do {
            text[count++] = char('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = count; i < width; ++i)
            out.append('0');
        while (count > 0)
            out.append(text[--count]);
        return;
    }
    appendNumber(digits, value, width);
    out.append(digits);
}
} // namespace

template<typename Out, typename Texts>
void DateTimeText::render(Out &out, const Fields &f, const Texts &texts) const
{
    for (const Token &token : m_tokens) {
        switch (token.kind) {
        case Kind::Literal:
            out.append(texts.literal(token));
            break;
        case Kind::Year2:
            appendNumber(out, f.year % 100, 2);
            break;
        case Kind::Year4:
            appendNumber(out, f.year, f.year < 0 ? 5 : 4);
            break;
        case Kind::Month:
            appendNumber(out, f.month, token.width);
            break;
        case Kind::MonthName:
            out.append(texts.monthNames[token.width][f.month - 1]);
            break;
        case Kind::Day:
            appendNumber(out, f.day, token.width);
            break;
        case Kind::DayName:
            out.append(texts.dayNames[token.width][f.dayOfWeek - 1]);
            break;
        case Kind::Hour12:
            appendNumber(out, twelveHour(f.hour), token.width);
            break;
        case Kind::Hour24:
            appendNumber(out, f.hour, token.width);
            break;
        case Kind::Minute:
            appendNumber(out, f.minute, token.width);
            break;
        case Kind::Second:
            appendNumber(out, f.second, token.width);
            break;
        case Kind::Msec:
            appendNumber(out, f.msec, 3);
            break;
        case Kind::MsecTrimmed:
            appendTrimmedMsec(out, f.msec);
            break;
        case Kind::AmPm:
            out.append(texts.amPm(token.width, f.hour < 12));
            break;
        }
    }
}

QString DateTimeText::format(qint64 msecs) const
{
    if (!m_fast)
        return slow(msecs);
    // The texts as shown.
    struct Shown {
        const DateTimeText &self;
        const QString (&monthNames)[2][12];
        const QString (&dayNames)[2][7];
        const QString &literal(const Token &token) const { return token.text; }
        const QString &amPm(int upper, bool am) const { return self.m_amPm[upper][am ? 0 : 1]; }
    };
    QString out;
    out.reserve(24);
    render(out, fields(msecs), Shown{ *this, m_monthNames, m_dayNames });
    return out;
}

void DateTimeText::appendFolded(qint64 msecs, QByteArray &out) const
{
    if (!m_fast) {
        UserFilter::appendFolded(slow(msecs), out);
        return;
    }
    // The texts as the filter folds them.
    struct Folded {
        const DateTimeText &self;
        const QByteArray (&monthNames)[2][12];
        const QByteArray (&dayNames)[2][7];
        const QByteArray &literal(const Token &token) const { return token.folded; }
        const QByteArray &amPm(int, bool am) const { return self.m_foldedAmPm[am ? 0 : 1]; }
    };
    DateBytes bytes;
    render(bytes, fields(msecs), Folded{ *this, m_foldedMonthNames, m_foldedDayNames });
    if (bytes.overflow) {
        UserFilter::appendFolded(format(msecs), out); // a locale with very long names
        return;
    }
    out.append(bytes.data, bytes.size);
}

QString DateTimeText::slow(qint64 msecs) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime(),
                             QLocale::ShortFormat);
}
