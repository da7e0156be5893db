// JsonTape against QJsonDocument: whatever the tape accepts reads as QJsonDocument reads it
// (JsonTapeCheck.h compares every value both ways), each kind of text it refuses is refused on
// purpose, and a refused page of users still reads, through QJsonDocument, as before.

#include "JsonTape.h"
#include "JsonTapeCheck.h"
#include "PaprDialect.h"
#include "RestV1Dialect.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <bit>
#include <cmath>

using namespace TestSupport;

namespace {
QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// {"a":{"a":...{"a":1}...}}, `depth` objects deep.
QByteArray nestedObjects(int depth)
{
    QByteArray text;
    for (int i = 0; i < depth; ++i)
        text += R"({"a":)";
    text += '1';
    text += QByteArray(depth, '}');
    return text;
}

QByteArray page(const QByteArray &users)
{
    return R"({"success":true,"data":[)" + users
        + R"(],"pagination":{"page":1,"limit":20,"total":3,"pages":1}})";
}

QString dateText(const QDateTime &when)
{
    return when.isValid()
        ? when.toString(Qt::ISODateWithMs) + QStringLiteral(" offset %1").arg(when.offsetFromUtc())
        : QStringLiteral("invalid");
}

// The first field in which `a` and `b` differ, or empty.
QString userDifference(const User &a, const User &b)
{
    const auto text = [](const char *field, const QString &x, const QString &y) {
        return x == y && x.isNull() == y.isNull()
            ? QString()
            : QStringLiteral("%1: %2 / %3")
                  .arg(QLatin1String(field), JsonTapeCheck::show(x), JsonTapeCheck::show(y));
    };
    for (const QString &difference :
         { text("id", a.id, b.id), text("accountId", a.accountId, b.accountId),
           text("externalId", a.externalId, b.externalId), text("username", a.username, b.username),
           text("name", a.name, b.name), text("givenName", a.givenName, b.givenName),
           text("familyName", a.familyName, b.familyName), text("email", a.email, b.email),
           text("roles", a.roles.join(QLatin1Char('|')), b.roles.join(QLatin1Char('|'))),
           text("type", a.type, b.type), text("jobTitle", a.jobTitle, b.jobTitle),
           text("jobDescription", a.jobDescription, b.jobDescription),
           text("organization", a.organization, b.organization),
           text("createdAt", dateText(a.createdAt), dateText(b.createdAt)),
           text("updatedAt", dateText(a.updatedAt), dateText(b.updatedAt)) }) {
        if (!difference.isEmpty())
            return difference;
    }
    if (a.roles != b.roles)
        return QStringLiteral("roles");
    if (a.state != b.state)
        return QStringLiteral("state %1 / %2").arg(int(a.state)).arg(int(b.state));
    if (a.staff != b.staff || a.superuser != b.superuser)
        return QStringLiteral("staff or superuser");
    if (a.metadata != b.metadata)
        return QStringLiteral("metadata");
    if (a.related != b.related)
        return QStringLiteral("related");
    if (!(a.present == b.present))
        return QStringLiteral("present");
    if (a.createdAt != b.createdAt || a.updatedAt != b.updatedAt)
        return QStringLiteral("createdAt or updatedAt");
    return QString();
}

// The users of a REST v1 page as QJsonDocument and RestV1Dialect::userFromJson read them.
QList<User> usersThroughQt(const QByteArray &body)
{
    QList<User> users;
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &item : data)
        users.append(RestV1Dialect::userFromJson(item.toObject()));
    return users;
}
} // namespace

class JsonTapeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void referencePages();
    void accepted_data();
    void accepted();
    void acceptedValues();
    void negativeZeroAsDouble();
    void refused_data();
    void refused();
    void refusedPageReadsThroughQt_data();
    void refusedPageReadsThroughQt();
    void acceptedPageReadsAsQt_data();
    void acceptedPageReadsAsQt();
    void variantMap();
    void paprMetadataKeptAsText();

private:
    static void verifyAgrees(const QByteArray &text, bool accepted);
};

