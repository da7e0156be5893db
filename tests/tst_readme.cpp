// The README's table of services is what the registry declares: the same names, the same
// --service ids, one row each, and the sign-in a service needs said where it needs one.

#include "ServiceRegistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class ReadmeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serviceTableMatchesTheRegistry();
};

void ReadmeTest::serviceTableMatchesTheRegistry()
{
    QFile file(QStringLiteral(ROSTER_SOURCE_DIR "/README.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const qsizetype header
        = lines.indexOf(QStringLiteral("| Service (`--service`) | Auth | What Roster does with it |"));
    QVERIFY2(header >= 0, "the README has no table of services");
    // Rows follow the header and its |---| line, up to the first line that is not a row.
    QHash<QString, QStringList> rows; // id -> cells
    static const QRegularExpression first(QStringLiteral(R"(^(.+) \(`([a-z0-9-]+)`\)$)"));
    for (qsizetype i = header + 2; i < lines.size() && lines.at(i).startsWith(QLatin1Char('|')); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        QVERIFY2(cells.size() >= 3, qPrintable(lines.at(i)));
        const QRegularExpressionMatch match = first.match(cells.first().trimmed());
        QVERIFY2(match.hasMatch(), qPrintable(cells.first()));
        rows.insert(match.captured(2), { match.captured(1), cells.at(1).trimmed(), cells.at(2).trimmed() });
    }
    const QList<ServiceKind> &kinds = ServiceRegistry::kinds();
    QVERIFY(!kinds.isEmpty());
    QCOMPARE(rows.size(), kinds.size());
    for (const ServiceKind &kind : kinds) {
        QVERIFY2(rows.contains(kind.id), qPrintable(kind.id));
        const QStringList row = rows.value(kind.id);
        QCOMPARE(row.at(0), kind.displayName);
        if (kind.usesUsername)
            QVERIFY2(row.at(1).contains(QStringLiteral("username")), qPrintable(row.at(1)));
        if (kind.usesOrganization)
            QVERIFY2(row.at(1).contains(QStringLiteral("x-org")), qPrintable(row.at(1)));
        if (!kind.description.can(Capability::DeleteUser))
            QVERIFY2(row.at(2).contains(QStringLiteral("No delete")), qPrintable(row.at(2)));
    }
}

QTEST_GUILESS_MAIN(ReadmeTest)
#include "tst_readme.moc"
