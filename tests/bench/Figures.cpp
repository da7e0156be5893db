#include "Figures.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QTextStream>
#include <cmath>

const QStringList kFigureKeys{
    QStringLiteral("load_all_s"),         QStringLiteral("wire_s"),
    QStringLiteral("load_ratio"),         QStringLiteral("json_bytes"),
    QStringLiteral("rss_growth_bytes"),   QStringLiteral("memory_ratio"),
    QStringLiteral("filter_ms_p95"),      QStringLiteral("filter_ms_max"),
    QStringLiteral("sort_ms_name"),       QStringLiteral("sort_ms_created"),
    QStringLiteral("max_stall_ms"),       QStringLiteral("first_paint_ms"),
    QStringLiteral("demo_first_rows_ms"),
};

namespace {
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}
} // namespace

QJsonObject Figures::toJson() const
{
    return QJsonObject{
        { QLatin1String("service"), service },
        { QLatin1String("users"), users },
        { QLatin1String("page_size"), pageSize },
        { QLatin1String("load_all_s"), rounded(loadAllS, 3) },
        { QLatin1String("wire_s"), rounded(wireS, 3) },
        { QLatin1String("load_ratio"), rounded(loadRatio(), 3) },
        { QLatin1String("json_bytes"), double(jsonBytes) },
        { QLatin1String("rss_growth_bytes"), double(rssGrowthBytes) },
        { QLatin1String("memory_ratio"), rounded(memoryRatio(), 3) },
        { QLatin1String("filter_ms_p95"), rounded(filterMsP95, 2) },
        { QLatin1String("filter_ms_max"), rounded(filterMsMax, 2) },
        { QLatin1String("sort_ms_name"), rounded(sortMsName, 2) },
        { QLatin1String("sort_ms_created"), rounded(sortMsCreated, 2) },
        { QLatin1String("max_stall_ms"), rounded(maxStallMs, 2) },
        { QLatin1String("first_paint_ms"), rounded(firstPaintMs, 1) },
        { QLatin1String("demo_first_rows_ms"), rounded(demoFirstRowsMs, 1) },
    };
}

QByteArray Figures::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<Figures> Figures::fromJsonLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QStringList expected
        = QStringList{ QStringLiteral("service"), QStringLiteral("users"), QStringLiteral("page_size") }
        + kFigureKeys;
    for (const QString &key : expected) {
        if (!object.contains(key)) {
            *error = QStringLiteral("no \"%1\"").arg(key);
            return std::nullopt;
        }
        if (key != QLatin1String("service") && !object.value(key).isDouble()) {
            *error = QStringLiteral("\"%1\" is not a number").arg(key);
            return std::nullopt;
        }
    }
    if (object.size() != expected.size()) {
        *error = QStringLiteral("keys besides the documented ones");
        return std::nullopt;
    }
    Figures f;
    f.service = object.value(QLatin1String("service")).toString();
    f.users = object.value(QLatin1String("users")).toInt();
    f.pageSize = object.value(QLatin1String("page_size")).toInt();
    f.loadAllS = object.value(QLatin1String("load_all_s")).toDouble();
    f.wireS = object.value(QLatin1String("wire_s")).toDouble();
    f.jsonBytes = qint64(object.value(QLatin1String("json_bytes")).toDouble());
    f.rssGrowthBytes = qint64(object.value(QLatin1String("rss_growth_bytes")).toDouble());
    f.filterMsP95 = object.value(QLatin1String("filter_ms_p95")).toDouble();
    f.filterMsMax = object.value(QLatin1String("filter_ms_max")).toDouble();
    f.sortMsName = object.value(QLatin1String("sort_ms_name")).toDouble();
    f.sortMsCreated = object.value(QLatin1String("sort_ms_created")).toDouble();
    f.maxStallMs = object.value(QLatin1String("max_stall_ms")).toDouble();
    f.firstPaintMs = object.value(QLatin1String("first_paint_ms")).toDouble();
    f.demoFirstRowsMs = object.value(QLatin1String("demo_first_rows_ms")).toDouble();
    return f;
}

QString Limit::text() const
{
    return (inclusive ? QStringLiteral("<= ") : QStringLiteral("< ")) + QString::number(bound);
}

