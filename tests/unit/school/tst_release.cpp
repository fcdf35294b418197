// The custodian's release and HR's check, end to end through the real files: teachers'
// contributions written as a device writes them, the custodian's parts opened as its inbox
// opens them, the signed release, and HR's sums. The exact sums of a hand-made school come
// back; every way a key holder might bend a release to single someone out is refused.

#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"
#include "exchange/release_file.h"
#include "exchange/signing.h"
#include "exchange_fixtures.h"
#include "kernwijzer/v1/release.pb.h"
#include "school/release_check.h"
#include "school/release_maker.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using namespace kw::exchange;
using namespace kw::school;
namespace v1 = ::kernwijzer::v1;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");

struct Teacher
{
    ContributionPart plain;
    QByteArray file;
};

KeptContribution keep(const QByteArray& file, const KeySet& custodian, const SchoolProfile& profile)
{
    return test::keptByCustodian(file, custodian, profile);
}

/** A WHO-5-ish value for teacher @p n, metric @p m: distinct enough that sums tell apart. */
std::uint64_t valueOf(int n, int m)
{
    return std::uint64_t(((n * 7919 + m * 104729) % 9000) + 500);
}

/** Re-signs @p file's release payload after @p change, as a custodian bending it would. */
QByteArray bent(const QByteArray& file, const KeySet& custodian,
    const std::function<void(v1::Release&)>& change)
{
    auto envelope = readEnvelope(file);
    v1::Release release;
    release.ParseFromString(envelope->payload());
    change(release);
    envelope->set_payload(release.SerializeAsString());
    envelope->mutable_signatures(0)->set_signature(signAs(
        Signed::Release, QByteArray::fromStdString(envelope->payload()), custodian.signSecret)
                                                       .toStdString());
    return writeEnvelope(*envelope);
}

} // namespace

class TestRelease : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void hrGetsTheExactSumsOfTheReleasedCells();
    void smallCellsAreWithheldWithAReasonAndNoNumber();
    void aReleaseSignedByAnyoneElseIsRefused();
    void aReleaseListingAnIdTwiceIsRefused();
    void aSwappedHrPartIsRefused();
    void aCellHrsRulesWithholdStaysWithheld();
    void countsThatDisagreeWithThePartsAreRefused();
    void impossibleSumsAreWithheld();
    void aReReleaseAddsOnlyGroupsOfAtLeastK();
    void aReReleaseMayNotDropOrChangeEarlierContributions();
    void nothingNewMeansNoReRelease();

private:
    /** 30 teachers: onderbouw 14, middenbouw 12, bovenbouw 4; all leraar; no age band. */
    QList<Teacher> school(int from = 0, int count = 30) const;
    ReleaseDraft draft(const QList<Teacher>& teachers,
        const QList<QList<ReleasedContribution>>& earlier = {}) const;
    QByteArray releaseFile(const ReleaseDraft& d) const;
    const GroupFigure* figure(const CheckedRelease& checked, Dimension d, const QString& cell,
        const QString& metric) const;

    KeySet m_hr = test::schoolKeys();
    KeySet m_custodian = test::custodianKeys();
    SchoolProfile m_profile;
    MetricLayout m_layout;
};

void TestRelease::init()
{
    m_profile = test::signedProfileFor(m_hr, m_custodian);
    m_layout = MetricLayout::forProfile(m_profile);
}

QList<Teacher> TestRelease::school(int from, int count) const
{
    QList<Teacher> out;
    for (int n = from; n < from + count; ++n) {
        const QString team = n < 14 ? QStringLiteral("onderbouw")
            : n < 26                ? QStringLiteral("middenbouw")
            : n < 30                ? QStringLiteral("bovenbouw")
                                    : QStringLiteral("onderbouw");
        const Cohort cohort { team, QStringLiteral("leraar"), {} };
        ContributionPart plain = test::plainContribution(
            m_profile, kPeriod, cohort, [n](int m) { return std::optional(valueOf(n, m)); });
        const QByteArray secret = test::deviceSecret(n);
        plain.submissionId = submissionIdFor(secret, m_profile.schoolId, kPeriod);
        out.append({ plain, test::contributionFile(plain, m_profile, secret) });
    }
    return out;
}

