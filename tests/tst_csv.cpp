// CSV as RFC 4180 has it, written and read back with awkward values; exports of users read back
// from CSV, JSON and JSON lines; the field rules shared by the forms and the import.

#include "Csv.h"
#include "FieldRules.h"
#include "UserExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {
// Values that break careless CSV and spreadsheet handling.
QStringList awkward()
{
    return { QStringLiteral("plain"),
             QStringLiteral("comma, inside"),
             QStringLiteral("quote \" inside"),
             QStringLiteral("\"quoted\""),
             QStringLiteral("line\nbreak"),
             QStringLiteral("crlf\r\nbreak"),
             QStringLiteral(" leading and trailing "),
             QStringLiteral("=SUM(A1:A9)"),
             QStringLiteral("+1 555 0100"),
             QStringLiteral("-42"),
             QStringLiteral("@handle"),
             QStringLiteral("'already quoted"),
             QStringLiteral("''=two apostrophes"),
             QStringLiteral("\tTab first"),
             QStringLiteral("שלום עולם"), // right to left
             QStringLiteral("مرحبا، العالم"), // right to left with an Arabic comma
             QStringLiteral("Zoë 👩🏽‍💻 🎉"), // emoji with a joiner sequence
             QStringLiteral("semi;colon"),
             QString() };
}

User sampleUser(const QString &name, const QString &email)
{
    User user;
    user.id = QStringLiteral("u1");
    user.name = name;
    user.email = email;
    user.roles = { QStringLiteral("admin") };
    user.state = UserState::Suspended;
    user.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    user.metadata = { { QStringLiteral("team"), QStringLiteral("blue, green") } };
    return user;
}
} // namespace

class CsvTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void formulaCellsAreGuarded();
    void readsWhatSpreadsheetsWrite_data();
    void readsWhatSpreadsheetsWrite();
    void brokenFilesSaySo();
    void exportCsvReadsBack();
    void exportJsonReadsBack();
    void fieldRules_data();
    void fieldRules();
};

void CsvTest::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("bom");
    for (const QString &value : awkward()) {
        QTest::addRow("%s", qPrintable(QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n"))))
            << value << false;
        QTest::addRow("%s, with BOM",
                      qPrintable(QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n"))))
            << value << true;
    }
}

void CsvTest::roundTrip()
{
    QFETCH(QString, value);
    QFETCH(bool, bom);
    Csv::WriteOptions options;
    QByteArray file = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    file += Csv::record({ QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("after") }, options);
    file += Csv::record({ QStringLiteral("1"), value, QStringLiteral("end") }, options);
    const Csv::ReadResult read = Csv::read(file);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.records.at(1), (QStringList{ QStringLiteral("1"), value, QStringLiteral("end") }));
}

void CsvTest::formulaCellsAreGuarded()
{
    // What a spreadsheet sees: the cell does not start with a formula character.
    for (const QString &dangerous : { QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("+cmd"),
                                      QStringLiteral("-2+3"), QStringLiteral("@SUM(1)") }) {
        const QString written = Csv::field(dangerous);
        const QString cell = written.startsWith(QLatin1Char('"')) ? written.mid(1) : written;
        QVERIFY2(cell.startsWith(QLatin1Char('\'')), qPrintable(written));
    }
    QCOMPARE(Csv::field(QStringLiteral("safe")), QStringLiteral("safe"));
    QCOMPARE(Csv::record({ QStringLiteral("a"), QStringLiteral("b") }), QByteArray("a,b\r\n"));
}

void CsvTest::readsWhatSpreadsheetsWrite_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("separator");
    QTest::newRow("LF endings") << QByteArray("email,name\nann@example.com,Ann\n") << QStringLiteral(",");
    QTest::newRow("no final newline")
        << QByteArray("email,name\r\nann@example.com,Ann") << QStringLiteral(",");
    QTest::newRow("semicolons (German Excel)")
        << QByteArray("email;name\r\nann@example.com;Ann\r\n") << QStringLiteral(";");
    QTest::newRow("tabs") << QByteArray("email\tname\nann@example.com\tAnn\n") << QStringLiteral("\t");
    QTest::newRow("blank lines") << QByteArray("email,name\n\nann@example.com,Ann\n\n")
                                 << QStringLiteral(",");
}

void CsvTest::readsWhatSpreadsheetsWrite()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, separator);
    const Csv::ReadResult read = Csv::read(file);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.separator, separator.front());
    QCOMPARE(read.records,
             (QList<QStringList>{ { QStringLiteral("email"), QStringLiteral("name") },
                                  { QStringLiteral("ann@example.com"), QStringLiteral("Ann") } }));
}

void CsvTest::brokenFilesSaySo()
{
    Csv::ReadResult read = Csv::read("a,b\n1,\"never closed\n2,3\n");
    QVERIFY(read.error.contains(QStringLiteral("never closed")));
    QCOMPARE(read.errorLine, 2);
    read = Csv::read(QByteArray("name\n\xff\xfe bad\n"));
    QVERIFY(read.error.contains(QStringLiteral("UTF-8")));
    Csv::ReadLimits small;
    small.maxRecords = 3;
    read = Csv::read("a\n1\n2\n3\n4\n5\n", small);
    QVERIFY2(read.error.contains(QStringLiteral("more than 3")), qPrintable(read.error));
    small = Csv::ReadLimits();
    small.maxBytes = 10;
    QVERIFY(!Csv::read("a,b,c,d,e,f,g,h\n", small).error.isEmpty());
}