// Fails unless the checker finds the tape and QJsonDocument agreeing, with the tape accepting
// the text (or refusing it) as said.
void JsonTapeTest::verifyAgrees(const QByteArray &text, bool accepted)
{
    const JsonTapeCheck::Outcome outcome = JsonTapeCheck::check(text);
    QVERIFY2(outcome.mismatch.isEmpty(),
             qPrintable(outcome.mismatch + QStringLiteral(" in ") + QString::fromLatin1(text.toHex())));
    QVERIFY2(outcome.tapeAccepted == accepted,
             qPrintable(QStringLiteral("the tape %1 %2 (QJsonDocument: %3)")
                            .arg(outcome.tapeAccepted ? QStringLiteral("accepts") : QStringLiteral("refuses"),
                                 QString::fromLatin1(text.left(200).toHex()),
                                 outcome.qtAccepted ? QStringLiteral("reads it") : outcome.qtError)));
}

void JsonTapeTest::referencePages()
{
    int files = 0;
    QDirIterator it(QStringLiteral(ROSTER_TEST_DATA_DIR), { QStringLiteral("*.json") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const QJsonDocument document = QJsonDocument::fromJson(text);
        const bool container = document.isObject() || document.isArray();
        const JsonTapeCheck::Outcome outcome = JsonTapeCheck::check(text);
        QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(path + QStringLiteral(": ") + outcome.mismatch));
        QVERIFY2(outcome.tapeAccepted == container, qPrintable(path));
        ++files;
    }
    QVERIFY2(files >= 30, qPrintable(QStringLiteral("only %1 reference files").arg(files)));
}

void JsonTapeTest::accepted_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("empty containers") << QByteArray(R"([{},[],{"a":[]},[{}],{"":{}}])");
    QTest::newRow("literals") << QByteArray(R"([true,false,null,{"t":true,"f":false,"n":null}])");
    QTest::newRow("whitespace everywhere") << QByteArray(
        " \t\r\n{ \t\"a\" \n:\r [ 1 ,\t2\n,\r\"x\" ] , \"b\" :{ } ,\"c\":[ ]\n, \"d\" : null }\n\t ");
    QTest::newRow("short escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t", "a\"b", "\\\\", "\/"])");
    QTest::newRow("unicode escapes") << QByteArray(
        R"(["\u0041\u00e9\u20AC\uffff\u0000x", "\u0000", "\u001f\u007f\u0080\u07ff\u0800"])");
    QTest::newRow("escaped noncharacters") << QByteArray(R"(["\ufffe", "\ufdd0", "\uFDEF"])");
    QTest::newRow("surrogate pairs") << QByteArray(
        R"(["\ud83d\ude00", "\uD834\uDD1E", "x\udbff\udfffy", "\ud800\udc00"])");
    QTest::newRow("utf-8 of 2, 3 and 4 bytes") << QByteArray(
        "[\"\xc3\xa9\", \"\xe2\x82\xac\", \"\xf0\x9f\x98\x80\", \"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z\", "
        "\"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbd\xf0\x90\x80\x80\xf4\x8f\xbf\xbd\""
        "]");
    QTest::newRow("utf-8 and escapes mixed")
        << QByteArray("[\"\xc3\xa9\\n\xe2\x82\xac\\u00e9\xf0\x9f\x98\x80\\ud83d\\ude00\"]");
    QTest::newRow("numbers") << QByteArray(
        "[-0, 0, 1e5, 1.5e-3, 9007199254740993, -9223372036854775808, 9223372036854775808, 1e308, "
        "0e0, 0.0, -1E+2, 1e-0, 12.50, 2.2250738585072014e-308, 1.7976931348623157e308, "
        "-9223372036854775809, 123456789012345678901234567890, 0.1, 1.7976931348623157e-300]");
    // QJsonDocument keeps a double that holds a whole number as that integer, so a negative
    // zero written as a double reads as 0 as well.
    QTest::newRow("negative zero as a double") << QByteArray("[-0.0, -0e0, -0.0e5, -0E+3, -0.000]");
    QTest::newRow("duplicate keys") << QByteArray(R"({"a":1,"b":true,"a":2})");
    QTest::newRow("duplicate keys of other types")
        << QByteArray(R"({"a":{"x":1},"b":[1,2],"a":[1],"b":"s","a":null})");
    QTest::newRow("duplicate keys nested")
        << QByteArray(R"([{"k":1,"k":{"k":2,"k":3}},{"k":[{"k":4,"k":5}]}])");
    QTest::newRow("keys with escapes") << QByteArray(
        "{\"na\\u006de\":\"x\",\"\\u00e9t\\u00e9\":1,\"\xe2\x82\xac\":2,\"a\\u0000b\":3,\"\\\"\":4,\"\":5}");
    QTest::newRow("latin-1 key as utf-8") << QByteArray("{\"\xc3\xa9t\xc3\xa9\":1, \"\xc3\xbf\":[2]}");
    QTest::newRow("nesting 256") << nested(JsonTape::MaxDepth);
    QTest::newRow("objects nesting 256") << nestedObjects(JsonTape::MaxDepth);
    QTest::newRow("dates") << QByteArray(
        R"(["2025-01-15T10:30:00Z", "2025-01-15T10:30:00.123+02:00", "2025-01-15T10:30:00\u005a", "2025-01-15", "2025-13-45T99:00:00Z", "2025-01-15T10:30:00"])");
}

