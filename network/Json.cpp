#include "Json.h"

#include "JsonTape.h"

#include <QCoreApplication>
#include <cmath>

namespace Json {

namespace {
std::optional<QJsonDocument> parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = body.trimmed().isEmpty()
                ? QCoreApplication::translate("Json", "the body is empty")
                : QCoreApplication::translate("Json", "the body is not JSON (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        }
        return std::nullopt;
    }
    return document;
}
template<typename View> int digits(View text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * unsigned(month + (month > 2 ? -3 : 9)) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}
} // namespace

namespace {
template<typename View> std::optional<QDateTime> commonIsoDateTimeIn(View text)
{
    // YYYY-MM-DDTHH:MM:SS, then .mmm or nothing, then Z or ±HH:MM.
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59)
        return std::nullopt;
    static constexpr int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    qsizetype at = 19;
    int msec = 0;
    if (text[at] == u'.') {
        if (text.size() < at + 4 || (msec = digits(text, at + 1, 3)) < 0)
            return std::nullopt;
        at += 4; // exactly three digits; anything else is read by QDateTime itself
    }
    int offset = 0;
    if (text.size() == at + 1 && text[at] == u'Z') {
        offset = 0;
    } else if (text.size() == at + 6 && (text[at] == u'+' || text[at] == u'-') && text[at + 3] == u':') {
        const int hours = digits(text, at + 1, 2);
        const int minutes = digits(text, at + 4, 2);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return std::nullopt;
        offset = (hours * 60 + minutes) * 60 * (text[at] == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const qint64 msecs = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60000
        + qint64(second) * 1000 + msec - qint64(offset) * 1000;
    // As QDateTime::fromString() makes them: UTC for Z (and +00:00), else a fixed offset.
    return offset == 0 ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)
                       : QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
}
} // namespace

std::optional<QDateTime> commonIsoDateTime(QStringView text)
{
    return commonIsoDateTimeIn(text);
}

std::optional<QDateTime> commonIsoDateTime(QLatin1StringView text)
{
    return commonIsoDateTimeIn(text);
}

std::optional<QJsonObject> object(const QByteArray &body, QString *error)
{
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        if (error)
            *error = QCoreApplication::translate("Json", "expected a JSON object");
        return std::nullopt;
    }
    return document->object();
}

std::optional<QJsonArray> array(const QByteArray &body, QString *error)
{
    const auto document = parse(body, error);
    if (!document)
        return std::nullopt;
    if (!document->isArray()) {
        if (error)
            *error = QCoreApplication::translate("Json", "expected a JSON array");
        return std::nullopt;
    }
    return document->array();
}

QString numberText(double number)
{
    return QString::number(number, 'g', 17);
}

QDateTime dateTime(const QJsonValue &value)
{
    return dateTime(value.toString());
}

QDateTime dateTime(const JsonNode &value)
{
    // Dates are ASCII: read from the received bytes, the common form needs no QString.
    const QByteArrayView text = value.text();
    if (value.isString() && text.size() >= 2) {
        const QLatin1StringView inside(text.data() + 1, text.size() - 2);
        if (!inside.contains(QLatin1Char('\\')))
            if (const std::optional<QDateTime> common = commonIsoDateTime(inside))
                return *common;
    }
    return dateTime(value.toString());
}

QDateTime dateTime(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    if (const std::optional<QDateTime> common = commonIsoDateTime(text))
        return *common;
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    return when;
}

QString idText(double number)
{
    // Only whole numbers a double holds exactly become an integer; converting anything
    // larger to qint64 would be undefined.
    if (std::abs(number) <= 9007199254740992.0 && number == double(qint64(number)))
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
}

std::optional<qint64> countOf(double number)
{
    // Compared as doubles first: converting an out-of-range double to an integer is undefined.
    constexpr double kLargest = 9007199254740992.0; // 2^53
    if (!(number >= 0.0 && number <= kLargest) || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Json
