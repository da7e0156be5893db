// The pieces the user table is built from for large directories: packed rows that give back
// the user they were given, dates and collation keys that agree with QLocale and QCollator, and
// the filter proxy (filter, sort, selection, rows streaming in) under QAbstractItemModelTester.

#include "CollationKeys.h"
#include "DateTimeText.h"
#include "FakeUserDirectory.h"
#include "SameVariant.h"
#include "UserFilterProxy.h"
#include "UserRows.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <climits>
#include <numeric>

class UserListTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Sorting and dates follow the locale; these tests expect English (United States).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rowsGiveBackTheUser();
    void rowsFindById();
    void rowsKeepMetadataTypes();
    void datesAsQLocaleWritesThem_data();
    void datesAsQLocaleWritesThem();
    void datesInZonesWithDaylightSaving_data();
    void datesInZonesWithDaylightSaving();
    void collationKeysOrderAsQCollator_data();
    void collationKeysOrderAsQCollator();
    void filterNarrowsAndWidens();
    void filterMatchesRolesStatesAndDates();
    void filterFindsTextAnywhereInARow();
    void sortIsStableAndByValue();
    void sortOfManyRowsAgreesWithComparing();
    void selectionFollowsItsUser();
    void streamedRowsReachTheViewOnceAFrame();
    void sortedViewTakesNewRowsInPlace();
    void changesMoveAndHideRows();
    void removedRowsLeave();

private:
    struct List {
        FakeUserDirectory directory;
        UserTableModel model;
        UserFilterProxy proxy;
        QAbstractItemModelTester tester{ &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal };

        explicit List(int users) : directory(users)
        {
            model.setDirectory(&directory);
            UserQuery query;
            query.pageSize = 1000;
            model.setQuery(query);
            proxy.setSourceModel(&model);
        }
        void load()
        {
            QSignalSpy finished(&model, &PagedTableModel::batchFinished);
            model.reload();
            model.loadAll();
            QVERIFY(finished.wait());
            proxy.flush();
        }
        QStringList names() const
        {
            QStringList shown;
            for (int row = 0; row < proxy.rowCount(); ++row)
                shown << proxy.index(row, 0).data().toString();
            return shown;
        }
    };
};

void UserListTest::rowsGiveBackTheUser()
{
    User full;
    full.id = QStringLiteral("u-1");
    full.accountId = QStringLiteral("acct");
    full.externalId = QStringLiteral("ext");
    full.username = QStringLiteral("zoe");
    full.name = QStringLiteral("Zoë Müller");
    full.givenName = QStringLiteral("Zoë");
    full.familyName = QStringLiteral("Müller");
    full.email = QStringLiteral("zoe@example.com");
    full.roles = { QStringLiteral("admin"), QStringLiteral("user") };
    full.state = UserState::Suspended;
    full.type = QStringLiteral("developer");
    full.jobTitle = QStringLiteral("Engineer");
    full.jobDescription = QStringLiteral("Builds things");
    full.organization = QStringLiteral("Acme");
    full.staff = true;
    full.superuser = true;
    full.metadata = { { QStringLiteral("team"), QStringLiteral("core") },
                      { QStringLiteral("level"), 3 },
                      { QStringLiteral("tags"), QStringList{ QStringLiteral("a") } } };
    full.createdAt = QDateTime(QDate(2024, 3, 5), QTime(10, 20, 30, 400), Qt::UTC);
    full.updatedAt = QDateTime(QDate(2024, 3, 6), QTime(1, 2, 3), Qt::OffsetFromUTC, 7200);
    full.related = { { QStringLiteral("Home folder"), QStringLiteral("5") } };

    User partial; // as an activation answers: id and state, nothing else said
    partial.id = QStringLiteral("u-2");
    partial.state = UserState::Inactive;
    partial.present = { UserField::Id, UserField::State };

    User local;
    local.id = QStringLiteral("u-3");
    local.createdAt = QDateTime(QDate(2023, 12, 31), QTime(23, 59), Qt::LocalTime);

    UserRows rows;
    for (const User &user : { full, partial, local, User() })
        rows.append(user);
    QCOMPARE(rows.size(), 4);
    for (int row = 0; row < rows.size(); ++row) {
        const User expected = row == 0 ? full : row == 1 ? partial : row == 2 ? local : User();
        const User actual = rows.user(row);
        for (UserField field : UserFields::all())
            QCOMPARE(actual.value(field), expected.value(field));
        QCOMPARE(actual.present, expected.present);
        QCOMPARE(actual.createdAt.timeSpec(), expected.createdAt.timeSpec());
        QCOMPARE(actual.updatedAt.toString(Qt::ISODate), expected.updatedAt.toString(Qt::ISODate));
        QCOMPARE(actual.roles, expected.roles);
    }
    QCOMPARE(rows.text(0, UserField::Role), QStringLiteral("admin, user"));
    QCOMPARE(rows.displayName(0), full.displayName());
    User unnamed;
    unnamed.id = QStringLiteral("u-4");
    unnamed.email = QStringLiteral("x@example.com");
    rows.replace(3, unnamed);
    QCOMPARE(rows.displayName(3), QStringLiteral("x@example.com"));
    QCOMPARE(rows.msecs(0, UserField::CreatedAt), full.createdAt.toMSecsSinceEpoch());
    QCOMPARE(rows.msecs(1, UserField::CreatedAt), UserRows::NoTime);
}