void JsonTapeTest::accepted()
{
    QFETCH(QByteArray, text);
    verifyAgrees(text, true);
}

void JsonTapeTest::acceptedValues()
{
    // The rules the checker compares, spelled out.
    {
        const JsonTape tape(
            R"([-0, 0, 9007199254740993, -9223372036854775808, 9223372036854775808, 1e308, 1.5e-3])");
        QVERIFY(tape.isValid());
        QList<double> numbers;
        for (const JsonNode item : tape.root())
            numbers.append(item.toDouble(42));
        QCOMPARE(numbers.size(), 7);
        QCOMPARE(std::bit_cast<quint64>(numbers[0]), quint64(0)); // -0 is the integer 0, as in Qt
        QCOMPARE(numbers[2], 9007199254740992.0);
        QCOMPARE(numbers[3], -9223372036854775808.0);
        QCOMPARE(numbers[4], 9223372036854775808.0);
        QCOMPARE(numbers[5], 1e308);
        QCOMPARE(numbers[6], 1.5e-3);
    }
    {
        const JsonTape tape(R"({"a":1,"b":true,"a":2,"na\u006de":"x\u0000y","s":"\ud83d\ude00"})");
        const JsonNode root = tape.root();
        QVERIFY(root.isObject());
        QCOMPARE(root.size(), 5);
        QCOMPARE(root.value(QLatin1String("a")).toDouble(), 2.0); // the last one wins
        QCOMPARE(root.value(QLatin1String("name")).toString(),
                 QString(QStringLiteral("x") + QChar(0) + QStringLiteral("y")));
        QVERIFY(root.contains(QLatin1String("name")));
        QVERIFY(!root.contains(QLatin1String("na\\u006de")));
        QCOMPARE(root.value(QLatin1String("s")).toString(), QString::fromUcs4(U"\U0001F600", 1));
        QVERIFY(root.value(QLatin1String("missing")).isUndefined());
    }
    {
        const JsonTape tape("{\"\xc3\xa9t\xc3\xa9\":1}");
        QCOMPARE(tape.root().value(QLatin1String("\xe9t\xe9")).toDouble(), 1.0);
    }
}

void JsonTapeTest::negativeZeroAsDouble()
{
    // QJsonDocument keeps a double that holds a whole number as that integer: -0.0 reads as 0.
    const QByteArray text("[-0.0, -0e0, -0.0e5]");
    const QJsonArray qt = QJsonDocument::fromJson(text).array();
    const JsonTape tape(text);
    QVERIFY(tape.isValid());
    qsizetype index = 0;
    for (const JsonNode item : tape.root()) {
        QCOMPARE(std::bit_cast<quint64>(qt.at(index).toDouble(42)), quint64(0));
        QCOMPARE(std::bit_cast<quint64>(item.toDouble(42)), quint64(0));
        ++index;
    }
    QCOMPARE(index, 3);
}