void CsvTest::exportCsvReadsBack()
{
    const QStringList values = awkward();
    QList<User> users;
    for (int i = 0; i < values.size(); ++i)
        users << sampleUser(values.at(i), QStringLiteral("user%1@example.com").arg(i));
    const QList<UserField> columns{ UserField::Name,  UserField::Email,     UserField::Role,
                                    UserField::State, UserField::CreatedAt, UserField::Metadata };
    for (bool bom : { false, true }) {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        UserExport::Options options;
        options.byteOrderMark = bom;
        QVERIFY(UserExport::write(
            &buffer, columns, int(users.size()), [&](int row) { return users.at(row); }, options));
        QCOMPARE(buffer.data().startsWith("\xEF\xBB\xBF"), bom);
        const Csv::ReadResult read = Csv::read(buffer.data());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.records.size(), users.size() + 1);
        QCOMPARE(
            read.records.first(),
            (QStringList{ UserFields::label(UserField::Name), UserFields::label(UserField::Email),
                          UserFields::label(UserField::Role), UserFields::label(UserField::State),
                          UserFields::label(UserField::CreatedAt), UserFields::label(UserField::Metadata) }));
        for (int i = 0; i < users.size(); ++i) {
            const QStringList &row = read.records.at(i + 1);
            QCOMPARE(row.at(0), users.at(i).displayName());
            QCOMPARE(row.at(1), users.at(i).email);
            QCOMPARE(row.at(2), QStringLiteral("admin"));
            QCOMPARE(row.at(3), UserStates::label(UserState::Suspended));
            QCOMPARE(row.at(4), QStringLiteral("2025-01-02T03:04:05Z")); // the same in every locale
            QCOMPARE(
                QJsonDocument::fromJson(row.at(5).toUtf8()).object().value(QLatin1String("team")).toString(),
                QStringLiteral("blue, green"));
        }
    }
}

void CsvTest::exportJsonReadsBack()
{
    const QStringList values = awkward();
    QList<User> users;
    for (int i = 0; i < values.size(); ++i)
        users << sampleUser(values.at(i), QStringLiteral("u%1@example.com").arg(i));
    const QList<UserField> columns{ UserField::Name, UserField::State, UserField::CreatedAt };
    for (UserExport::Format format : { UserExport::Format::Json, UserExport::Format::JsonLines }) {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        UserExport::Options options;
        options.format = format;
        QVERIFY(UserExport::write(
            &buffer, columns, int(users.size()), [&](int row) { return users.at(row); }, options));
        QList<QJsonObject> objects;
        if (format == UserExport::Format::Json) {
            const QJsonDocument document = QJsonDocument::fromJson(buffer.data());
            QVERIFY(document.isArray());
            for (const QJsonValue &value : document.array())
                objects << value.toObject();
        } else {
            const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
            for (const QByteArray &line : lines)
                objects << QJsonDocument::fromJson(line).object();
        }
        QCOMPARE(objects.size(), users.size());
        for (int i = 0; i < users.size(); ++i) {
            QCOMPARE(objects.at(i).value(QLatin1String("name")).toString(),
                     users.at(i).name); // never guarded
            QCOMPARE(objects.at(i).value(QLatin1String("state")).toString(), QStringLiteral("suspended"));
            QCOMPARE(objects.at(i).value(QLatin1String("created_at")).toString(),
                     QStringLiteral("2025-01-02T03:04:05.000Z"));
        }
    }
}

void CsvTest::fieldRules_data()
{
    QTest::addColumn<int>("editor");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // a fragment of it; empty: none
    using E = FieldSpec::Editor;
    QTest::newRow("required and empty") << int(E::Text) << true << QString() << QStringLiteral("is required");
    QTest::newRow("optional and empty") << int(E::Text) << false << QString() << QString();
    QTest::newRow("email") << int(E::Email) << true << QStringLiteral("ann@example.com") << QString();
    QTest::newRow("email without @") << int(E::Email) << true << QStringLiteral("ann.example.com")
                                     << QStringLiteral("not a valid email");
    QTest::newRow("choice") << int(E::Choice) << true << QStringLiteral("admin") << QString();
    QTest::newRow("not a choice") << int(E::Choice) << true << QStringLiteral("root")
                                  << QStringLiteral("one of");
    QTest::newRow("too long") << int(E::Text) << false << QString(300, QLatin1Char('x'))
                              << QStringLiteral("longer");
    QTest::newRow("flag yes") << int(E::Check) << false << QStringLiteral("Yes") << QString();
    QTest::newRow("flag nonsense") << int(E::Check) << false << QStringLiteral("perhaps")
                                   << QStringLiteral("yes or no");
    QTest::newRow("json") << int(E::Json) << false << QStringLiteral("{\"a\": 1}") << QString();
    QTest::newRow("json broken") << int(E::Json) << false << QStringLiteral("{\"a\": ")
                                 << QStringLiteral("not valid JSON");
    QTest::newRow("short password") << int(E::Password) << true << QStringLiteral("abc")
                                    << QStringLiteral("at least");
}

void CsvTest::fieldRules()
{
    QFETCH(int, editor);
    QFETCH(bool, required);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    FieldSpec spec = FieldSpec::of(UserField::Role, FieldSpec::Editor(editor))
                         .withChoices({ QStringLiteral("admin"), QStringLiteral("user") })
                         .withMaxLength(256);
    if (required)
        spec = spec.withRequired();
    const QString said = FieldRules::problem(spec, value, 8);
    if (problem.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
    else
        QVERIFY2(said.contains(problem), qPrintable(said));
}

QTEST_GUILESS_MAIN(CsvTest)
#include "tst_csv.moc"
