#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The figures of one directory size, as one JSON object per line: service, users, page_size and
// exactly the keys listed in kFigureKeys.
struct Figures {
    QString service;
    int users = 0;
    int pageSize = 0;
    double loadAllS = 0;
    double wireS = 0;
    qint64 jsonBytes = 0;
    qint64 rssGrowthBytes = 0;
    double filterMsP95 = 0;
    double filterMsMax = 0;
    double sortMsName = 0;
    double sortMsCreated = 0;
    double maxStallMs = 0;
    double firstPaintMs = 0;
    double demoFirstRowsMs = 0;

    double loadRatio() const { return wireS > 0 ? loadAllS / wireS : 0; }
    double memoryRatio() const { return jsonBytes > 0 ? double(rssGrowthBytes) / double(jsonBytes) : 0; }

    QJsonObject toJson() const;
    QByteArray toJsonLine() const;
    // Reads a line toJsonLine() wrote; nullopt, with `error` set, when a key is missing or not a number.
    static std::optional<Figures> fromJsonLine(const QByteArray &line, QString *error);
};

// Every key of a line besides service, users and page_size.
extern const QStringList kFigureKeys;

// A bound on one figure at a directory size: required (the run fails without it) or a goal
// (printed beside it).
struct Limit {
    QString key;
    double bound = 0;
    bool inclusive = true; // "<= bound"; false: "< bound"
    bool required = true;

    bool holds(double value) const { return inclusive ? value <= bound : value < bound; }
    QString text() const;
};

class Requirements {
public:
    // Sizes from which the required limits apply, and from which a row is only reported.
    static constexpr int RequiredFrom = 100000;
    static constexpr int ReportOnlyFrom = 1000000;

    static QList<Limit> limits();
    static bool isChecked(int users) { return users >= RequiredFrom && users < ReportOnlyFrom; }
    static double value(const Figures &figures, const QString &key);
    // "load_ratio 1.43 > 1.25" for each required figure a checked row misses.
    static QStringList misses(const Figures &figures);
    // "load_ratio 1.18 (goal <= 1.1)" for each goal beyond the requirements a checked row
    // does not reach yet.
    static QStringList goalGaps(const Figures &figures);
};

// The human-readable table: one column per size, each figure with its required bound and goal.
QString figuresTable(const QList<Figures> &rows);
