// HR's report from stored figures (core/hr/hr_report, group_statistics, metric_kind): the
// statistics worked out by hand, which release's figure counts, and choice shares.
#include "exchange/metric_layout.h"
#include "exchange_fixtures.h"
#include "hr/hr_report.h"
#include "hr_fixtures.h"

#include <QTest>
#include <cmath>

using namespace kw;
using hr::Dimension;
using privacy::Reason;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");
const QString kWho5 = QStringLiteral("score.who5");

hr::CellFigure inRelease(
    const hr::Figure& figure, int releaseNumber, const QString& period = kPeriod)
{
    hr::CellFigure f;
    static_cast<hr::Figure&>(f) = figure;
    f.period = period;
    f.releaseNumber = releaseNumber;
    return f;
}

SchoolProfile testProfile()
{
    return test::signedProfileFor(test::schoolKeys(), test::custodianKeys());
}

const hr::ReportRow* rowOf(const QList<hr::ReportRow>& rows, Dimension dimension,
    const QString& cell, const QString& metric)
{
    for (const hr::ReportRow& row : rows) {
        if (row.dimension == dimension && row.cellId == cell && row.metricId == metric)
            return &row;
    }
    return nullptr;
}

bool near(double actual, double expected, double tolerance = 1e-4)
{
    return std::abs(actual - expected) <= tolerance;
}

#define QCOMPARE_NEAR(actual, expected)                                                            \
    QVERIFY2(near((actual), (expected)),                                                           \
        qPrintable(                                                                                \
            QStringLiteral("%1 is not %2").arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)))

} // namespace

class TestHrReport : public QObject
{
    Q_OBJECT

private slots:
    void studentTFollowsTheTable();
    void scoreMeanSpreadAndIntervalWorkedByHand();
    void countsGiveMeanPerTeacherAndTotal();
    void cutOffShareHasAWilsonInterval();
    void oneContributorHasNoSpread();
    void metricKindsComeFromTheIdPrefix();
    void aReReleaseReplacesOnlyWhereItReleasedAgain();
    void aWithheldFigureShowsItsReasonAndNoNumber();
    void choiceShareNeedsBothFiguresReleasedInOneRelease();
    void choiceWithoutItsAskedFigureIsNotShown();
    void cellsAndMetricsAreNamedFromTheProfileInItsOrder();
};

void TestHrReport::studentTFollowsTheTable()
{
    QCOMPARE(hr::studentT95(1), 12.7062);
    QCOMPARE(hr::studentT95(4), 2.7764);
    QCOMPARE(hr::studentT95(30), 2.0423);
    QCOMPARE_NEAR(hr::studentT95(35), 2.0301); // the true value; linear in 1/df between rows
    QCOMPARE(hr::studentT95(120), 1.9799);
    QCOMPARE(hr::studentT95(121), 1.96);
    QCOMPARE(hr::studentT95(100000), 1.96);
    QVERIFY(std::isnan(hr::studentT95(0)));
    // Never below the normal value and never rising with more degrees of freedom.
    for (int df = 1; df < 130; ++df)
        QVERIFY2(hr::studentT95(df) >= hr::studentT95(df + 1) && hr::studentT95(df) >= 1.96,
            qPrintable(QString::number(df)));
}

void TestHrReport::scoreMeanSpreadAndIntervalWorkedByHand()
{
    // WHO-5 scores 40, 52, 64, 68, 76: mean 60; deviations −20, −8, 4, 8, 16 square to 800,
    // so s² = 800 / 4 = 200 and s = 14.1421; the interval is 60 ± 2.7764 · 14.1421 / √5.
    const hr::Figure figure = test::schoolFigureOf(kWho5, { 40, 52, 64, 68, 76 }, 100);
    QCOMPARE(figure.sum, 30000);
    QCOMPARE(figure.sumSquares, 188000000);
    const auto rows = hr::periodReport({ inRelease(figure, 1) }, testProfile());
    QCOMPARE(rows.size(), 1);
    const hr::ReportRow& row = rows.first();
    QVERIFY(row.released());
    QCOMPARE(row.kind, hr::MetricKind::Score);
    const hr::FigureStatistics& s = row.statistics;
    QCOMPARE(s.n, 5);
    QCOMPARE_NEAR(*s.mean, 60.0);
    QCOMPARE_NEAR(*s.sd, 14.142136);
    QCOMPARE_NEAR(s.meanInterval->low, 42.440505);
    QCOMPARE_NEAR(s.meanInterval->high, 77.559495);
    QVERIFY(!s.share && !s.total);
}

