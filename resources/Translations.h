#pragma once

#include <QString>
#include <QStringList>

// The languages Roster speaks and the translators that make it speak one. Installed once by the
// application's start-up, never by the libraries: the tests build windows directly and stay in
// English whatever the machine's locale.
class Translations {
public:
    // "en" (the source language) and every language with a translation, e.g. {"de", "en"}.
    static QStringList available();
    // The language to use: forced when it is set (a code from available(), or a locale name such
    // as "de_AT"), else the first of the system's preferred languages that Roster speaks, else "en".
    // Empty when forced names a language Roster does not speak.
    static QString choose(const QString &forced, const QStringList &uiLanguages);
    // Installs Roster's translation for language (from choose()) and Qt's own (dialog buttons and
    // the like, from Qt's translations directory, when the system has it) on the running
    // QCoreApplication, replacing any installed before. A forced language also becomes the
    // default locale, so numbers and dates match the words. Returns false only when Roster's own
    // translation for a language other than English could not be loaded.
    static bool install(const QString &language, bool forced);
    // What the application does at start-up: choose(forced, the system's ui languages), then
    // install(). Returns the language now in use.
    static QString setUp(const QString &forced);
};