ReleaseDraft TestRelease::draft(
    const QList<Teacher>& teachers, const QList<QList<ReleasedContribution>>& earlier) const
{
    QList<KeptContribution> kept;
    for (const Teacher& t : teachers)
        kept.append(keep(t.file, m_custodian, m_profile));
    auto d = draftRelease(m_profile, kPeriod, earlier, kept);
    Q_ASSERT(d.ok());
    return *d;
}

QByteArray TestRelease::releaseFile(const ReleaseDraft& d) const
{
    auto file = writeReleaseFile(d.release, m_custodian);
    Q_ASSERT(file.ok());
    return *file;
}

const GroupFigure* TestRelease::figure(
    const CheckedRelease& checked, Dimension d, const QString& cell, const QString& metric) const
{
    for (const GroupFigure& f : checked.figures) {
        if (f.cell == CellKey { d, cell } && f.metricId == metric)
            return &f;
    }
    return nullptr;
}

void TestRelease::hrGetsTheExactSumsOfTheReleasedCells()
{
    const QList<Teacher> teachers = school();
    auto checked = checkRelease(releaseFile(draft(teachers)), m_profile, m_hr, {});
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
    QCOMPARE(checked->hrParts.size(), 30);
    QCOMPARE(checked->withheldByHr, 0);

    // Every released figure is the true sum over its cell, worked out from the plain values.
    int released = 0;
    for (const GroupFigure& f : checked->figures) {
        if (f.reason != privacy::Reason::Released)
            continue;
        ++released;
        const int m = m_layout.indexOf(f.metricId);
        std::uint64_t sum = 0, squares = 0;
        int n = 0;
        for (const Teacher& t : teachers) {
            if (!inCell(t.plain.cohort, f.cell))
                continue;
            ++n;
            sum += t.plain.values[std::size_t(MetricLayout::valueSlot(m))];
            squares += t.plain.values[std::size_t(MetricLayout::squareSlot(m))];
        }
        QCOMPARE(f.contributors, n);
        QCOMPARE(f.sum, sum);
        QCOMPARE(f.sumSquares, squares);
    }
    QVERIFY(released > 3 * m_layout.metrics().size()); // school, onderbouw, leraar, not given
    const GroupFigure* who5 = figure(*checked, Dimension::School, {}, QStringLiteral("score.who5"));
    QVERIFY(who5 && who5->reason == privacy::Reason::Released);
    QCOMPARE(who5->contributors, 30);
}

void TestRelease::smallCellsAreWithheldWithAReasonAndNoNumber()
{
    auto checked = checkRelease(releaseFile(draft(school())), m_profile, m_hr, {});
    QVERIFY(checked.ok());
    const QString who5 = QStringLiteral("score.who5");
    const GroupFigure* boven = figure(*checked, Dimension::Team, QStringLiteral("bovenbouw"), who5);
    const GroupFigure* midden
        = figure(*checked, Dimension::Team, QStringLiteral("middenbouw"), who5);
    const GroupFigure* onder = figure(*checked, Dimension::Team, QStringLiteral("onderbouw"), who5);
    QCOMPARE(boven->reason, privacy::Reason::FewerThanK);
    // The school minus onderbouw would give bovenbouw away: middenbouw is withheld with it.
    QCOMPARE(midden->reason, privacy::Reason::ProtectsSmallerGroup);
    QCOMPARE(onder->reason, privacy::Reason::Released);
    for (const GroupFigure* f : { boven, midden }) {
        QCOMPARE(f->contributors, 0);
        QCOMPARE(f->sum, 0u);
        QCOMPARE(f->sumSquares, 0u);
    }
    // Nor does the file: a withheld figure carries its reason only.
    const ReleaseDraft d = draft(school());
    for (const CellFigures& cell : d.release.cells) {
        for (const MetricFigure& f : cell.metrics) {
            if (!f.released())
                QVERIFY(f.contributors == 0 && f.valueSum == 0 && f.squareSum == 0);
        }
    }
}

