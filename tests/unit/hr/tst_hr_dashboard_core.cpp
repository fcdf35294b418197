// What HR's dashboard needs of core beyond the report: the change since the previous period
// (hr/period_change), participation against the profile's staff (hr/participation) and the
// report over several periods (hr/report_history, hr::contributorsOf()). Worked out by
// hand or from published examples.
#include "hr/participation.h"
#include "hr/period_change.h"
#include "hr/report_history.h"
#include "hr_fixtures.h"

#include <QTest>
#include <cmath>

using namespace kw;
using hr::ChangeVerdict;
using hr::Dimension;
using privacy::Reason;

namespace {

bool near(double actual, double expected, double tolerance = 1e-4)
{
    return std::abs(actual - expected) <= tolerance;
}

#define QCOMPARE_NEAR(actual, expected, tolerance)                                                 \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!near(a_, e_, (tolerance)))                                                            \
            QFAIL(                                                                                 \
                qPrintable(QStringLiteral("%1 is not %2").arg(a_, 0, 'f', 6).arg(e_, 0, 'f', 6))); \
    } while (false)

hr::FigureStatistics meanOf(qint64 n, double mean, double sd)
{
    hr::FigureStatistics s;
    s.n = n;
    s.mean = mean;
    s.sd = sd;
    return s;
}

hr::FigureStatistics shareOf(qint64 successes, qint64 n)
{
    hr::FigureStatistics s;
    s.n = n;
    s.share = double(successes) / double(n);
    s.shareInterval = hr::wilson95(successes, n);
    return s;
}

hr::ReportRow row(
    hr::MetricKind kind, const hr::FigureStatistics& statistics, Reason reason = Reason::Released)
{
    hr::ReportRow r;
    r.kind = kind;
    r.reason = reason;
    r.statistics = statistics;
    return r;
}

const QString kWho5 = QStringLiteral("score.who5");

} // namespace

class TestHrDashboardCore : public QObject
{
    Q_OBJECT

private slots:
    void welchIntervalByHand()
    {
        // n 20, mean 60, sd 15 → n 25, mean 52, sd 18: se² = 11.25 + 12.96 = 24.21, Welch df
        // 42.9 → 42, t(42) = 2.0181 (the table's 40 and 50, linear in 1/df), half 9.930.
        const auto change = hr::meanChange(meanOf(20, 60, 15), meanOf(25, 52, 18));
        QVERIFY(change);
        QCOMPARE_NEAR(change->difference, -8.0, 1e-9);
        QCOMPARE_NEAR(change->interval.low, -8.0 - 2.01812 * std::sqrt(24.21), 1e-3);
        QCOMPARE_NEAR(change->interval.high, -8.0 + 2.01812 * std::sqrt(24.21), 1e-3);
        QCOMPARE(change->verdict, ChangeVerdict::Same); // the interval holds zero
    }

    void welchCallsAClearDropAChange()
    {
        // The same spread, 40 colleagues each, 12 points lower: se = √(225/40·2) = 3.354, df 78,
        // the interval −12 ± 6.7 lies below zero.
        const auto change = hr::meanChange(meanOf(40, 64, 15), meanOf(40, 52, 15));
        QVERIFY(change);
        QCOMPARE(change->verdict, ChangeVerdict::Down);
        QVERIFY(change->interval.high < 0);
        const auto up = hr::meanChange(meanOf(40, 52, 15), meanOf(40, 64, 15));
        QCOMPARE(up->verdict, ChangeVerdict::Up);
    }

    void welchNeedsSpreadOnBothSides()
    {
        hr::FigureStatistics one = meanOf(1, 60, 0);
        one.sd.reset();
        QVERIFY(!hr::meanChange(one, meanOf(20, 50, 10)));
        // No spread at all: the difference is exact, so any difference is a change.
        const auto exact = hr::meanChange(meanOf(10, 3, 0), meanOf(10, 3.5, 0));
        QCOMPARE(exact->verdict, ChangeVerdict::Up);
        QCOMPARE(hr::meanChange(meanOf(10, 3, 0), meanOf(12, 3, 0))->verdict, ChangeVerdict::Same);
    }

    void newcombeMatchesThePublishedExample()
    {
        // Newcombe (1998), Statistics in Medicine 17:873, table II example (b): 56/70 − 48/80,
        // difference 0.2, method 10 interval 0.0524 to 0.3339.
        const auto change = hr::shareChange(shareOf(48, 80), shareOf(56, 70));
        QVERIFY(change);
        QCOMPARE_NEAR(change->difference, 0.2, 1e-9);
        QCOMPARE_NEAR(change->interval.low, 0.0524, 5e-4);
        QCOMPARE_NEAR(change->interval.high, 0.3339, 5e-4);
        QCOMPARE(change->verdict, ChangeVerdict::Up);
        // Another of its examples, 9/10 − 3/10: 0.1705 to 0.8090 (the Wald interval would be wider
        // at one end and narrower at the other).
        const auto small = hr::shareChange(shareOf(3, 10), shareOf(9, 10));
        QCOMPARE_NEAR(small->interval.low, 0.1705, 5e-4);
        QCOMPARE_NEAR(small->interval.high, 0.8090, 5e-4);
    }

