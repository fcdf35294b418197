// The bestuur's merge and report over hand-made schools: each merged figure is the sum of the
// released figures of the schools that have it, worked out here by hand; a school that withheld
// a figure is left out and counted; teams are never merged; a choice keeps one set of schools
// for its share; no merged figure shows fewer than the largest k of its schools.
#include "bestuur/bestuur_merge.h"
#include "bestuur/bestuur_report.h"
#include "profile/school_profile.h"
#include "test_support.h"

#include <QTest>
#include <limits>

using namespace kw;
using namespace kw::bestuur;
using hr::Dimension;
using hr::Figure;
using privacy::Reason;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");
const QString kWho5 = QStringLiteral("score.who5");
const QString kValue = QStringLiteral("value.vertrouwen");
const QString kEmail = QStringLiteral("choice.werkdruk.e-mail");
const QString kAsked = QStringLiteral("asked.werkdruk");

Figure released(
    Dimension d, const QString& cell, const QString& metric, qint64 n, qint64 sum, qint64 squares)
{
    return { d, cell, metric, Reason::Released, n, sum, squares };
}

Figure withheld(Dimension d, const QString& cell, const QString& metric, Reason reason)
{
    return { d, cell, metric, reason };
}

SchoolProfile profileOf(const QString& id, int wellbeingK)
{
    SchoolProfile p = demoProfile();
    p.schoolId = id;
    p.schoolName = QStringLiteral("School ") + id;
    p.rules.minGroupWellbeing = wellbeingK;
    return p;
}

/**
 * Three schools by hand. A (k 10): school WHO-5 20, leraar 12, onderwijsassistent withheld, a
 * team, a kernwaarde, a choice with its asked list. B (k 12): school WHO-5 15, leraar withheld,
 * onderwijsassistent 12, no kernwaarde vertrouwen in its profile, a choice whose asked list it
 * withheld. C (k 10): school WHO-5 withheld, leraar 10.
 */