void UserListTest::rowsKeepMetadataTypes()
{
    // As JSON gives them ...
    const QVariantMap json{
        { QStringLiteral("name"), QStringLiteral("Zoë Müller") },
        { QStringLiteral("empty"), QString(QLatin1String("")) },
        { QStringLiteral("count"), QVariant(qlonglong(-9007199254740993LL)) },
        { QStringLiteral("ratio"), 0.1 },
        { QStringLiteral("negativeZero"), -0.0 },
        { QStringLiteral("on"), true },
        { QStringLiteral("off"), false },
        { QStringLiteral("nothing"), QVariant::fromValue(nullptr) },
        { QStringLiteral("list"),
          QVariantList{ qlonglong(1), QStringLiteral("two"), QVariantList{}, QVariantMap{} } },
        { QStringLiteral("nested"),
          QVariantMap{ { QStringLiteral("deeper"), QVariantMap{ { QStringLiteral("x"), 2.5 } } } } },
    };
    // ... and with types JSON never gives: a map is kept through QDataStream, types and all.
    QVariantMap other = json;
    other.insert(QStringLiteral("int"), QVariant(int(7)));
    other.insert(QStringLiteral("when"), QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC));

    UserRows rows;
    for (const QVariantMap &metadata : { json, other }) {
        User user;
        user.id = QStringLiteral("u-%1").arg(rows.size());
        user.metadata = metadata;
        rows.append(user);
    }
    QVERIFY(sameVariant(rows.user(0).metadata.map(), json));
    QVERIFY(sameVariant(rows.user(1).metadata.map(), other));
    QVERIFY(!sameVariant(rows.user(0).metadata.map(), other)); // the check itself tells them apart
    QCOMPARE(rows.user(1).metadata.value(QStringLiteral("int")).metaType().id(), int(QMetaType::Int));
    QCOMPARE(rows.id(1), QStringLiteral("u-1"));

    // As a page brought it: the text is stored as it is and read into the map when opened.
    const QByteArray text = R"({"name":"Zoë","n":1,"r":1.5,"deep":{"list":[null,"x",false]}})";
    User fromPage;
    fromPage.id = QStringLiteral("u-2");
    fromPage.metadata = UserMetadata::fromJsonText(text);
    rows.append(fromPage);
    const User back = rows.user(2);
    QCOMPARE(back.metadata.jsonText(), text);
    QVERIFY(sameVariant(back.metadata.map(), QJsonDocument::fromJson(text).object().toVariantMap()));
    QCOMPARE(back.metadata.value(QStringLiteral("n")).metaType().id(), int(QMetaType::LongLong));
}

void UserListTest::rowsFindById()
{
    UserRows rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(FakeUserDirectory::makeUser(i));
    QCOMPARE(rows.rowOf(QStringLiteral("u0000")), 0);
    QCOMPARE(rows.rowOf(QStringLiteral("u4999")), 4999);
    QCOMPARE(rows.rowOf(QStringLiteral("nobody")), -1);
    QCOMPARE(rows.rowOf(QString()), -1);
    rows.removeAt(10);
    QCOMPARE(rows.rowOf(QStringLiteral("u0010")), -1);
    QCOMPARE(rows.rowOf(QStringLiteral("u0011")), 10);
    User renamed = rows.user(0);
    renamed.id = QStringLiteral("new-id");
    rows.replace(0, renamed);
    QCOMPARE(rows.rowOf(QStringLiteral("new-id")), 0);
    QCOMPARE(rows.rowOf(QStringLiteral("u0000")), -1);
}

