// test::figuresBreakingTheRules(): the scan other tests run over HR's database. Each case
// stores figures that HrStore accepts but the rules never release, and the scan must name them.

#include "hr_fixtures.h"
#include "hr_rule_scan.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using kw::hr::Dimension;
using kw::hr::Figure;
using kw::privacy::Reason;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");
const QString kWho5 = QStringLiteral("score.who5"); // k = 10 in the test profile

Figure released(Dimension d, const char* cell, qint64 n)
{
    return test::releasedFigure(d, QString::fromUtf8(cell), kWho5, n, 6000 * n, 36'000'000 * n);
}

Figure withheld(Dimension d, const char* cell, Reason reason = Reason::FewerThanK)
{
    return test::withheldFigure(d, QString::fromUtf8(cell), kWho5, reason);
}

/** A first release that keeps every rule: 30 teachers, onderbouw 14, the rest withheld. */
QList<Figure> clean(qint64 school = 30, qint64 onderbouw = 14)
{
    return { released(Dimension::School, "", school),
        released(Dimension::Team, "onderbouw", onderbouw), withheld(Dimension::Team, "middenbouw"),
        withheld(Dimension::Team, "", Reason::ProtectsSmallerGroup),
        released(Dimension::Role, "leraar", school) };
}

} // namespace

class TestRuleScan : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatBreaksTheRules_data();
    void findsWhatBreaksTheRules();
};

void TestRuleScan::findsWhatBreaksTheRules_data()
{
    QTest::addColumn<QList<QList<Figure>>>("releases");
    QTest::addColumn<QString>("problem"); ///< empty: nothing to find

    QTest::newRow("clean") << QList<QList<Figure>> { clean() } << QString();
    QTest::newRow("clean re-release")
        << QList<QList<Figure>> { clean(), clean(40, 14) } << QString();
    QTest::newRow("fewer than k") << QList<QList<Figure>> {
        { released(Dimension::School, "", 30), released(Dimension::Team, "onderbouw", 7) }
    } << QStringLiteral("team onderbouw: released with 7 contributors, k is 10");
    QTest::newRow("too close to the school") << QList<QList<Figure>> {
        { released(Dimension::School, "", 20), released(Dimension::Team, "onderbouw", 14) }
    } << QStringLiteral("team onderbouw: the school minus this cell is 6");
    QTest::newRow("the released cells give the rest away") << QList<QList<Figure>> {
        { released(Dimension::School, "", 30), released(Dimension::Team, "onderbouw", 14),
            released(Dimension::Team, "middenbouw", 12) }
    } << QStringLiteral("the school minus the released cells of team is 4");
    QTest::newRow("a cell without its school") << QList<QList<Figure>> {
        { withheld(Dimension::School, ""), released(Dimension::AgeBand, "30-44", 12) }
    } << QStringLiteral("age_band 30-44: released while the school is not");
    QTest::newRow("a re-release three apart")
        << QList<QList<Figure>> { clean(), clean(33, 14) }
        << QStringLiteral("release 2, score.who5, school: differs from its earlier release by 3");
    QTest::newRow("a re-release whose additions give one away")
        << QList<QList<Figure>> { clean(), clean(42, 25) }
        << QStringLiteral("team onderbouw: the school minus this cell is 1 (added by the "
                          "re-release)");
}

void TestRuleScan::findsWhatBreaksTheRules()
{
    QFETCH(QList<QList<Figure>>, releases);
    QFETCH(QString, problem);
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    for (qsizetype r = 0; r < releases.size(); ++r) {
        const Status stored
            = hr.store().storeRelease(test::releaseRecord(kPeriod, int(r + 1), releases[r]));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    }
    const QStringList found = test::figuresBreakingTheRules(hr.store());
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(
        found.join(QLatin1Char('\n')).contains(problem), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRuleScan)
#include "tst_rule_scan.moc"