void TestRelease::aReleaseSignedByAnyoneElseIsRefused()
{
    const QByteArray file = releaseFile(draft(school()));
    // HR (or anyone) signing a release of its own making.
    KeySet impostor = test::custodianKeys("impostor");
    auto forged = writeReleaseFile(draft(school()).release, impostor);
    QVERIFY(forged.ok());
    auto read = checkRelease(*forged, m_profile, m_hr, {});
    QCOMPARE(test::codeOf(read), "Untrusted");
    QVERIFY(read.error().message.contains(QStringLiteral("not signed by the custodian")));
    // A release of another school.
    SchoolProfile other = m_profile;
    other.schoolId = QStringLiteral("obs-het-anker");
    QCOMPARE(test::codeOf(checkRelease(file, other, m_hr, {})), "Untrusted");
    // The custodian's key is not HR's: a release is opened with HR's key only.
    QCOMPARE(test::codeOf(checkRelease(file, m_profile, m_custodian, {})), "InvalidInput");
}

void TestRelease::aReleaseListingAnIdTwiceIsRefused()
{
    const QByteArray file = releaseFile(draft(school()));
    const QByteArray twice = bent(file, m_custodian, [](v1::Release& r) {
        *r.mutable_contributions(1) = r.contributions(0);
        *r.mutable_hr_parts(1) = r.hr_parts(0);
    });
    auto read = checkRelease(twice, m_profile, m_hr, {});
    QCOMPARE(test::codeOf(read), "Untrusted");
}

void TestRelease::aSwappedHrPartIsRefused()
{
    // The custodian swaps one teacher's HR part for a part of another teacher it holds (of
    // a later export, say): the listed binding no longer matches.
    const QList<Teacher> teachers = school();
    const QByteArray file = releaseFile(draft(teachers));
    ContributionPart again = teachers[3].plain;
    again.revision = 2;
    const QByteArray reExport = test::contributionFile(again, m_profile, test::deviceSecret(3));
    const QByteArray swapped = bent(file, m_custodian, [&](v1::Release& r) {
        for (v1::Seal& seal : *r.mutable_hr_parts())
            seal.ParseFromString(keep(reExport, m_custodian, m_profile).hrSeal.toStdString());
    });
    QCOMPARE(test::codeOf(checkRelease(swapped, m_profile, m_hr, {})), "Untrusted");
    // And one part dropped.
    const QByteArray dropped
        = bent(file, m_custodian, [](v1::Release& r) { r.mutable_hr_parts()->RemoveLast(); });
    QCOMPARE(test::codeOf(checkRelease(dropped, m_profile, m_hr, {})), "Untrusted");
}

