#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// How the parent process hands the credential to the process measuring one size.
inline constexpr char kTokenVariable[] = "ROSTER_BENCH_TOKEN";

// What roster-bench was asked to do, from its command line.
struct BenchOptions {
    QString service = QStringLiteral("rest-v1");
    QList<int> sizes{ 10000, 100000 };
    quint32 seed = 7;
    int pageSize = 100;
    QUrl url; // empty: start a mock server per size
    QString token = QStringLiteral("roster-bench");
    QString organization; // for a service scoped by one, against --url
    QString username; // for a service that signs in, against --url
    QString query = QStringLiteral("muller");
    int filterRounds = 4;
    int startupRuns = 3;
    bool json = false;
    bool smoke = false;
    bool child = false; // internal: measure one size in this process and print one JSON line
    QString mockServer;
    QString roster;

    // The parsed options, or nullopt with `error` set (or empty for --help, printed already).
    static std::optional<BenchOptions> parse(const QStringList &arguments, QString *error);
    // The command line that runs one size in a child process of its own (the credential goes in
    // kTokenVariable).
    QStringList childArguments(int users) const;
};