void JsonTapeTest::refused_data()
{
    QTest::addColumn<QByteArray>("text");
    // QJsonDocument reads only an object or an array at the root.
    QTest::newRow("number root") << QByteArray("1");
    QTest::newRow("string root") << QByteArray(R"("a")");
    QTest::newRow("literal root") << QByteArray("true");
    QTest::newRow("empty text") << QByteArray();
    QTest::newRow("only whitespace") << QByteArray(" \n");
    // QJsonDocument skips a byte order mark; the tape leaves it to it.
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf[1]");
    // A raw U+FEFF in a string: QString::fromUtf8 drops it at the start of a piece, and
    // QJsonObject does not find a key that starts with it.
    QTest::newRow("raw U+FEFF after an escape") << QByteArray("[\"\\n\xef\xbb\xbf\"]");
    QTest::newRow("key starting with a raw U+FEFF") << QByteArray("{\"\xef\xbb\xbfid\":1}");
    // QJsonDocument keeps raw control characters, lone surrogates, and \x as x: not JSON, left to it.
    QTest::newRow("raw control character") << QByteArray("[\"a\x01\"]");
    QTest::newRow("raw tab") << QByteArray("[\"a\tb\"]");
    QTest::newRow("raw newline in key") << QByteArray("{\"a\nb\":1}");
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])");
    QTest::newRow("lone high surrogate at the end") << QByteArray(R"(["x\udbff"])");
    QTest::newRow("high surrogate and a letter") << QByteArray(R"(["\ud800\u0041"])");
    QTest::newRow("high surrogate twice") << QByteArray(R"(["\ud800\ud800"])");
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])");
    QTest::newRow("low surrogate first") << QByteArray(R"(["\udc00\ud800"])");
    QTest::newRow("invalid escape") << QByteArray(R"(["\x"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("unicode escape not hex") << QByteArray(R"(["\u12g4"])");
    // Invalid UTF-8, and noncharacters, which QJsonDocument judges by its own rules.
    QTest::newRow("overlong 2 bytes") << QByteArray("[\"\xc0\xaf\"]");
    QTest::newRow("overlong 3 bytes") << QByteArray("[\"\xe0\x80\xaf\"]");
    QTest::newRow("overlong 4 bytes") << QByteArray("[\"\xf0\x80\x80\xaf\"]");
    QTest::newRow("encoded surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
    QTest::newRow("above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]");
    QTest::newRow("lead byte F5") << QByteArray("[\"\xf5\x80\x80\x80\"]");
    QTest::newRow("truncated sequence") << QByteArray("[\"\xe2\x82\"]");
    QTest::newRow("truncated at the end") << QByteArray("[\"\xe2\x82");
    QTest::newRow("lone continuation") << QByteArray("[\"\x80\"]");
    QTest::newRow("noncharacter U+FFFE") << QByteArray("[\"\xef\xbf\xbe\"]");
    QTest::newRow("noncharacter U+FDD0") << QByteArray("[\"\xef\xb7\x90\"]");
    QTest::newRow("noncharacter U+10FFFF") << QByteArray("[\"\xf4\x8f\xbf\xbf\"]");
    // Numbers out of a double's normal range, and what JSON does not allow.
    QTest::newRow("1e400") << QByteArray("[1e400]");
    QTest::newRow("-1e400") << QByteArray("[-1e400]");
    QTest::newRow("1e-400") << QByteArray("[1e-400]");
    QTest::newRow("subnormal 4e-320") << QByteArray("[4e-320]");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("negative leading zero") << QByteArray("[-01]");
    QTest::newRow("bare minus") << QByteArray("[-]");
    QTest::newRow("no digit after the point") << QByteArray("[1.]");
    QTest::newRow("no digit before the point") << QByteArray("[.5]");
    QTest::newRow("plus sign") << QByteArray("[+1]");
    QTest::newRow("empty exponent") << QByteArray("[1e]");
    QTest::newRow("NaN") << QByteArray("[NaN]");
    // Structure.
    QTest::newRow("trailing comma in array") << QByteArray("[1,]");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})");
    QTest::newRow("leading comma") << QByteArray("[,1]");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("key not a string") << QByteArray("{1:2}");
    QTest::newRow("member without value") << QByteArray(R"({"a":})");
    QTest::newRow("garbage after root") << QByteArray("[1] x");
    QTest::newRow("nul after root") << QByteArray("[1]\0", 4);
    QTest::newRow("second root") << QByteArray("{}{}");
    QTest::newRow("mismatched close") << QByteArray("[1}");
    QTest::newRow("unclosed array") << QByteArray("[1");
    QTest::newRow("truncated literal") << QByteArray("[tru]");
    QTest::newRow("capital literal") << QByteArray("[True]");
    QTest::newRow("form feed as whitespace") << QByteArray("[\f1]");
    QTest::newRow("nesting 257") << nested(JsonTape::MaxDepth + 1);
    QTest::newRow("objects nesting 257") << nestedObjects(JsonTape::MaxDepth + 1);
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)");
    QTest::newRow("unterminated after escaped quote") << QByteArray(R"(["abc\"])");
    QTest::newRow("unterminated key") << QByteArray(R"({"abc)");
    QTest::newRow("backslash at the end") << QByteArray(R"(["\)");
}

