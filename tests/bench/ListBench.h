#pragma once

#include "BenchOptions.h"
#include "Figures.h"

#include <optional>

// One directory size measured in this process: the window as the app builds it, connected to
// the service through the real client, dialect and store, with the user table on the offscreen
// platform. Loads every user with the app's Load All, sends the same requests again with a bare
// client, clicks the Name and Created headers, and types into the filter box.
class ListBench {
public:
    explicit ListBench(const BenchOptions &options) : m_options(options) { }

    // The figures of `users` users, without the start-up ones (measured by the parent).
    std::optional<Figures> run(int users, QString *error);

private:
    const BenchOptions &m_options;
};