void TestHrReport::countsGiveMeanPerTeacherAndTotal()
{
    // Reflections 0..5 of six teachers: 15 in all, 2.5 each, s = √3.5 = 1.8708, t(5) = 2.5706.
    const auto rows = hr::periodReport(
        { inRelease(
            test::schoolFigureOf(QStringLiteral("value.vertrouwen"), { 0, 1, 2, 3, 4, 5 }, 1), 1) },
        testProfile());
    const hr::FigureStatistics& s = rows.value(0).statistics;
    QCOMPARE(rows.value(0).kind, hr::MetricKind::Count);
    QCOMPARE(s.n, 6);
    QCOMPARE(*s.total, 15);
    QCOMPARE_NEAR(*s.mean, 2.5);
    QCOMPARE_NEAR(*s.sd, 1.870829);
    QCOMPARE_NEAR(s.meanInterval->low, 0.536672);
    QCOMPARE_NEAR(s.meanInterval->high, 4.463328);
}

void TestHrReport::cutOffShareHasAWilsonInterval()
{
    // 3 of 12 teachers at or below 50: p = 0.25; Wilson with z = 1.96 gives 0.0889 to 0.5323.
    const hr::Figure figure
        = test::releasedFigure(Dimension::School, {}, QStringLiteral("cutoff.who5.50"), 12, 3, 3);
    const auto rows = hr::periodReport({ inRelease(figure, 1) }, testProfile());
    const hr::ReportRow& row = rows.value(0);
    QCOMPARE(row.kind, hr::MetricKind::Indicator);
    QCOMPARE(row.statistics.n, 12);
    QCOMPARE_NEAR(*row.statistics.share, 0.25);
    QCOMPARE_NEAR(row.statistics.shareInterval->low, 0.088940);
    QCOMPARE_NEAR(row.statistics.shareInterval->high, 0.532310);
    QVERIFY(!row.statistics.mean && !row.statistics.meanInterval);
    // At the edges the interval stays inside 0..1 and never collapses to a point.
    const auto none = hr::wilson95(0, 10);
    QCOMPARE(none->low, 0.0);
    QCOMPARE_NEAR(none->high, 0.277540);
    const auto all = hr::wilson95(10, 10);
    QCOMPARE_NEAR(all->low, 0.722460);
    QCOMPARE(all->high, 1.0);
    QVERIFY(!hr::wilson95(11, 10) && !hr::wilson95(-1, 10) && !hr::wilson95(0, 0));
}

void TestHrReport::oneContributorHasNoSpread()
{
    const auto one = hr::estimateMean(1, 6400, 6400 * 6400, 100);
    QCOMPARE_NEAR(one->mean, 64.0);
    QVERIFY(!one->sd && !one->interval);
    QVERIFY(!hr::estimateMean(0, 0, 0));
    // Everyone the same: no spread, and an interval of one point.
    const auto same = hr::estimateMean(10, 10 * 6400, 10 * 6400LL * 6400, 100);
    QCOMPARE(*same->sd, 0.0);
    QCOMPARE_NEAR(same->interval->low, 64.0);
    // Large sums: 100 000 teachers, half at 1000.00 and half at 999.99 (the highest score an
    // instrument may give): n·Σx² passes 2^63, and the spread is still exact, 0.005 · √(n / (n −
    // 1)).
    const qint64 n = 100000;
    const qint64 sum = 50000 * 100000LL + 50000 * 99999LL;
    const qint64 squares = 50000 * 100000LL * 100000LL + 50000 * 99999LL * 99999LL;
    const auto big = hr::estimateMean(n, sum, squares, 100);
    QVERIFY(near(big->mean, 999.995, 1e-9));
    QVERIFY(near(*big->sd, 0.005 * std::sqrt(double(n) / double(n - 1)), 1e-12));
}