void JsonTapeTest::refused()
{
    QFETCH(QByteArray, text);
    verifyAgrees(text, false);
    QVERIFY(JsonTape(text).root().isUndefined());
}

void JsonTapeTest::refusedPageReadsThroughQt_data()
{
    QTest::addColumn<QByteArray>("name"); // the JSON text of user 1's name
    QTest::addColumn<QString>("expected"); // as QJsonDocument reads it
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("Lone \ud800 half")")
        << (QStringLiteral("Lone ") + QChar(0xd800) + QStringLiteral(" half"));
    QTest::newRow("lone low surrogate") << QByteArray(R"("\udc01")") << QString(QChar(0xdc01));
    QTest::newRow("raw control character")
        << QByteArray("\"Bell\x07\"") << (QStringLiteral("Bell") + QChar(7));
    QTest::newRow("invalid escape") << QByteArray(R"("\xavier")") << QStringLiteral("xavier");
}

void JsonTapeTest::refusedPageReadsThroughQt()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    const QByteArray body = page(
        R"({"id":"usr_1","name":)" + name
        + R"(,"email":"a@example.com","role":"admin","status":"active","created_at":"2025-01-01T00:00:00Z"},)"
          R"({"id":"usr_2","name":"Bea","status":"suspended","avatar":"https://example.com/b.png"},)"
          R"({"id":3,"name":"C","role":"","status":"inactive","updated_at":"2025-01-15T10:30:00.5+01:00"})");
    QVERIFY(!JsonTape(body).isValid());
    QVERIFY(!QJsonDocument::fromJson(body).isNull()); // QJsonDocument reads it

    const RestV1Dialect dialect{ ConnectionProfile() };
    UserQuery query;
    query.pageSize = 20;
    const Result<Page<User>> result = dialect.parseUserPage(response(200, body), query);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result->items.size(), 3);
    QCOMPARE(result->items.at(0).name, expected);
    QCOMPARE(result->items.at(2).id, QStringLiteral("3"));
    QCOMPARE(result->totalCount, std::optional<qint64>(3));
    const QList<User> expectedUsers = usersThroughQt(body);
    for (qsizetype i = 0; i < expectedUsers.size(); ++i) {
        const QString difference = userDifference(result->items.at(i), expectedUsers.at(i));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("user %1: ").arg(i) + difference));
    }
}

void JsonTapeTest::acceptedPageReadsAsQt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("reference list") << fixture(QStringLiteral("rest-v1/list-response.json"));
    QTest::newRow("many shapes") << page(
        R"({"id":"usr_1","name":"Zo\u00eb \"Z\" O'Neil","email":"zoe@example.com","role":"admin","status":"active",)"
        R"("avatar":"https://example.com/a.png","created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-15T10:30:00.123+02:00"},)"
        R"({"id":42,"name":null,"email":7,"role":"","status":"mystery","avatar":"","created_at":"not a date","updated_at":12},)"
        R"({"id":-0,"name":"first","name":"last","status":"suspended","created_at":"2025-01-15T10:30:00\u005a"},)"
        R"({"id":1.5e3,"email":"","role":null,"status":"inactive","created_at":"2025-01-15T10:30:00"},)"
        R"({"id":9007199254740993,"name":"\ud83d\ude00 \u0000","role":["admin"],"status":{"x":1},"created_at":"2025-01-15"},)"
        "{\"id\":\"\xc3\xa9\",\"name\":\"\xe2\x82\xac "
        "\xf0\x9f\x98\x80\",\"extra\":[1,{\"a\":[]}],\"avatar\":null},"
        R"({"id":1e20,"name":"x"},{})");
}

