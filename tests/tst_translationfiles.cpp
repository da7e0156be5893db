// The translation sources against the code as it is now: scripts/update-translations.sh runs
// lupdate over the sources into copies of the committed .ts files, and every string it finds
// must have a finished German translation with the same placeholders, every string with a count
// its plural forms (German and English), and no user-visible text may say "(s)".

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms; // one translation, or the numerus forms

    QString where() const
    {
        return context + QStringLiteral(": \"") + source + QLatin1Char('"')
            + (comment.isEmpty() ? QString() : QStringLiteral(" (") + comment + QLatin1Char(')'));
    }
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile read(const QString &path)
{
    TsFile file;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        file.error = f.errorString();
        return file;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            file.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            file.messages << message;
        }
    }
    if (xml.hasError())
        file.error = xml.errorString();
    return file;
}

// The placeholders of a text, sorted, with their repetitions: %1..%99, %L1, %n, %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured();
    found.sort();
    return found;
}

// Where the lupdate run keeps its copies; filled once by initTestCase().
struct Run {
    QTemporaryDir dir;
    QString output;
    int status = -1;
};
} // namespace

class TranslationFilesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lupdateFindsEveryString();
    void everyStringHasAGermanTranslation();
    void germanKeepsThePlaceholders();
    void countsHavePluralFormsInEnglish();
    void noTextSaysParenthesisS();

private:
    QStringList problems(const TsFile &file, int forms, bool (*check)(const Message &, int, QString *));

    Run m_run;
    TsFile m_de;
    TsFile m_en;
};

void TranslationFilesTest::initTestCase()
{
    QVERIFY(m_run.dir.isValid());
    const QString committed = QStringLiteral(ROSTER_SOURCE_DIR "/resources/translations/");
    for (const QString &name : { QStringLiteral("roster_de.ts"), QStringLiteral("roster_en.ts") })
        QVERIFY2(QFile::copy(committed + name, m_run.dir.filePath(name)), qPrintable(committed + name));
    // The same command a developer runs, into the copies: new strings arrive unfinished.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(ROSTER_SOURCE_DIR "/scripts/update-translations.sh"),
                  { QStringLiteral(ROSTER_LUPDATE), m_run.dir.path() });
    QVERIFY(lupdate.waitForFinished(600000));
    m_run.output = QString::fromLocal8Bit(lupdate.readAll());
    m_run.status = lupdate.exitCode();
    m_de = read(m_run.dir.filePath(QStringLiteral("roster_de.ts")));
    m_en = read(m_run.dir.filePath(QStringLiteral("roster_en.ts")));
    QVERIFY2(m_de.error.isEmpty(), qPrintable(m_de.error));
    QVERIFY2(m_en.error.isEmpty(), qPrintable(m_en.error));
    QCOMPARE(m_de.language, QStringLiteral("de"));
    QVERIFY(m_de.messages.size() > 100);
}

void TranslationFilesTest::lupdateFindsEveryString()
{
    // A tr() lupdate cannot place in a context is a string no translation ever reaches.
    QVERIFY2(m_run.status == 0, qPrintable(m_run.output));
}

QStringList TranslationFilesTest::problems(const TsFile &file, int forms,
                                           bool (*check)(const Message &, int, QString *))
{
    QStringList found;
    for (const Message &message : file.messages) {
        if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished"))
            continue;
        QString why;
        if (!check(message, forms, &why))
            found << message.where() + QStringLiteral(": ") + why;
    }
    return found;
}

namespace {
bool finished(const Message &message, int forms, QString *why)
{
    if (message.type == QLatin1String("unfinished")) {
        *why = QStringLiteral("not translated (new or changed)");
        return false;
    }
    if (message.numerus && message.forms.size() != forms) {
        *why = QStringLiteral("%1 plural forms, expected %2").arg(message.forms.size()).arg(forms);
        return false;
    }
    for (const QString &form : message.forms) {
        if (form.isEmpty()) {
            *why = QStringLiteral("empty translation");
            return false;
        }
    }
    return true;
}

bool samePlaceholders(const Message &message, int, QString *why)
{
    const QStringList expected = placeholders(message.source);
    for (const QString &form : message.forms) {
        if (form.isEmpty())
            continue; // reported as untranslated
        const QStringList got = placeholders(form);
        if (got != expected) {
            *why = QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                       .arg(got.join(QLatin1Char(' ')), form, expected.join(QLatin1Char(' ')));
            return false;
        }
    }
    return true;
}
} // namespace

void TranslationFilesTest::everyStringHasAGermanTranslation()
{
    const QStringList missing = problems(m_de, 2, finished);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a German translation; run "
                                       "scripts/update-translations.sh and translate them:\n  ")
                            .arg(missing.size())
                        + missing.join(QStringLiteral("\n  "))));
}

void TranslationFilesTest::germanKeepsThePlaceholders()
{
    const QStringList wrong = problems(m_de, 2, samePlaceholders);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n  ") + wrong.join(QStringLiteral("\n  "))));
}

void TranslationFilesTest::countsHavePluralFormsInEnglish()
{
    int numerus = 0;
    for (const Message &message : std::as_const(m_de.messages))
        numerus += message.numerus && message.type != QLatin1String("vanished")
            && message.type != QLatin1String("obsolete");
    QVERIFY(numerus > 0);
    QStringList wrong = problems(m_en, 2, finished) + problems(m_en, 2, samePlaceholders);
    int english = 0;
    for (const Message &message : std::as_const(m_en.messages))
        english += message.numerus;
    if (english != numerus)
        wrong << QStringLiteral("roster_en.ts has %1 strings with a count, the sources %2")
                     .arg(english)
                     .arg(numerus);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n  ") + wrong.join(QStringLiteral("\n  "))));
}

void TranslationFilesTest::noTextSaysParenthesisS()
{
    // "user(s)" in a source is fine when it has a count: the English file says "user"/"users".
    // Without a count, or in a translation, it would reach the screen.
    static const QRegularExpression lazyPlural(QStringLiteral("\\w\\((s|es|n|en|e)\\)"));
    QStringList found;
    for (const Message &message : std::as_const(m_de.messages)) {
        if (!message.numerus && message.source.contains(lazyPlural))
            found << message.where()
                    + QStringLiteral(": no count to choose the form; use tr(text, nullptr, n)");
    }
    for (const TsFile *file : { &m_de, &m_en }) {
        for (const Message &message : file->messages) {
            for (const QString &form : message.forms) {
                if (form.contains(lazyPlural))
                    found << message.where()
                            + QStringLiteral(": the %1 text \"%2\"").arg(file->language, form);
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n  ") + found.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TranslationFilesTest)
#include "tst_translationfiles.moc"