void TestHrReport::metricKindsComeFromTheIdPrefix()
{
    QCOMPARE(hr::metricKind(QStringLiteral("score.who5")), hr::MetricKind::Score);
    QCOMPARE(hr::metricKind(QStringLiteral("item.pulse.energie")), hr::MetricKind::Score);
    QCOMPARE(hr::metricKind(QStringLiteral("cutoff.who5.28")), hr::MetricKind::Indicator);
    QCOMPARE(hr::metricKind(QStringLiteral("value.vertrouwen")), hr::MetricKind::Count);
    QCOMPARE(hr::metricKind(QStringLiteral("choice.werkdruk.e-mail")), hr::MetricKind::Choice);
    QCOMPARE(hr::metricKind(QStringLiteral("asked.werkdruk")), hr::MetricKind::Asked);
    QCOMPARE(hr::metricKind(QStringLiteral("scores.who5")), hr::MetricKind::Other);
    QCOMPARE(hr::metricScale(hr::MetricKind::Score), 100);
    QCOMPARE(hr::metricScale(hr::MetricKind::Indicator), 1);
    QCOMPARE(hr::askedMetricFor(QStringLiteral("choice.werkdruk.e-mail")),
        QStringLiteral("asked.werkdruk"));
    QCOMPARE(hr::askedMetricFor(QStringLiteral("value.vertrouwen")), QString());
    QCOMPARE(hr::metricsToRead(QStringLiteral("choice.blij.collegas")),
        QStringList({ QStringLiteral("choice.blij.collegas"), QStringLiteral("asked.blij") }));
    QCOMPARE(hr::metricsToRead(kWho5), QStringList { kWho5 });
}

void TestHrReport::aReReleaseReplacesOnlyWhereItReleasedAgain()
{
    const QString onder = QStringLiteral("onderbouw");
    const QString midden = QStringLiteral("middenbouw");
    const QString boven = QStringLiteral("bovenbouw");
    const QList<hr::CellFigure> figures {
        // Release 1: the school and onderbouw released, middenbouw too small, bovenbouw released.
        inRelease(test::releasedFigure(Dimension::School, {}, kWho5, 20, 120000, 0), 1),
        inRelease(test::releasedFigure(Dimension::Team, onder, kWho5, 10, 60000, 0), 1),
        inRelease(test::withheldFigure(Dimension::Team, midden, kWho5, Reason::FewerThanK), 1),
        inRelease(test::releasedFigure(Dimension::Team, boven, kWho5, 10, 50000, 0), 1),
        // Release 2: the school again with 10 more; onderbouw got too few of them; middenbouw
        // stays hidden; bovenbouw is released again with all 10.
        inRelease(test::releasedFigure(Dimension::School, {}, kWho5, 30, 170000, 0), 2),
        inRelease(test::withheldFigure(Dimension::Team, onder, kWho5, Reason::TooFewAdded), 2),
        inRelease(test::withheldFigure(Dimension::Team, midden, kWho5, Reason::WithheldEarlier), 2),
        inRelease(test::releasedFigure(Dimension::Team, boven, kWho5, 20, 110000, 0), 2),
    };
    // The order of the stored figures does not matter.
    for (const bool reversed : { false, true }) {
        QList<hr::CellFigure> input = figures;
        if (reversed)
            std::reverse(input.begin(), input.end());
        const auto counting = hr::countingFigures(input);
        QCOMPARE(counting.size(), 4);
        const auto rows = hr::periodReport(input, testProfile());
        const auto* school = rowOf(rows, Dimension::School, {}, kWho5);
        QCOMPARE(school->releaseNumber, 2);
        QCOMPARE(school->statistics.n, 30);
        const auto* o = rowOf(rows, Dimension::Team, onder, kWho5);
        QCOMPARE(o->releaseNumber, 1); // not updated: release 1's figure stands
        QVERIFY(o->released());
        QCOMPARE(o->statistics.n, 10);
        QCOMPARE_NEAR(*o->statistics.mean, 60.0);
        const auto* m = rowOf(rows, Dimension::Team, midden, kWho5);
        QVERIFY(!m->released());
        QCOMPARE(m->releaseNumber, 2); // the latest reason
        QCOMPARE(m->reason, Reason::WithheldEarlier);
        const auto* b = rowOf(rows, Dimension::Team, boven, kWho5);
        QCOMPARE(b->releaseNumber, 2);
        QCOMPARE_NEAR(*b->statistics.mean, 55.0);
    }
}