void JsonTapeTest::acceptedPageReadsAsQt()
{
    QFETCH(QByteArray, body);
    QVERIFY(JsonTape(body).isValid());
    const JsonTapeCheck::Outcome outcome = JsonTapeCheck::check(body);
    QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(outcome.mismatch));

    const RestV1Dialect dialect{ ConnectionProfile() };
    UserQuery query;
    query.pageSize = 20;
    const Result<Page<User>> result = dialect.parseUserPage(response(200, body), query);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    const QList<User> expected = usersThroughQt(body);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result->items.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString difference = userDifference(result->items.at(i), expected.at(i));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("user %1: ").arg(i) + difference));
    }
}

void JsonTapeTest::variantMap()
{
    // Papr's metadata: free-form, read with toVariantMap() from the tape's node.
    const QByteArray body
        = R"({"user_id":"abc123","metadata":{"name":"John Doe","age":42,"score":3.25,"big":9007199254740993,)"
          R"("huge":1e300,"neg":-0,"negd":-0.0,"ratio":1.5e-3,"none":null,"flag":false,"on":true,)"
          R"("tags":["a","b",1,2.5,null,{"k":[]}],"prefs":{"theme":"dark","sizes":[1,2],"deep":{"x":{"y":null}}},)"
          R"("na\u006de":"escaped wins","empty":{},"list":[]}})";
    const JsonTape tape(body);
    QVERIFY(tape.isValid());
    const JsonNode metadata = tape.root().value(QLatin1String("metadata"));
    QVERIFY(metadata.isObject());
    const QJsonObject qt = QJsonDocument::fromJson(body).object().value(QLatin1String("metadata")).toObject();
    const QVariantMap fromTape = metadata.toVariantMap();
    const QVariantMap fromQt = qt.toVariantMap();
    QCOMPARE(fromTape, fromQt);
    QCOMPARE(fromTape.keys(), fromQt.keys());
    for (auto it = fromQt.begin(); it != fromQt.end(); ++it)
        QCOMPARE(fromTape.value(it.key()).typeId(), it.value().typeId());
    QCOMPARE(fromTape.value(QStringLiteral("name")).toString(), QStringLiteral("escaped wins"));
    QCOMPARE(fromTape.value(QStringLiteral("age")).toLongLong(), 42);
    QVERIFY(tape.root().value(QLatin1String("user_id")).toVariantMap().isEmpty()); // not an object
}

QTEST_GUILESS_MAIN(JsonTapeTest)
void JsonTapeTest::paprMetadataKeptAsText()
{
    // Papr Memory's metadata from a page stays the JSON text it came as, and reads as the map
    // QJsonDocument makes of it: the types (1.0 is an integer there), nesting, null, and the
    // display name taken from it (a number as its text).
    const QByteArray body = R"({"code":200,"status":"success","total":4,"page":1,"page_size":10,"data":[
        {"user_id":"a1","email":"a@example.com","metadata":{"name":"Zoë","plan":"pro","n":1.0,"r":0.5,
         "preferences":{"theme":"dark","tags":["x",2,null,true]}}},
        {"user_id":"a2","metadata":{"name":42,"empty":{}}},
        {"user_id":"a3","metadata":"not an object"},
        {"user_id":"a4","metadata":{}}]})";
    const PaprDialect dialect{ ConnectionProfile() };
    UserQuery query;
    query.pageSize = 10;
    const Result<Page<User>> result = dialect.parseUserPage(response(200, body), query);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    const QJsonArray objects = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    QCOMPARE(result->items.size(), objects.size());
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const User fromTape = result->items.at(i);
        const User fromQt = PaprDialect::userFromJson(objects.at(i).toObject());
        const bool isObject = objects.at(i).toObject().value(QLatin1String("metadata")).isObject();
        QCOMPARE(!fromTape.metadata.jsonText().isEmpty(), isObject); // not read into a map yet
        QCOMPARE(fromTape.name, fromQt.name);
        QVERIFY2(sameVariant(fromTape.metadata.map(), fromQt.metadata.map()), qPrintable(fromTape.id));
        QVERIFY(fromTape.metadata.jsonText().isEmpty()); // read now
        QCOMPARE(fromTape.present, fromQt.present);
    }
    QCOMPARE(result->items.at(1).name, QStringLiteral("42"));
    QCOMPARE(result->items.at(0).metadata.value(QStringLiteral("n")).metaType().id(),
             int(QMetaType::LongLong));
}

#include "tst_jsontape.moc"
