#pragma once

#include <QString>
#include <optional>

// Starts `roster` as a person would, on the offscreen platform with a settings file, home and
// data directories of its own, and reads what it reports through ROSTER_REPORT_FILE: the time
// from just before the process starts to its first painted window, or to the first rows its
// user table shows in demo mode.
class StartupProbe {
public:
    explicit StartupProbe(QString roster) : m_roster(std::move(roster)) { }

    // `roster` (the welcome page): ms to the first paint.
    std::optional<double> firstPaintMs();
    // `roster --demo`: ms to the first rows shown.
    std::optional<double> demoFirstRowsMs();
    QString errorString() const { return m_error; }

private:
    std::optional<double> measure(bool demo);

    QString m_roster;
    QString m_error;
};