QList<SchoolFigures> threeSchools()
{
    SchoolFigures a { QStringLiteral("a"), profileOf(QStringLiteral("a"), 10), 1,
        { released(Dimension::School, {}, kWho5, 20, 120'000, 740'000'000),
            released(Dimension::Team, QStringLiteral("onderbouw"), kWho5, 10, 55'000, 310'000'000),
            released(Dimension::Role, QStringLiteral("leraar"), kWho5, 12, 70'000, 420'000'000),
            withheld(
                Dimension::Role, QStringLiteral("onderwijsassistent"), kWho5, Reason::FewerThanK),
            released(Dimension::School, {}, kValue, 20, 30, 60),
            released(Dimension::School, {}, kEmail, 20, 7, 9),
            released(Dimension::School, {}, kAsked, 20, 40, 90) } };
    SchoolFigures b { QStringLiteral("b"), profileOf(QStringLiteral("b"), 12), 2,
        { released(Dimension::School, {}, kWho5, 15, 84'000, 480'000'000),
            withheld(
                Dimension::Role, QStringLiteral("leraar"), kWho5, Reason::TooCloseToAnotherGroup),
            released(Dimension::Role, QStringLiteral("onderwijsassistent"), kWho5, 12, 60'000,
                310'000'000),
            released(Dimension::School, {}, kEmail, 15, 3, 3),
            withheld(Dimension::School, {}, kAsked, Reason::ProtectsSmallerGroup) } };
    b.profile.kernwaarden.removeIf(
        [](const Kernwaarde& k) { return k.id == QLatin1String("vertrouwen"); });
    SchoolFigures c { QStringLiteral("c"), profileOf(QStringLiteral("c"), 10), 1,
        { withheld(Dimension::School, {}, kWho5, Reason::FewerThanK),
            released(Dimension::Role, QStringLiteral("leraar"), kWho5, 10, 65'000, 430'000'000) } };
    return { a, b, c };
}

const MergedFigure* find(
    const QList<MergedFigure>& merged, Dimension d, const QString& cell, const QString& metric)
{
    for (const MergedFigure& m : merged) {
        if (m.figure.dimension == d && m.figure.cell == cell && m.figure.metric == metric)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestBestuurMerge : public QObject
{
    Q_OBJECT

private slots:
    void theSchoolIsTheSumOfTheSchoolsThatReleasedIt();
    void rolesMergeByIdAndTeamsNever();
    void aMetricOnlySomeSchoolsHaveIsMergedOverThose();
    void aChoiceKeepsOneSetOfSchoolsForItsShare();
    void noMergedFigureShowsFewerThanTheLargestK();
    void sumsThatDoNotFitAreRefused();
    void theReportNamesMergedCellsAndKeepsEachSchoolsOwn();

private:
    QList<MergedFigure> merged()
    {
        auto out = mergeSchools(threeSchools());
        if (!out)
            qFatal("mergeSchools: %s", qPrintable(out.error().message));
        return *out;
    }
};

void TestBestuurMerge::theSchoolIsTheSumOfTheSchoolsThatReleasedIt()
{
    const QList<MergedFigure> all = merged();
    const MergedFigure* who5 = find(all, Dimension::School, {}, kWho5);
    QVERIFY(who5);
    QVERIFY(who5->released());
    QCOMPARE(who5->schools, 2); // C withheld its school figure: left out, and said so
    QCOMPARE(who5->schoolsWithFigure, 3);
    QCOMPARE(who5->figure.contributors, 20 + 15);
    QCOMPARE(who5->figure.sum, 120'000 + 84'000);
    QCOMPARE(who5->figure.sumSquares, 740'000'000 + 480'000'000);
    QCOMPARE(who5->k, 12); // B's k, the largest of the two
}

void TestBestuurMerge::rolesMergeByIdAndTeamsNever()
{
    const QList<MergedFigure> all = merged();
    const MergedFigure* leraar = find(all, Dimension::Role, QStringLiteral("leraar"), kWho5);
    QVERIFY(leraar && leraar->released());
    QCOMPARE(leraar->schools, 2); // A and C; B withheld its own
    QCOMPARE(leraar->schoolsWithFigure, 3);
    QCOMPARE(leraar->figure.contributors, 12 + 10);
    QCOMPARE(leraar->figure.sum, 70'000 + 65'000);
    QCOMPARE(leraar->figure.sumSquares, 420'000'000 + 430'000'000);
    QCOMPARE(leraar->k, 10);

    const MergedFigure* oa
        = find(all, Dimension::Role, QStringLiteral("onderwijsassistent"), kWho5);
    QVERIFY(oa && oa->released());
    QCOMPARE(oa->schools, 1);
    QCOMPARE(oa->schoolsWithFigure, 2);
    QCOMPARE(oa->figure.contributors, 12);
    QCOMPARE(oa->k, 12);

    for (const MergedFigure& m : all)
        QVERIFY2(m.figure.dimension != Dimension::Team, qPrintable(m.figure.cell));
}

void TestBestuurMerge::aMetricOnlySomeSchoolsHaveIsMergedOverThose()
{
    const QList<MergedFigure> all = merged();
    const MergedFigure* value = find(all, Dimension::School, {}, kValue);
    QVERIFY(value && value->released());
    QCOMPARE(value->schools, 1);
    QCOMPARE(value->schoolsWithFigure, 1); // B's layout has no such metric, C sent none
    QCOMPARE(value->figure.contributors, 20);
    QCOMPARE(value->k, 5);
}

void TestBestuurMerge::aChoiceKeepsOneSetOfSchoolsForItsShare()
{
    const QList<MergedFigure> all = merged();
    // B released the e-mail choice but withheld the check-ins that asked it: no share of B's,
    // so B stays out of the choice and of its denominator.
    const MergedFigure* email = find(all, Dimension::School, {}, kEmail);
    QVERIFY(email && email->released());
    QCOMPARE(email->schools, 1);
    QCOMPARE(email->schoolsWithFigure, 2);
    QCOMPARE(email->figure.sum, 7);
    QCOMPARE(email->askedSum, std::optional<qint64>(40));
    const MergedFigure* asked = find(all, Dimension::School, {}, kAsked);
    QVERIFY(asked && asked->released());
    QCOMPARE(asked->schools, 1);
    QCOMPARE(asked->schoolsWithFigure, 2);
}

void TestBestuurMerge::noMergedFigureShowsFewerThanTheLargestK()
{
    // Only a file the reader refuses could carry a released figure below k; the merge holds
    // the line anyway, and shows no number for it.
    QList<SchoolFigures> schools = threeSchools();
    schools[1].figures[0].contributors = 3; // B's school WHO-5: 3 < 12
    schools[0].figures[0] = withheld(Dimension::School, {}, kWho5, Reason::FewerThanK);
    auto out = mergeSchools(schools);
    QVERIFY(out.ok());
    const MergedFigure* who5 = find(*out, Dimension::School, {}, kWho5);
    QVERIFY(who5);
    QVERIFY(!who5->released());
    QCOMPARE(who5->figure.reason, Reason::FewerThanK);
    QCOMPARE(who5->figure.contributors, 0);
    QCOMPARE(who5->figure.sum, 0);
    QCOMPARE(who5->figure.sumSquares, 0);

    // Every released merged figure of the three schools has at least its k.
    for (const MergedFigure& m : merged()) {
        if (m.released())
            QVERIFY2(m.figure.contributors >= m.k, qPrintable(m.figure.metric));
        else
            QVERIFY(m.figure.contributors == 0 && m.figure.sum == 0 && !m.askedSum);
    }
    // A figure no school released is withheld in every school: nothing is summed.
    QList<SchoolFigures> noLeraar = threeSchools();
    noLeraar[0].figures[2]
        = withheld(Dimension::Role, QStringLiteral("leraar"), kWho5, Reason::FewerThanK);
    noLeraar[2].figures[1]
        = withheld(Dimension::Role, QStringLiteral("leraar"), kWho5, Reason::FewerThanK);
    auto hidden = mergeSchools(noLeraar);
    QVERIFY(hidden.ok());
    const MergedFigure* leraar = find(*hidden, Dimension::Role, QStringLiteral("leraar"), kWho5);
    QVERIFY(leraar && !leraar->released());
    QCOMPARE(leraar->schools, 0);
    QCOMPARE(leraar->schoolsWithFigure, 3);
}

void TestBestuurMerge::sumsThatDoNotFitAreRefused()
{
    QList<SchoolFigures> schools = threeSchools();
    const qint64 big = std::numeric_limits<qint64>::max() / 2 + 1;
    schools[0].figures[0].sumSquares = big;
    schools[1].figures[0].sumSquares = big;
    auto out = mergeSchools(schools);
    QCOMPARE(test::codeOf(out), "InvalidInput");
    QVERIFY(out.error().message.contains(kWho5));
}

void TestBestuurMerge::theReportNamesMergedCellsAndKeepsEachSchoolsOwn()
{
    auto rows = periodReport(kPeriod, threeSchools());
    QVERIFY(rows.ok());
    // The merged rows first: the school, then roles in the profiles' order.
    QList<BestuurRow> merged, own;
    for (const BestuurRow& row : *rows)
        (row.level == Level::Bestuur ? merged : own) << row;
    QVERIFY(!merged.isEmpty() && !own.isEmpty());
    QCOMPARE(rows->first().level, Level::Bestuur);
    QCOMPARE(merged.first().row.dimension, Dimension::School);
    QCOMPARE(merged.first().row.cellName, QStringLiteral("All schools"));
    QStringList roleOrder;
    for (const BestuurRow& row : merged) {
        if (row.row.dimension == Dimension::Role && !roleOrder.contains(row.row.cellId))
            roleOrder << row.row.cellId;
        QCOMPARE(row.row.releaseNumber, 0);
    }
    QCOMPARE(roleOrder,
        (QStringList { QStringLiteral("leraar"), QStringLiteral("onderwijsassistent") }));

    for (const BestuurRow& row : merged) {
        if (row.row.metricId == kEmail && row.row.dimension == Dimension::School) {
            QVERIFY(row.row.released());
            QCOMPARE(*row.row.statistics.share, 7.0 / 40.0);
            QCOMPARE(row.schools, 1);
            QCOMPARE(row.schoolsWithFigure, 2);
        }
        if (row.row.metricId == kWho5 && row.row.dimension == Dimension::School) {
            QCOMPARE(row.row.statistics.n, 35);
            QCOMPARE(*row.row.statistics.mean, (120'000.0 + 84'000.0) / 35 / 100);
        }
    }

    // Each school's own rows are HR's report of its aggregate: teams included.
    const QList<SchoolFigures> schools = threeSchools();
    const QList<hr::ReportRow> expected
        = hr::periodReport(hr::ofRelease(schools[0].figures, kPeriod, 1), schools[0].profile);
    QList<hr::ReportRow> fromA;
    for (const BestuurRow& row : own) {
        if (row.schoolId == QLatin1String("a")) {
            QCOMPARE(row.schoolName, QStringLiteral("School a"));
            fromA << row.row;
        }
    }
    QCOMPARE(fromA.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(fromA[i].metricId, expected[i].metricId);
        QCOMPARE(fromA[i].cellId, expected[i].cellId);
        QCOMPARE(fromA[i].released(), expected[i].released());
        QCOMPARE(fromA[i].statistics.n, expected[i].statistics.n);
    }
    QVERIFY(std::any_of(fromA.cbegin(), fromA.cend(),
        [](const hr::ReportRow& r) { return r.dimension == Dimension::Team; }));

    // --by: one level only.
    auto onlyMerged = periodReport(kPeriod, threeSchools(), Level::Bestuur);
    QVERIFY(onlyMerged.ok());
    QCOMPARE(onlyMerged->size(), merged.size());
    auto onlyOwn = periodReport(kPeriod, threeSchools(), Level::School);
    QVERIFY(onlyOwn.ok());
    QCOMPARE(onlyOwn->size(), own.size());
}

QTEST_GUILESS_MAIN(TestBestuurMerge)
#include "tst_bestuur_merge.moc"