void TestRelease::aCellHrsRulesWithholdStaysWithheld()
{
    // The custodian "releases" bovenbouw (4 teachers) with its share sums: HR's own rules
    // withhold it, and HR never adds its shares to it.
    const ReleaseDraft d = draft(school());
    const QList<KeptContribution> kept = [&] {
        QList<KeptContribution> out;
        for (const Teacher& t : school())
            out.append(keep(t.file, m_custodian, m_profile));
        return out;
    }();
    const int cell
        = int(d.plan.cells.indexOf(CellKey { Dimension::Team, QStringLiteral("bovenbouw") }));
    const QByteArray file = bent(releaseFile(d), m_custodian, [&](v1::Release& r) {
        for (v1::MetricFigure& f : *r.mutable_cells(cell)->mutable_metrics()) {
            f.set_withheld(v1::WITHHELD_NOT);
            f.set_contributors(4);
            for (const KeptContribution& k : kept) {
                if (k.part.cohort.team == QStringLiteral("bovenbouw"))
                    f.set_value_sum(f.value_sum()
                        + k.part.values[std::size_t(MetricLayout::valueSlot(int(f.metric())))]);
            }
        }
    });
    // Below k: the reader refuses the file outright.
    QCOMPARE(test::codeOf(checkRelease(file, m_profile, m_hr, {})), "Untrusted");

    // At k or more, but withheld by rule 2 (middenbouw, 12 teachers): HR withholds it.
    const int midden
        = int(d.plan.cells.indexOf(CellKey { Dimension::Team, QStringLiteral("middenbouw") }));
    const QByteArray rule2 = bent(releaseFile(d), m_custodian, [&](v1::Release& r) {
        for (v1::MetricFigure& f : *r.mutable_cells(midden)->mutable_metrics()) {
            f.set_withheld(v1::WITHHELD_NOT);
            f.set_contributors(12);
            f.set_value_sum(1);
        }
    });
    auto checked = checkRelease(rule2, m_profile, m_hr, {});
    QVERIFY(checked.ok());
    QCOMPARE(checked->withheldByHr, m_layout.metrics().size());
    const GroupFigure* f = figure(
        *checked, Dimension::Team, QStringLiteral("middenbouw"), QStringLiteral("score.who5"));
    QCOMPARE(f->reason, privacy::Reason::ProtectsSmallerGroup);
    QCOMPARE(f->sum, 0u);
}

void TestRelease::countsThatDisagreeWithThePartsAreRefused()
{
    const QByteArray file = bent(releaseFile(draft(school())), m_custodian,
        [](v1::Release& r) { r.mutable_cells(0)->mutable_metrics(0)->set_contributors(29); });
    QCOMPARE(test::codeOf(checkRelease(file, m_profile, m_hr, {})), "Untrusted");
}

void TestRelease::impossibleSumsAreWithheld()
{
    // A sum beyond what 30 honest values reach (a forged or wrapping share, or a changed sum):
    // that one figure is withheld with its reason; the rest of the release still counts.
    const QByteArray file = bent(releaseFile(draft(school())), m_custodian, [](v1::Release& r) {
        auto* f = r.mutable_cells(0)->mutable_metrics(0);
        f->set_value_sum(f->value_sum() + (std::uint64_t(1) << 62));
    });
    auto read = checkRelease(file, m_profile, m_hr, {});
    if (!read)
        QFAIL(qPrintable(read.error().message));
    QCOMPARE(read->impossibleSums, 1);
    QCOMPARE(read->withheldByHr, 1);
    const QString first = m_layout.metrics().constFirst().id;
    const GroupFigure* bentFigure = figure(*read, Dimension::School, QString(), first);
    QCOMPARE(bentFigure->reason, privacy::Reason::ImpossibleSum);
    QCOMPARE(bentFigure->contributors, 0);
    QCOMPARE(bentFigure->sum, 0u);
    const GroupFigure* next
        = figure(*read, Dimension::School, QString(), m_layout.metrics().at(1).id);
    QCOMPARE(next->reason, privacy::Reason::Released);

    // The custodian cannot know a true sum: a release that withholds a figure as impossible
    // (to hide it, blaming a teacher's file) is refused.
    const QByteArray blamed = bent(releaseFile(draft(school())), m_custodian, [](v1::Release& r) {
        auto* f = r.mutable_cells(0)->mutable_metrics(0);
        f->set_withheld(v1::WITHHELD_IMPOSSIBLE_SUM);
        f->set_contributors(0);
        f->set_value_sum(0);
        f->set_square_sum(0);
    });
    QCOMPARE(test::codeOf(checkRelease(blamed, m_profile, m_hr, {})), "Untrusted");
}