void TestHrReport::aWithheldFigureShowsItsReasonAndNoNumber()
{
    const auto rows
        = hr::periodReport({ inRelease(test::withheldFigure(Dimension::Role, QStringLiteral("ib"),
                                           kWho5, Reason::ProtectsSmallerGroup),
                               1) },
            testProfile());
    const hr::ReportRow& row = rows.value(0);
    QVERIFY(!row.released());
    QCOMPARE(row.withheldText(), privacy::reasonText(Reason::ProtectsSmallerGroup));
    QCOMPARE(row.withheldId(), QStringLiteral("protects_smaller_group"));
    QCOMPARE(row.statistics.n, 0);
    QVERIFY(!row.statistics.mean && !row.statistics.sd && !row.statistics.share
        && !row.statistics.total && !row.statistics.meanInterval);
}

void TestHrReport::choiceShareNeedsBothFiguresReleasedInOneRelease()
{
    const QString choice = QStringLiteral("choice.werkdruk.e-mail");
    const QString asked = QStringLiteral("asked.werkdruk");
    const QString onder = QStringLiteral("onderbouw");
    const QString midden = QStringLiteral("middenbouw");
    const QString boven = QStringLiteral("bovenbouw");
    const QList<hr::CellFigure> figures {
        // School: 12 of 48 check-ins named e-mail.
        inRelease(test::releasedFigure(Dimension::School, {}, choice, 10, 12, 30), 1),
        inRelease(test::releasedFigure(Dimension::School, {}, asked, 10, 48, 240), 1),
        // Onderbouw: the choice released, the check-ins that asked withheld: no share.
        inRelease(test::releasedFigure(Dimension::Team, onder, choice, 5, 4, 6), 1),
        inRelease(
            test::withheldFigure(Dimension::Team, onder, asked, Reason::TooCloseToAnotherGroup), 1),
        // Middenbouw: the choice withheld itself.
        inRelease(test::withheldFigure(Dimension::Team, midden, choice, Reason::FewerThanK), 1),
        inRelease(test::releasedFigure(Dimension::Team, midden, asked, 5, 20, 90), 1),
        // Bovenbouw: both in release 1; in release 2 only the choice again: release 1 counts.
        inRelease(test::releasedFigure(Dimension::Team, boven, choice, 5, 5, 5), 1),
        inRelease(test::releasedFigure(Dimension::Team, boven, asked, 5, 25, 125), 1),
        inRelease(test::releasedFigure(Dimension::Team, boven, choice, 10, 9, 9), 2),
        inRelease(test::withheldFigure(Dimension::Team, boven, asked, Reason::TooFewAdded), 2),
    };
    const auto rows = hr::periodReport(figures, testProfile());
    const auto* school = rowOf(rows, Dimension::School, {}, choice);
    QVERIFY(school->released());
    QCOMPARE(school->kind, hr::MetricKind::Choice);
    QCOMPARE_NEAR(*school->statistics.share, 0.25);
    QCOMPARE(*school->statistics.total, 12);
    QCOMPARE(school->statistics.n, 10);

    const auto* o = rowOf(rows, Dimension::Team, onder, choice);
    QVERIFY(!o->released());
    QCOMPARE(o->reason, Reason::TooCloseToAnotherGroup);
    QVERIFY(!o->statistics.share && !o->statistics.total);

    const auto* m = rowOf(rows, Dimension::Team, midden, choice);
    QVERIFY(!m->released());
    QCOMPARE(m->reason, Reason::FewerThanK);

    const auto* b = rowOf(rows, Dimension::Team, boven, choice);
    QVERIFY(b->released());
    QCOMPARE(b->releaseNumber, 1);
    QCOMPARE_NEAR(*b->statistics.share, 0.2);
    QCOMPARE(*b->statistics.total, 5);

    // The asked figures are rows of their own: check-ins per teacher.
    const auto* askedRow = rowOf(rows, Dimension::School, {}, asked);
    QCOMPARE(askedRow->kind, hr::MetricKind::Asked);
    QCOMPARE_NEAR(*askedRow->statistics.mean, 4.8);
    QCOMPARE(*askedRow->statistics.total, 48);
}