void UserListTest::datesAsQLocaleWritesThem_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *name : { "en_US", "de_DE", "fr_FR", "ja_JP", "en_GB", "ar_EG", "C" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void UserListTest::datesAsQLocaleWritesThem()
{
    QFETCH(QString, locale);
    const QLocale previous;
    QLocale::setDefault(QLocale(locale));
    const DateTimeText text;
    // The fast path checks itself against QLocale and steps aside when it disagrees; for the
    // common Western formats it must hold, or every date would go the slow way unnoticed.
    if (locale == QLatin1String("en_US") || locale == QLatin1String("de_DE")
        || locale == QLatin1String("en_GB"))
        QVERIFY2(text.isFast(), qPrintable(locale));
    QRandomGenerator random(7);
    for (int i = 0; i < 3000; ++i) {
        const qint64 msecs = qint64(random.bounded(4'000'000'000.0) * 1000.0) - 500'000'000'000LL;
        const QString expected = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(text.format(msecs), expected);
    }
    QLocale::setDefault(previous);
}

void UserListTest::datesInZonesWithDaylightSaving_data()
{
    QTest::addColumn<QByteArray>("zone");
    // Summer time north and south, a 30-minute shift (Lord Howe), a zone that dropped it
    // (Sao Paulo, 2019), and a POSIX rule rather than a file.
    for (const char *zone : { "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Sao_Paulo",
                              "Asia/Kolkata", "CET-1CEST,M3.5.0,M10.5.0/3" })
        QTest::newRow(zone) << QByteArray(zone);
}

void UserListTest::datesInZonesWithDaylightSaving()
{
    // The local offset is read once per day with localtime_r() rather than through QDateTime;
    // the text must still be what QDateTime::toLocalTime() and QLocale make of each instant,
    // on both sides of every change of offset.
    QFETCH(QByteArray, zone);
    const QByteArray previous = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", zone);
    const QLocale previousLocale;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    {
        const DateTimeText text;
        QVERIFY(text.isFast());
        const auto expected = [](qint64 msecs) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime(),
                                      QLocale::ShortFormat);
        };
        QRandomGenerator random(11);
        int changes = 0;
        for (int i = 0; i < 4000; ++i) {
            // 1970 to 2037: where localtime_r() is asked; either side of it QDateTime is.
            const qint64 msecs = qint64(random.bounded(2'140'000'000.0)) * 1000;
            QCOMPARE(text.format(msecs), expected(msecs));
        }
        // Each hour across two years, where the changes of offset are.
        const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
        int lastOffset = 0;
        for (qint64 msecs = start; msecs < start + 2 * 366 * 86400000LL; msecs += 3600000) {
            QCOMPARE(text.format(msecs), expected(msecs));
            const int offset = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime().offsetFromUtc();
            changes += msecs != start && offset != lastOffset;
            lastOffset = offset;
        }
        if (zone != "Asia/Kolkata" && zone != "America/Sao_Paulo")
            QCOMPARE(changes, 4); // the zone was read: two changes a year
    }
    QLocale::setDefault(previousLocale);
    if (hadZone)
        qputenv("TZ", previous);
    else
        qunsetenv("TZ");
}

void UserListTest::collationKeysOrderAsQCollator_data()
{
    datesAsQLocaleWritesThem_data();
}

void UserListTest::collationKeysOrderAsQCollator()
{
    QFETCH(QString, locale);
    const QStringList words{
        QStringLiteral("Zoë"),      QStringLiteral("zoe"),     QStringLiteral("Zoe"),
        QStringLiteral("Åsa"),      QStringLiteral("Aaron"),   QStringLiteral("Ängel"),
        QStringLiteral("Øystein"),  QStringLiteral("o'Brien"), QStringLiteral("O Briain"),
        QStringLiteral("van Dijk"), QStringLiteral("Łukasz"),  QStringLiteral("Lukas"),
        QStringLiteral("李"),       QStringLiteral("Ана"),     QStringLiteral("abc10"),
        QStringLiteral("abc9"),     QStringLiteral(""),        QStringLiteral("Ça")
    };
    QCollator collator{ QLocale(locale) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const CollationKeys keys{ QLocale(locale) };
    for (const QString &a : words) {
        for (const QString &b : words) {
            const int expected = collator.compare(a, b);
            const QByteArray ka = keys.key(a);
            const QByteArray kb = keys.key(b);
            const int actual = ka < kb ? -1 : kb < ka ? 1 : 0;
            QVERIFY2((expected < 0) == (actual < 0) && (expected > 0) == (actual > 0),
                     qPrintable(QStringLiteral("%1 vs %2").arg(a, b)));
        }
    }
}

void UserListTest::filterNarrowsAndWidens()
{
    List list(300);
    list.load();
    QCOMPARE(list.proxy.rowCount(), 300);
    list.proxy.setFilter(UserFilter(QStringLiteral("user 1")));
    QCOMPARE(list.proxy.rowCount(), 111); // 1, 10-19, 100-199
    list.proxy.setFilter(UserFilter(QStringLiteral("user 12")));
    QCOMPARE(list.proxy.rowCount(), 11); // narrowed from the rows shown
    QCOMPARE(list.names().first(), QStringLiteral("User 12"));
    list.proxy.setFilter(UserFilter(QStringLiteral("user 2")));
    QCOMPARE(list.proxy.rowCount(), 111); // not a narrowing: all rows looked at again
    list.proxy.setFilter(UserFilter());
    QCOMPARE(list.proxy.rowCount(), 300);
    QVERIFY(list.proxy.canFetchMore(QModelIndex()) == list.model.canFetchMore(QModelIndex()));
}

void UserListTest::filterMatchesRolesStatesAndDates()
{
    List list(100);
    list.load();
    // Every shown column counts, each as it is shown: role, state, a date in the locale's words.
    list.proxy.setFilter(UserFilter(QStringLiteral("appadmin")));
    QCOMPARE(list.proxy.rowCount(), 20);
    list.proxy.setFilter(UserFilter(QStringLiteral("inactive")));
    QCOMPARE(list.proxy.rowCount(), 15);
    const QString date = list.model.index(42, 4).data().toString();
    list.proxy.setFilter(UserFilter(date));
    QCOMPARE(list.proxy.rowCount(), 1);
    QCOMPARE(list.proxy.index(0, 0).data().toString(), QStringLiteral("User 42"));
    // Accents and case never matter; a match never spans two columns.
    User zoe = FakeUserDirectory::makeUser(500);
    zoe.name = QStringLiteral("Zoë Müller");
    list.model.addUsers({ zoe });
    list.proxy.setFilter(UserFilter(QStringLiteral("ZOE mul")));
    list.proxy.flush();
    QCOMPARE(list.names(), QStringList{ QStringLiteral("Zoë Müller") });
    list.proxy.setFilter(UserFilter(QStringLiteral("müller user500")));
    QCOMPARE(list.proxy.rowCount(), 0);
}

void UserListTest::filterFindsTextAnywhereInARow()
{
    // The scan looks for the needle's first byte and compares the rest: a partial match just
    // before the real one, a match at the very end, and a needle longer than what is left.
    // (No other column of these users holds a q or a z.)
    List list(0);
    const QStringList names{ QStringLiteral("qqqz"), QStringLiteral("xqz"), QStringLiteral("qq"),
                             QStringLiteral("zq"), QStringLiteral("z") };
    for (int i = 0; i < names.size(); ++i) {
        User user = FakeUserDirectory::makeUser(i);
        user.name = names.at(i);
        list.directory.users << user;
    }
    list.load();
    list.proxy.setFilter(UserFilter(QStringLiteral("qqz")));
    QCOMPARE(list.names(), QStringList{ QStringLiteral("qqqz") });
    list.proxy.setFilter(UserFilter(QStringLiteral("qz")));
    QCOMPARE(list.names(), (QStringList{ QStringLiteral("qqqz"), QStringLiteral("xqz") }));
    list.proxy.setFilter(UserFilter(QStringLiteral("q")));
    QCOMPARE(list.names(),
             (QStringList{ QStringLiteral("qqqz"), QStringLiteral("xqz"), QStringLiteral("qq"),
                           QStringLiteral("zq") }));
}

void UserListTest::sortIsStableAndByValue()
{
    List list(0);
    const QStringList names{ QStringLiteral("b"), QStringLiteral("Å"), QStringLiteral("a"),
                             QStringLiteral("B"), QStringLiteral("c") };
    for (int i = 0; i < names.size(); ++i) {
        User user = FakeUserDirectory::makeUser(i);
        user.name = names.at(i);
        user.createdAt = QDateTime(QDate(2025, 1, 10 - i), QTime(0, 0), Qt::UTC); // later rows earlier
        if (i == 3)
            user.createdAt = QDateTime(); // no date: first, as an invalid QDateTime compares
        list.directory.users << user;
    }
    list.load();
    list.proxy.sort(0, Qt::AscendingOrder);
    // Case ignored, ties in the server's order ("b" came before "B"), accents after the base letter.
    QCOMPARE(list.names(),
             (QStringList{ QStringLiteral("a"), QStringLiteral("Å"), QStringLiteral("b"), QStringLiteral("B"),
                           QStringLiteral("c") }));
    list.proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(list.names(),
             (QStringList{ QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("Å"),
                           QStringLiteral("a") }));
    list.proxy.sort(4, Qt::AscendingOrder);
    QCOMPARE(list.names(),
             (QStringList{ QStringLiteral("B"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("Å"),
                           QStringLiteral("b") }));
    list.proxy.sort(-1);
    QCOMPARE(list.names(), names);
}

void UserListTest::sortOfManyRowsAgreesWithComparing()
{
    // Enough rows for the radix sort (a few thousand and up), names that agree on far more than
    // eight bytes of their keys, repeated names in other cases, repeated and missing dates.
    List list(0);
    QRandomGenerator random(9);
    const QStringList first{ QStringLiteral("Maximilian"), QStringLiteral("Maximiliane"),
                             QStringLiteral("Zoë"),        QStringLiteral("zoe"),
                             QStringLiteral("Åsa"),        QStringLiteral("Asa") };
    const QStringList last{ QStringLiteral("Müller-Lüdenscheidt"), QStringLiteral("Muller-Ludenscheidt"),
                            QStringLiteral("Müller"), QStringLiteral("MÜLLER"), QString() };
    const int count = 6000;
    for (int i = 0; i < count; ++i) {
        User user = FakeUserDirectory::makeUser(i);
        user.name = first.at(int(random.bounded(first.size()))) + QLatin1Char(' ')
            + last.at(int(random.bounded(last.size()))) + QLatin1Char(' ')
            + QString::number(random.bounded(30));
        user.createdAt = random.bounded(20) == 0
            ? QDateTime()
            : QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(3600 * random.bounded(500));
        list.directory.users << user;
    }
    list.load();
    QCOMPARE(list.proxy.rowCount(), count);

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto expected = [&](int column, Qt::SortOrder order) {
        QList<int> rows(count);
        std::iota(rows.begin(), rows.end(), 0);
        const auto compare = [&](int a, int b) {
            const User &x = list.directory.users.at(a);
            const User &y = list.directory.users.at(b);
            if (column == 0)
                return collator.compare(x.name, y.name);
            const qint64 p = x.createdAt.isValid() ? x.createdAt.toMSecsSinceEpoch() : LLONG_MIN;
            const qint64 q = y.createdAt.isValid() ? y.createdAt.toMSecsSinceEpoch() : LLONG_MIN;
            return p < q ? -1 : p > q ? 1 : 0;
        };
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int compared = compare(a, b);
            return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
        });
        QStringList ids;
        for (int row : rows)
            ids << list.directory.users.at(row).id;
        return ids;
    };
    const auto shown = [&] {
        QStringList ids;
        for (int row = 0; row < list.proxy.rowCount(); ++row)
            ids << list.model.userAt(list.proxy.mapToSource(list.proxy.index(row, 0)).row()).id;
        return ids;
    };
    for (const int column : { 0, 4 }) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            list.proxy.sort(column, order);
            QCOMPARE(shown(), expected(column, order));
        }
    }
}

void UserListTest::selectionFollowsItsUser()
{
    List list(200);
    list.load();
    QItemSelectionModel selection(&list.proxy);
    selection.setCurrentIndex(list.proxy.index(150, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list.proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("User 150"));
    list.proxy.setFilter(UserFilter(QStringLiteral("user 15")));
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("User 150"));
    QVERIFY(selection.isRowSelected(selection.currentIndex().row(), QModelIndex()));
    list.proxy.setFilter(UserFilter(QStringLiteral("user 16")));
    QVERIFY(!selection.currentIndex().isValid()); // filtered out: no current user
}

void UserListTest::streamedRowsReachTheViewOnceAFrame()
{
    List list(5000);
    list.model.setQuery(UserQuery{ 1, 100, QString(), {} });
    QSignalSpy inserted(&list.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(&list.model, &PagedTableModel::batchFinished);
    list.model.reload();
    list.model.loadAll();
    QVERIFY(finished.wait());
    QTRY_COMPARE(list.proxy.rowCount(), 5000);
    QVERIFY2(inserted.count() < 50, qPrintable(QString::number(inserted.count())));
    // A row that just arrived can be mapped at once after flush().
    list.model.addUsers({ FakeUserDirectory::makeUser(9000) });
    QVERIFY(!list.proxy.mapFromSource(list.model.index(5000, 0)).isValid() || list.proxy.rowCount() == 5001);
    list.proxy.flush();
    QCOMPARE(list.proxy.mapFromSource(list.model.index(5000, 0)).row(), 5000);
}

void UserListTest::sortedViewTakesNewRowsInPlace()
{
    List list(50);
    list.load();
    list.proxy.sort(0, Qt::AscendingOrder);
    list.proxy.setFilter(UserFilter(QStringLiteral("user 1")));
    User late = FakeUserDirectory::makeUser(1000);
    late.name = QStringLiteral("User 1 late");
    User other = FakeUserDirectory::makeUser(1001);
    other.name = QStringLiteral("Somebody");
    list.model.addUsers({ late, other });
    list.proxy.flush();
    const QStringList shown = list.names();
    QCOMPARE(shown.size(), 12);
    QCOMPARE(shown.at(0), QStringLiteral("User 1"));
    QCOMPARE(shown.at(1), QStringLiteral("User 1 late"));
    QCOMPARE(shown.at(2), QStringLiteral("User 10"));
}

void UserListTest::changesMoveAndHideRows()
{
    List list(30);
    list.load();
    list.proxy.sort(0, Qt::AscendingOrder);
    User renamed = list.model.userAt(list.model.rowOfUser(QStringLiteral("u0005")));
    renamed.name = QStringLiteral("AAA first");
    list.model.updateUser(renamed);
    QCOMPARE(list.names().first(), QStringLiteral("AAA first"));
    list.proxy.setFilter(UserFilter(QStringLiteral("aaa")));
    QCOMPARE(list.proxy.rowCount(), 1);
    renamed.name = QStringLiteral("Nobody now");
    list.model.updateUser(renamed);
    QCOMPARE(list.proxy.rowCount(), 0);
    renamed.name = QStringLiteral("aaa again");
    list.model.updateUser(renamed);
    QCOMPARE(list.names(), QStringList{ QStringLiteral("aaa again") });
}

void UserListTest::removedRowsLeave()
{
    List list(40);
    list.load();
    list.proxy.sort(0, Qt::DescendingOrder);
    list.model.removeUser(QStringLiteral("u0009"));
    QCOMPARE(list.proxy.rowCount(), 39);
    QVERIFY(!list.names().contains(QStringLiteral("User 9")));
    for (int row = 0; row < list.proxy.rowCount(); ++row) {
        const QModelIndex source = list.proxy.mapToSource(list.proxy.index(row, 0));
        QCOMPARE(list.proxy.mapFromSource(source).row(), row);
    }
    list.proxy.setFilter(UserFilter(QStringLiteral("user 3")));
    list.model.removeUser(QStringLiteral("u0030"));
    QCOMPARE(list.proxy.rowCount(), 10); // 3, 31-39
}

QTEST_GUILESS_MAIN(UserListTest)
#include "tst_userlist.moc"