    void sharesThatBarelyMoveAreNoChange()
    {
        const auto change = hr::shareChange(shareOf(10, 60), shareOf(12, 62));
        QCOMPARE(change->verdict, ChangeVerdict::Same);
        QVERIFY(change->interval.low < 0 && change->interval.high > 0);
    }

    void periodChangeSaysWhyItCannotCompare()
    {
        const hr::ReportRow now = row(hr::MetricKind::Score, meanOf(40, 52, 15));
        const hr::ReportRow before = row(hr::MetricKind::Score, meanOf(40, 64, 15));
        QCOMPARE(hr::periodChange(nullptr, now).verdict, ChangeVerdict::NoEarlier);
        QCOMPARE(hr::periodChange(&before, now).verdict, ChangeVerdict::Down);
        const hr::ReportRow withheld = row(hr::MetricKind::Score, {}, Reason::FewerThanK);
        QCOMPARE(hr::periodChange(&withheld, now).verdict, ChangeVerdict::WithheldEarlier);
        QCOMPARE(hr::periodChange(&before, withheld).verdict, ChangeVerdict::WithheldNow);
        const hr::ReportRow share = row(hr::MetricKind::Indicator, shareOf(56, 70));
        const hr::ReportRow shareBefore = row(hr::MetricKind::Indicator, shareOf(48, 80));
        QCOMPARE(hr::periodChange(&shareBefore, share).verdict, ChangeVerdict::Up);
        hr::FigureStatistics choice;
        choice.n = 30;
        choice.share = 0.4;
        QCOMPARE(hr::periodChange(&before, row(hr::MetricKind::Choice, choice)).verdict,
            ChangeVerdict::NotTested);
    }

    void participationAgainstTheProfilesStaff()
    {
        SchoolProfile p;
        p.teams = { { QStringLiteral("a"), QStringLiteral("A"), 30 },
            { QStringLiteral("b"), QStringLiteral("B"), 20 } };
        p.roles = { { QStringLiteral("leraar"), QStringLiteral("Leraar"), 99 } };
        QCOMPARE(hr::profileStaffCount(p), 50); // the teams, not the roles
        hr::Participation part = hr::participation(29, p);
        QCOMPARE(part.staff, 50);
        QCOMPARE_NEAR(*part.share, 0.58, 1e-12);
        QVERIFY(part.low); // under 60 %
        part = hr::participation(30, p);
        QVERIFY(!part.low); // exactly 60 % is not low
        QVERIFY(!part.exceedsStaff());
        QVERIFY(hr::participation(51, p).exceedsStaff());

        p.teams.clear();
        QCOMPARE(hr::profileStaffCount(p), 99); // no teams: the roles
        p.roles.clear();
        part = hr::participation(12, p);
        QCOMPARE(part.staff, 0);
        QVERIFY(!part.share);
        QVERIFY(!part.low); // unknown is not low
    }

    void historyReadsEveryPeriodInOrder()
    {
        test::TempHr hr;
        QVERIFY(hr.open());
        const QString first = QStringLiteral("2026-2027/1of6");
        const QString second = QStringLiteral("2026-2027/2of6");
        QVERIFY(hr.store().storeRelease(test::releaseRecord(second, 1,
            { test::releasedFigure(Dimension::School, {}, kWho5, 12, 12 * 5000, 12 * 5000 * 5000),
                test::withheldFigure(
                    Dimension::Team, QStringLiteral("onderbouw"), kWho5, Reason::FewerThanK) },
            { test::hrPart(1), test::hrPart(2), test::hrPart(3) })));
        QVERIFY(hr.store().storeRelease(test::releaseRecord(first, 1,
            { test::releasedFigure(Dimension::School, {}, kWho5, 10, 10 * 6000, 10 * 6000 * 6000) },
            { test::hrPart(4), test::hrPart(5) })));

        auto history = hr::reportHistory(hr.store(), {});
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).period, first); // oldest first, whatever the import order
        QCOMPARE(history->at(1).period, second);
        QCOMPARE(history->at(1).profile.schoolName, hr.profile().schoolName);

        const hr::ReportIndex index(*history);
        const hr::ReportRow* school = index.row(0, Dimension::School, {}, kWho5);
        QVERIFY(school);
        QCOMPARE_NEAR(*school->statistics.mean, 60.0, 1e-9);
        const hr::ReportRow* team
            = index.row(1, Dimension::Team, QStringLiteral("onderbouw"), kWho5);
        QVERIFY(team);
        QVERIFY(!team->released());
        QVERIFY(!index.row(0, Dimension::Team, QStringLiteral("onderbouw"), kWho5));

        QCOMPARE(hr::contributorsOf(history->at(0).rows), 10);
        QCOMPARE(hr::contributorsOf(history->at(1).rows), 12); // the withheld team adds nothing

        auto one = hr::reportHistory(hr.store(), { { second }, Dimension::School, { kWho5 } });
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->at(0).rows.size(), 1);
        auto missing
            = hr::reportHistory(hr.store(), { { QStringLiteral("2026-2027/5of6") }, {}, {} });
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestHrDashboardCore)
#include "tst_hr_dashboard_core.moc"
