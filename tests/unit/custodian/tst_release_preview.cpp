// The custodian's preview of a release (custodian/release_preview.h): per cell the
// contributors per metric and per metric group, what passes and why the rest is withheld;
// counts only. The CLI and the desktop's release page both show it.
#include "custodian/custodian_inbox.h"
#include "custodian/custodian_release.h"
#include "custodian/release_preview.h"
#include "custodian_fixtures.h"
#include "exchange/check_file.h"
#include "exchange/metric_layout.h"
#include "school/hr_part.h"

#include <QFile>
#include <QTest>

using namespace kw;
using namespace kw::custodian;
using exchange::Metric;

namespace {

constexpr int kTeachers = 12;

} // namespace

class TestReleasePreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_c.reset(); }

    void countsEachCellsContributorsPerMetricAndGroup();
    void aWithheldFigureSaysWhyInWords();
    void theCheckRoundShowsInThePreview();
    void aPartHrRefusedIsNotCounted();

private:
    ReleasePreview preview();

    std::unique_ptr<test::TempCustodian> m_c;
};

void TestReleasePreview::init()
{
    m_c = std::make_unique<test::TempCustodian>();
    QVERIFY(m_c->open().ok());
    QStringList files;
    for (int t = 0; t < kTeachers; ++t)
        files << m_c->contribution(QStringLiteral("in/%1.kwbijdrage").arg(t), t);
    auto report = importFiles(m_c->store(), m_c->keys(), files);
    QVERIFY(report.ok());
    QCOMPARE(report->summary.accepted, kTeachers);
    QCOMPARE(report->files.first().period, test::kCustodianPeriod); // the desktop's table shows it
}

ReleasePreview TestReleasePreview::preview()
{
    auto p = previewPeriodRelease(m_c->store(), m_c->draft());
    if (!p)
        qFatal("no preview: %s", qPrintable(p.error().message));
    return *p;
}

void TestReleasePreview::countsEachCellsContributorsPerMetricAndGroup()
{
    const ReleasePreview p = preview();
    QCOMPARE(p.period, test::kCustodianPeriod);
    QCOMPARE(p.releaseNumber, 1);
    QCOMPARE(p.contributions, kTeachers);
    QCOMPARE(p.cells.size(), exchange::releaseCells(m_c->profile()).size());

    // Recount from the teachers' plain contributions: the fixture puts even teachers in the
    // first team, odd ones in the second, and leaves every third metric out for odd teachers.
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(m_c->profile());
    const QString firstTeam = m_c->profile().teams.value(0).id;
    bool sawFirstTeam = false;
    for (const PreviewCell& cell : p.cells) {
        QCOMPARE(cell.figures.size(), layout.metrics().size());
        const bool school = cell.cell.dimension == exchange::Dimension::School;
        const bool team0
            = cell.cell.dimension == exchange::Dimension::Team && cell.cell.id == firstTeam;
        if (!school && !team0)
            continue;
        sawFirstTeam |= team0;
        QList<exchange::ContributionPart> members;
        for (int t = 0; t < kTeachers; ++t) {
            if (school || t % 2 == 0)
                members << m_c->plain(t);
        }
        QCOMPARE(cell.contributions, int(members.size()));
        QVERIFY(cell.name.contains(
            school ? m_c->profile().schoolName : m_c->profile().teams.value(0).name));
        for (int m = 0; m < cell.figures.size(); ++m) {
            int present = 0;
            for (const exchange::ContributionPart& part : std::as_const(members))
                present += part.present[size_t(m)] ? 1 : 0;
            QCOMPARE(cell.figures[m].metricId, layout.metrics()[m].id);
            QCOMPARE(cell.figures[m].contributors, present);
        }
        for (const PreviewGroup& g : cell.groups) {
            int any = 0;
            int figures = 0;
            for (const exchange::ContributionPart& part : std::as_const(members)) {
                bool has = false;
                for (int m = 0; m < layout.metrics().size(); ++m)
                    has |= layout.metrics()[m].group == g.group && part.present[size_t(m)];
                any += has ? 1 : 0;
            }
            for (const Metric& metric : layout.metrics())
                figures += metric.group == g.group ? 1 : 0;
            QCOMPARE(g.contributors, any);
            QCOMPARE(g.figures, figures);
            QCOMPARE(g.name, groupName(g.group));
        }
    }
    QVERIFY(sawFirstTeam);
}

void TestReleasePreview::aWithheldFigureSaysWhyInWords()
{
    const ReleasePreview p = preview();
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(m_c->profile());
    QVERIFY(p.releasedFigures() > 0);
    QVERIFY(p.withheldFigures() > 0);
    QVERIFY(p.publishesAnything);
    int tooFew = 0;
    for (const PreviewCell& cell : p.cells) {
        int listed = 0;
        for (const WithheldGroup& w : cell.withheld) {
            QCOMPARE(w.reasonText, privacy::reasonText(w.reason));
            QVERIFY(w.reason != privacy::Reason::Released);
            listed += int(w.metricIds.size());
        }
        QCOMPARE(listed, int(cell.figures.size()) - cell.releasedCount());
        for (const PreviewFigure& f : cell.figures) {
            const int k = exchange::minGroupFor(
                layout.metrics()[layout.indexOf(f.metricId)], m_c->profile().rules);
            if (f.contributors < k) {
                // Rule 1 holds for every figure; others can withhold more, never fewer.
                QVERIFY2(!f.released(), qPrintable(f.metricId));
                tooFew += f.reason == privacy::Reason::FewerThanK ? 1 : 0;
            }
        }
        int groupReleased = 0; // the groups add up to the cell
        for (const PreviewGroup& g : cell.groups)
            groupReleased += g.released;
        QCOMPARE(groupReleased, cell.releasedCount());
    }
    QVERIFY(tooFew > 0);
}

void TestReleasePreview::theCheckRoundShowsInThePreview()
{
    QCOMPARE(preview().awaitingCheck, kTeachers);
    QVERIFY(!preview().checked());
    const RecordedAnswer recorded = m_c->checkRound();
    QCOMPARE(recorded.valid, kTeachers);
    const ReleasePreview p = preview();
    QCOMPARE(p.awaitingCheck, 0);
    QVERIFY(p.checked());
    QCOMPARE(p.refusedByHr, 0);
}

void TestReleasePreview::aPartHrRefusedIsNotCounted()
{
    // HR refuses the first part (its verdicts recorded as HR's answer would): the release
    // leaves it out, and so do the preview's counts.
    const PeriodDraft d = m_c->draft();
    QList<exchange::PartVerdict> verdicts;
    for (const exchange::CheckedPart& part : d.toCheck)
        verdicts << exchange::PartVerdict { part.contribution, exchange::sealDigest(part.hrSeal),
            verdicts.isEmpty() ? exchange::Verdict::NotValid : exchange::Verdict::Valid };
    QVERIFY(m_c->store().recordVerdicts(test::kCustodianPeriod, verdicts).ok());
    const ReleasePreview p = preview();
    QCOMPARE(p.refusedByHr, 1);
    QCOMPARE(p.contributions, kTeachers - 1);
    QCOMPARE(p.cells.first().contributions, kTeachers - 1);
}

QTEST_GUILESS_MAIN(TestReleasePreview)
#include "tst_release_preview.moc"
