#pragma once

#include "ConnectionProfile.h"

#include <QString>
#include <QStringList>

// What the command line asks for. Parsed before any window system is touched, so --help,
// --version and a bad option work over SSH, in packaging scripts and for man-page generators.
struct StartRequest {
    enum class Open { LastUsed, Demo, Profile, Unsaved };
    Open open = Open::LastUsed;
    ConnectionProfile profile; // for Profile and Unsaved
    QString configFile; // empty: the default location
    QString language; // --lang: a language Roster speaks; empty: follow the system
};

class CommandLine {
public:
    struct Outcome {
        bool exitNow = false;
        int status = 0; // with exitNow
        QString output; // for standard output (help, version)
        QString error; // for standard error
        StartRequest start;
    };

    // Needs a QCoreApplication (for translations and settings paths), never a display.
    static Outcome parse(const QStringList &arguments);
    // The --help text, also the source of the man page.
    static QString helpText();
};
