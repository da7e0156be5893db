#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "roster.translations", QtInfoMsg)

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");

// The language part of a locale or language name: "de" for "de", "de_AT", "de-DE".
QString languageOf(const QString &name)
{
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

void replace(int which, QTranslator *translator)
{
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed(which) = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}
} // namespace

QStringList Translations::available()
{
    QStringList languages{ QStringLiteral("en") };
    const QStringList files = QDir(kResourceDir).entryList({ QStringLiteral("roster_*.qm") }, QDir::Files);
    for (const QString &file : files) {
        const QString language = file.mid(7).chopped(3);
        if (!languages.contains(language))
            languages << language;
    }
    languages.sort();
    return languages;
}

QString Translations::choose(const QString &forced, const QStringList &uiLanguages)
{
    const QStringList spoken = available();
    if (!forced.isEmpty()) {
        const QString language = languageOf(forced);
        return spoken.contains(language) ? language : QString();
    }
    for (const QString &name : uiLanguages) {
        const QString language = languageOf(name);
        if (spoken.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::setUp(const QString &forced)
{
    QString language = choose(forced, QLocale::system().uiLanguages());
    if (language.isEmpty())
        language = QStringLiteral("en");
    if (!install(language, !forced.isEmpty()))
        language = QStringLiteral("en");
    return language;
}

bool Translations::install(const QString &language, bool forced)
{
    const QLocale locale(language);
    if (forced)
        QLocale::setDefault(locale);
    // English needs Roster's file too: it holds the plural forms ("1 user", "2 users").
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ownLoaded = own->load(QStringLiteral("roster_") + language, kResourceDir);
    if (!ownLoaded) {
        qCWarning(lcTranslations) << "no translation of Roster for" << language;
        delete own;
        own = nullptr;
    }
    replace(0, own);

    QTranslator *qt = nullptr;
    if (language != QLatin1String("en")) {
        qt = new QTranslator(QCoreApplication::instance());
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            qCInfo(lcTranslations) << "Qt's own translation for" << language << "is not installed in" << dir;
            delete qt;
            qt = nullptr;
        }
    }
    replace(1, qt);
    qCDebug(lcTranslations) << "language" << language << (forced ? "(forced)" : "(from the system)");
    return ownLoaded || language == QLatin1String("en");
}