void TestHrReport::choiceWithoutItsAskedFigureIsNotShown()
{
    const auto rows
        = hr::periodReport({ inRelease(test::releasedFigure(Dimension::School, {},
                                           QStringLiteral("choice.blij.collegas"), 10, 30, 100),
                               1) },
            testProfile());
    const hr::ReportRow& row = rows.value(0);
    QVERIFY(!row.released());
    QVERIFY(row.noDenominator);
    QCOMPARE(row.withheldId(), QStringLiteral("no_denominator"));
    QVERIFY(!row.withheldText().isEmpty());
    QVERIFY(!row.statistics.share && !row.statistics.total);
}

void TestHrReport::cellsAndMetricsAreNamedFromTheProfileInItsOrder()
{
    const SchoolProfile profile = testProfile();
    const QString vertrouwen = QStringLiteral("value.vertrouwen");
    const QList<hr::CellFigure> figures {
        inRelease(test::releasedFigure(Dimension::Team, {}, kWho5, 5, 1, 1), 1),
        inRelease(
            test::releasedFigure(Dimension::Team, QStringLiteral("oud-team"), kWho5, 5, 1, 1), 1),
        inRelease(
            test::releasedFigure(Dimension::Team, QStringLiteral("bovenbouw"), kWho5, 5, 1, 1), 1),
        inRelease(
            test::releasedFigure(Dimension::Team, QStringLiteral("onderbouw"), vertrouwen, 5, 1, 1),
            1),
        inRelease(
            test::releasedFigure(Dimension::Team, QStringLiteral("onderbouw"), kWho5, 5, 1, 1), 1),
        inRelease(
            test::releasedFigure(Dimension::School, {}, QStringLiteral("x.unknown"), 5, 1, 1), 1),
        inRelease(test::releasedFigure(Dimension::School, {}, kWho5, 5, 1, 1), 1),
        inRelease(
            test::releasedFigure(Dimension::AgeBand, QStringLiteral("45-54"), kWho5, 5, 1, 1), 1),
    };
    const auto rows = hr::periodReport(figures, profile);
    QStringList seen;
    for (const hr::ReportRow& row : rows)
        seen << hr::dimensionKey(row.dimension) + QLatin1Char('/') + row.cellName + QLatin1Char('/')
                + row.label;
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(profile);
    const QString who5 = layout.metrics()[layout.indexOf(kWho5)].label;
    const QString reflections = layout.metrics()[layout.indexOf(vertrouwen)].label;
    QCOMPARE(seen,
        QStringList({
            QStringLiteral("school/Kindcentrum De Linde/") + who5,
            QStringLiteral("school/Kindcentrum De Linde/x.unknown"), // no label: its id
            QStringLiteral("team/Onderbouw/") + who5, // the layout's order within a cell
            QStringLiteral("team/Onderbouw/") + reflections,
            QStringLiteral("team/Bovenbouw/") + who5, // the profile's order of teams
            QStringLiteral("team/oud-team/") + who5, // a team the profile does not know: its id
            QStringLiteral("team/(not given)/") + who5, // those who left their team out: last
            QStringLiteral("age_band/45–54/") + who5,
        }));
}

QTEST_GUILESS_MAIN(TestHrReport)
#include "tst_hr_report.moc"