QList<Limit> Requirements::limits()
{
    const double frame = 16.7; // one frame at 60 Hz
    return {
        { QStringLiteral("load_ratio"), 1.25, true, true },
        { QStringLiteral("load_ratio"), 1.10, true, false },
        { QStringLiteral("memory_ratio"), 2.0, true, true },
        { QStringLiteral("memory_ratio"), 1.0, true, false },
        { QStringLiteral("filter_ms_p95"), 16, true, true },
        { QStringLiteral("filter_ms_max"), frame, false, false },
        { QStringLiteral("sort_ms_name"), 100, true, true },
        { QStringLiteral("sort_ms_created"), 100, true, true },
        { QStringLiteral("max_stall_ms"), 33, true, true },
        { QStringLiteral("max_stall_ms"), frame, false, false },
    };
}

double Requirements::value(const Figures &f, const QString &key)
{
    const QJsonObject object = f.toJson();
    return object.value(key).toDouble();
}

QStringList Requirements::misses(const Figures &figures)
{
    QStringList missed;
    if (!isChecked(figures.users))
        return missed;
    for (const Limit &limit : limits()) {
        const double value = Requirements::value(figures, limit.key);
        if (limit.required && !limit.holds(value))
            missed << QStringLiteral("%1 %2 (required %3)").arg(limit.key).arg(value).arg(limit.text());
    }
    return missed;
}

QStringList Requirements::goalGaps(const Figures &figures)
{
    QStringList gaps;
    if (!isChecked(figures.users))
        return gaps;
    for (const Limit &limit : limits()) {
        const double value = Requirements::value(figures, limit.key);
        if (!limit.required && !limit.holds(value))
            gaps << QStringLiteral("%1 %2 (goal %3)").arg(limit.key).arg(value).arg(limit.text());
    }
    return gaps;
}

QString figuresTable(const QList<Figures> &rows)
{
    if (rows.isEmpty())
        return QString();
    const QLocale c = QLocale::c();
    QString out;
    QTextStream stream(&out);
    const auto cell
        = [](const QString &text, int width) { return text.leftJustified(width, QLatin1Char(' ')); };
    const auto number = [&](double value, int decimals) {
        QLocale english(QLocale::English);
        english.setNumberOptions(QLocale::DefaultNumberOptions);
        return english.toString(value, 'f', decimals);
    };
    stream << "roster-bench: " << rows.first().service << ", pages of " << rows.first().pageSize << "\n";
    stream << cell(QStringLiteral("figure"), 20);
    for (const Figures &row : rows)
        stream << cell(QLocale(QLocale::English).toString(row.users) + QStringLiteral(" users"), 16);
    stream << cell(QStringLiteral("required"), 12) << QStringLiteral("goal") << '\n';
    const QList<std::pair<QString, int>> shown{
        { QStringLiteral("load_all_s"), 2 },         { QStringLiteral("wire_s"), 2 },
        { QStringLiteral("load_ratio"), 2 },         { QStringLiteral("json_bytes"), 0 },
        { QStringLiteral("rss_growth_bytes"), 0 },   { QStringLiteral("memory_ratio"), 2 },
        { QStringLiteral("filter_ms_p95"), 1 },      { QStringLiteral("filter_ms_max"), 1 },
        { QStringLiteral("sort_ms_name"), 1 },       { QStringLiteral("sort_ms_created"), 1 },
        { QStringLiteral("max_stall_ms"), 1 },       { QStringLiteral("first_paint_ms"), 0 },
        { QStringLiteral("demo_first_rows_ms"), 0 },
    };
    const QList<Limit> limits = Requirements::limits();
    for (const auto &[key, decimals] : shown) {
        stream << cell(key, 20);
        QString required;
        QString goal;
        for (const Limit &limit : limits) {
            if (limit.key == key)
                (limit.required ? required : goal) = limit.text();
        }
        for (const Figures &row : rows) {
            const double value = Requirements::value(row, key);
            QString text = number(value, decimals);
            for (const Limit &limit : limits) {
                if (limit.key == key && limit.required && Requirements::isChecked(row.users))
                    text += limit.holds(value) ? QStringLiteral(" ok") : QStringLiteral(" MISS");
            }
            stream << cell(text, 16);
        }
        stream << cell(required, 12) << goal << '\n';
    }
    stream << cell(QStringLiteral("wire ms/page"), 20);
    for (const Figures &row : rows) {
        const int pages = qMax(1, (row.users + row.pageSize - 1) / qMax(1, row.pageSize));
        stream << cell(number(row.wireS * 1000.0 / pages, 3), 16);
    }
    stream << '\n';
    Q_UNUSED(c)
    stream << "Required figures apply from " << QLocale(QLocale::English).toString(Requirements::RequiredFrom)
           << " users; rows of " << QLocale(QLocale::English).toString(Requirements::ReportOnlyFrom)
           << " and more are reported only.\n";
    return out;
}
