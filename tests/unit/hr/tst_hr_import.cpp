// HR imports the custodian's releases: real contributions, a real signed release, HR's own
// database. What is stored is what the rules release; a refused file changes nothing.

#include "exchange/contribution_file.h"
#include "exchange/metric_layout.h"
#include "exchange/release_file.h"
#include "exchange_fixtures.h"
#include "hr/release_import.h"
#include "hr_fixtures.h"
#include "school/release_maker.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using namespace kw::exchange;
using kw::school::KeptContribution;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");

/** Every table of HR's database as text, to see that a refusal changed nothing. */
QString dump(sql::Database& db)
{
    return test::tableDump(db, { "hr_profile", "hr_release", "hr_part", "hr_figure" });
}

} // namespace

class TestHrImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aReleaseIsStoredWithItsReleasedFiguresOnly();
    void theSameFileTwiceChangesNothing();
    void aRefusedReleaseChangesNothing();
    void aReReleaseFollowsTheFirst();
    void aReleaseNeedsItsProfile();

private:
    QList<KeptContribution> kept(int from, int count) const;
    QByteArray release(const QList<KeptContribution>& kept,
        const QList<QList<ReleasedContribution>>& earlier = {}) const;

    std::unique_ptr<test::TempHr> m_hr;
    KeySet m_hrKeys = test::schoolKeys();
    KeySet m_custodian = test::custodianKeys();
};

void TestHrImport::init()
{
    m_hr = std::make_unique<test::TempHr>();
    QVERIFY(m_hr->open().ok());
}

QList<KeptContribution> TestHrImport::kept(int from, int count) const
{
    const SchoolProfile& profile = m_hr->profile();
    QList<KeptContribution> out;
    for (int n = from; n < from + count; ++n) {
        const Cohort cohort { n % 3 == 0 ? QStringLiteral("bovenbouw")
                                         : QStringLiteral("onderbouw"),
            QStringLiteral("leraar"), {} };
        ContributionPart plain = test::plainContribution(profile, kPeriod, cohort,
            [n](int m) { return std::optional(std::uint64_t(100 * (n % 7) + m)); });
        out.append(test::keptByCustodian(
            test::contributionFile(plain, profile, test::deviceSecret(n)), m_custodian, profile));
    }
    return out;
}

QByteArray TestHrImport::release(
    const QList<KeptContribution>& kept, const QList<QList<ReleasedContribution>>& earlier) const
{
    auto draft = school::draftRelease(m_hr->profile(), kPeriod, earlier, kept);
    Q_ASSERT(draft.ok());
    return *writeReleaseFile(draft->release, m_custodian);
}

void TestHrImport::aReleaseIsStoredWithItsReleasedFiguresOnly()
{
    auto imported = hr::importRelease(m_hr->store(), release(kept(0, 30)), m_hrKeys);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->outcome, hr::ReleaseImport::Outcome::Stored);
    QCOMPARE(imported->contributions, 30);
    QVERIFY(imported->released > 0 && imported->withheld > 0);

    // Every released figure stored has at least k contributors; a withheld one no number.
    const MetricLayout layout = MetricLayout::forProfile(m_hr->profile());
    auto figures = m_hr->store().figures();
    QVERIFY(figures.ok());
    QCOMPARE(figures->size(), imported->released + imported->withheld);
    for (const hr::CellFigure& f : *figures) {
        const int m = layout.indexOf(f.metric);
        QVERIFY(m >= 0);
        if (f.released())
            QVERIFY(f.contributors >= minGroupFor(layout.metrics()[m], m_hr->profile().rules));
        else
            QVERIFY(f.contributors == 0 && f.sum == 0 && f.sumSquares == 0);
    }
    auto parts = m_hr->store().parts(kPeriod);
    QCOMPARE(parts->size(), 30);
}

void TestHrImport::theSameFileTwiceChangesNothing()
{
    const QByteArray file = release(kept(0, 30));
    QVERIFY(hr::importRelease(m_hr->store(), file, m_hrKeys).ok());
    const QString before = dump(m_hr->db());
    auto again = hr::importRelease(m_hr->store(), file, m_hrKeys);
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, hr::ReleaseImport::Outcome::AlreadyThere);
    QCOMPARE(dump(m_hr->db()), before);
}

void TestHrImport::aRefusedReleaseChangesNothing()
{
    const QString before = dump(m_hr->db());
    // Signed by someone else than the custodian.
    auto draft = school::draftRelease(m_hr->profile(), kPeriod, {}, kept(0, 30));
    const QByteArray forged = *writeReleaseFile(draft->release, test::custodianKeys("impostor"));
    QCOMPARE(test::codeOf(hr::importRelease(m_hr->store(), forged, m_hrKeys)), "Untrusted");
    // Cut short, and not a release at all.
    const QByteArray file = release(kept(0, 30));
    QVERIFY(!hr::importRelease(m_hr->store(), file.left(file.size() / 2), m_hrKeys).ok());
    QVERIFY(!hr::importRelease(m_hr->store(), m_hr->profileFile(), m_hrKeys).ok());
    // Opened with the custodian's key instead of HR's.
    QVERIFY(!hr::importRelease(m_hr->store(), file, m_custodian).ok());
    QCOMPARE(dump(m_hr->db()), before);
}

void TestHrImport::aReReleaseFollowsTheFirst()
{
    const QList<KeptContribution> first = kept(0, 30);
    auto draftOne = school::draftRelease(m_hr->profile(), kPeriod, {}, first);
    const QByteArray one = *writeReleaseFile(draftOne->release, m_custodian);
    const QByteArray two = release(first + kept(30, 12), { draftOne->release.contributions });

    // Release 2 before release 1: refused, nothing stored.
    const QString before = dump(m_hr->db());
    QCOMPARE(test::codeOf(hr::importRelease(m_hr->store(), two, m_hrKeys)), "InvalidInput");
    QCOMPARE(dump(m_hr->db()), before);

    QVERIFY(hr::importRelease(m_hr->store(), one, m_hrKeys).ok());
    auto second = hr::importRelease(m_hr->store(), two, m_hrKeys);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QCOMPARE(second->releaseNumber, 2);
    QCOMPARE(m_hr->store().parts(kPeriod)->size(), 42);
    auto history = m_hr->store().releasedContributions(kPeriod);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0), draftOne->release.contributions);
    QCOMPARE(history->at(1).size(), 42);
}

void TestHrImport::aReleaseNeedsItsProfile()
{
    test::TempHr empty;
    QVERIFY(empty.open(false).ok());
    auto refused = hr::importRelease(empty.store(), release(kept(0, 30)), m_hrKeys);
    QCOMPARE(test::codeOf(refused), "NotFound");
    QVERIFY(refused.error().message.contains(QStringLiteral("--profile")));
}

QTEST_GUILESS_MAIN(TestHrImport)
#include "tst_hr_import.moc"