void TestRelease::aReReleaseAddsOnlyGroupsOfAtLeastK()
{
    const QList<Teacher> first = school();
    const ReleaseDraft one = draft(first);
    auto checkedOne = checkRelease(releaseFile(one), m_profile, m_hr, {});
    QVERIFY(checkedOne.ok());

    // Three late teachers in onderbouw: fewer than k added, so nothing changes anywhere they
    // count; the earlier figures stand.
    const QList<Teacher> late = first + school(30, 3);
    const ReleaseDraft two = draft(late, { one.release.contributions });
    QCOMPARE(two.release.releaseNumber, 2);
    auto checkedTwo
        = checkRelease(releaseFile(two), m_profile, m_hr, { one.release.contributions });
    QVERIFY2(checkedTwo.ok(), qPrintable(checkedTwo.ok() ? QString() : checkedTwo.error().message));
    const QString who5 = QStringLiteral("score.who5");
    QCOMPARE(
        figure(*checkedTwo, Dimension::School, {}, who5)->reason, privacy::Reason::TooFewAdded);
    QCOMPARE(figure(*checkedTwo, Dimension::Team, QStringLiteral("onderbouw"), who5)->reason,
        privacy::Reason::TooFewAdded);
    // bovenbouw was withheld in release 1 and stays so.
    QCOMPARE(figure(*checkedTwo, Dimension::Team, QStringLiteral("bovenbouw"), who5)->reason,
        privacy::Reason::WithheldEarlier);

    // HR told the wrong history (release 1 not imported yet) refuses it as out of order.
    QCOMPARE(test::codeOf(checkRelease(releaseFile(two), m_profile, m_hr, {})), "InvalidInput");

    // Ten more late ones (13 added): the school and onderbouw are released again.
    const QList<Teacher> more = first + school(30, 13);
    const ReleaseDraft three = draft(more, { one.release.contributions });
    auto checkedThree
        = checkRelease(releaseFile(three), m_profile, m_hr, { one.release.contributions });
    QVERIFY(checkedThree.ok());
    const GroupFigure* schoolFigure = figure(*checkedThree, Dimension::School, {}, who5);
    QCOMPARE(schoolFigure->reason, privacy::Reason::Released);
    QCOMPARE(schoolFigure->contributors, 43);
}

void TestRelease::aReReleaseMayNotDropOrChangeEarlierContributions()
{
    const QList<Teacher> first = school();
    const ReleaseDraft one = draft(first);
    // The custodian leaves out a teacher of release 1 (to difference the two releases).
    QList<Teacher> fewer = first.mid(1) + school(30, 12);
    QList<KeptContribution> kept;
    for (const Teacher& t : fewer)
        kept.append(keep(t.file, m_custodian, m_profile));
    QCOMPARE(test::codeOf(draftRelease(m_profile, kPeriod, { one.release.contributions }, kept)),
        "InvalidInput");
    // Made anyway by hand: HR refuses it.
    auto plan = draftRelease(m_profile, kPeriod, {}, kept);
    QVERIFY(plan.ok());
    plan->release.releaseNumber = 2;
    const QByteArray file = releaseFile(*plan);
    auto read = checkRelease(file, m_profile, m_hr, { one.release.contributions });
    QCOMPARE(test::codeOf(read), "Untrusted");
    QVERIFY(read.error().message.contains(QStringLiteral("earlier release")));
}

void TestRelease::nothingNewMeansNoReRelease()
{
    const QList<Teacher> first = school();
    const ReleaseDraft one = draft(first);
    QList<KeptContribution> kept;
    for (const Teacher& t : first)
        kept.append(keep(t.file, m_custodian, m_profile));
    auto again = draftRelease(m_profile, kPeriod, { one.release.contributions }, kept);
    QCOMPARE(test::codeOf(again), "InvalidInput");
    QVERIFY(again.error().message.contains(QStringLiteral("nothing to release")));
}

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
