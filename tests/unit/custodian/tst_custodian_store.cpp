// The custodian's database: its profiles (one school, co-signed, one file per version), the
// contributions it keeps and reads back, and the releases with what each summed.
#include "custodian/custodian_inbox.h"
#include "custodian/custodian_schema.h"
#include "custodian/custodian_store.h"
#include "custodian_fixtures.h"
#include "exchange/contribution_inbox.h"
#include "exchange/crypto.h"
#include "exchange/profile_file.h"
#include "exchange_fixtures.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using namespace kw::custodian;

class TestCustodianStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void itIsACustodianDatabase();
    void theCurrentProfileIsTheHighestVersion();
    void aProfileIsAddedOnce();
    void onlyCoSignedProfilesOfOneSchoolAreAdded();
    void aKeptContributionReadsBackAsItWasOpened();
    void periodsCountKeptLateAndReleases();
    void aReleaseIsRecordedWithExactlyWhatItSummed();
    void aReleaseSumsKeptRevisionsOnlyInOrder();

private:
    /** Imports teacher @p teacher's revision @p revision. */
    void add(int teacher, quint32 revision = 1);
    QByteArray idOf(int teacher) const;

    std::unique_ptr<test::TempCustodian> m_c;
};

void TestCustodianStore::init()
{
    m_c = std::make_unique<test::TempCustodian>();
    QVERIFY(m_c->open().ok());
}

void TestCustodianStore::add(int teacher, quint32 revision)
{
    const QString path = m_c->contribution(
        QStringLiteral("t%1-r%2.kwbijdrage").arg(teacher).arg(revision), teacher, revision);
    auto report = importFiles(m_c->store(), m_c->keys(), { path });
    QVERIFY(report.ok());
    QVERIFY2(report->summary.accepted == 1, qPrintable(report->files.value(0).reason));
}

QByteArray TestCustodianStore::idOf(int teacher) const
{
    return exchange::submissionIdFor(
        test::deviceSecret(teacher), m_c->profile().schoolId, test::kCustodianPeriod);
}

void TestCustodianStore::itIsACustodianDatabase()
{
    QCOMPARE(test::scalar(m_c->store().database(), "PRAGMA application_id"),
        qint64(custodianSchema().applicationId));
    QCOMPARE(test::scalar(m_c->store().database(), "PRAGMA user_version"),
        qint64(custodianSchema().latestVersion()));
    // Its rows of about 2 KiB stay whole on 8 KiB pages (see custodianSchema()).
    QCOMPARE(test::scalar(m_c->store().database(), "PRAGMA page_size"), 8192);
    m_c->close();
    // A teacher's journal is not opened as a custodian database, and the other way round.
    QCOMPARE(test::codeOf(sql::Database::open(m_c->dbPath(), teacherSchema())), "Corrupt");
    const QString journal = m_c->path(QStringLiteral("journal.sqlite"));
    QVERIFY(sql::Database::open(journal, teacherSchema()).ok());
    QCOMPARE(test::codeOf(CustodianStore::open(journal, m_c->clock())), "Corrupt");
}

void TestCustodianStore::theCurrentProfileIsTheHighestVersion()
{
    SchoolProfile v5 = m_c->profile();
    v5.version = 5;
    SchoolProfile v4 = m_c->profile();
    v4.version = 4;
    QVERIFY(m_c->store().addProfile(m_c->profileFile(v5)).ok());
    QVERIFY(m_c->store().addProfile(m_c->profileFile(v4)).ok()); // an older one, later
    auto current = m_c->store().currentProfile();
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE((*current)->version, 5);
    QCOMPARE((*m_c->store().profile(3))->version, 3);
    QVERIFY(!m_c->store().profile(6)->has_value());
    QCOMPARE(*m_c->store().schoolId(), std::optional<QString>(m_c->profile().schoolId));
}

void TestCustodianStore::aProfileIsAddedOnce()
{
    auto again = m_c->store().addProfile(m_c->profileFile(m_c->profile()));
    QVERIFY(again.ok());
    QVERIFY(again->alreadyThere);
    // Another file under the same version (re-signed, or changed) is refused.
    SchoolProfile changed = m_c->profile();
    changed.schoolName = QStringLiteral("Kindcentrum De Linde (nieuw)");
    const QString before = m_c->dump();
    QCOMPARE(test::codeOf(m_c->store().addProfile(m_c->profileFile(changed))), "InvalidInput");
    QCOMPARE(m_c->dump(), before);
}

void TestCustodianStore::onlyCoSignedProfilesOfOneSchoolAreAdded()
{
    const QString before = m_c->dump();
    SchoolProfile other = m_c->profile();
    other.schoolId = QStringLiteral("obs-de-esch");
    QCOMPARE(test::codeOf(m_c->store().addProfile(m_c->profileFile(other))), "Untrusted");

    SchoolProfile v4 = m_c->profile();
    v4.version = 4;
    auto hrOnly = exchange::createProfileFile(v4, m_c->hrKeys());
    QVERIFY(hrOnly.ok());
    QVERIFY(!m_c->store().addProfile(*hrOnly).ok());

    SchoolProfile expired = m_c->profile();
    expired.version = 4;
    expired.validUntil = QDate(2026, 7, 31);
    QCOMPARE(test::codeOf(m_c->store().addProfile(
                 test::handSignedFile(expired, m_c->hrKeys(), m_c->keys()))),
        "Expired");
    QCOMPARE(m_c->dump(), before);
}

void TestCustodianStore::aKeptContributionReadsBackAsItWasOpened()
{
    const exchange::ContributionPart plain = m_c->plain(3);
    const QByteArray file = test::contributionFile(plain, m_c->profile(), test::deviceSecret(3));
    auto opened = exchange::openContributionFile(file, m_c->keys(), &m_c->profile());
    QVERIFY(opened.ok());
    KeptContribution kept { *opened, QByteArray("sealed for HR") };
    QVERIFY(m_c->store().keep(kept).ok());

    // Reopened, so nothing comes from a cache.
    m_c->close();
    QVERIFY(m_c->open().ok());
    auto read = m_c->store().contribution(test::kCustodianPeriod, opened->submissionId);
    QVERIFY(read.ok() && read->has_value());
    const exchange::ContributionPart& part = (*read)->part;
    QCOMPARE(part.party, opened->party);
    QCOMPARE(part.schoolId, opened->schoolId);
    QCOMPARE(part.profileVersion, opened->profileVersion);
    QCOMPARE(part.period, opened->period);
    QCOMPARE(part.cohort, opened->cohort);
    QCOMPARE(part.submissionId, opened->submissionId);
    QCOMPARE(part.revision, opened->revision);
    QCOMPARE(part.layoutDigest, opened->layoutDigest);
    QCOMPARE(part.values, opened->values);
    QCOMPARE(part.present, opened->present);
    QCOMPARE(part.binding, opened->binding);
    QCOMPARE(part.deviceSignature, opened->deviceSignature);
    QCOMPARE((*read)->hrSeal, QByteArray("sealed for HR"));
    QVERIFY(!(*read)->late);
    // What is read back is what replacementFor() compares: the same part again is a replay.
    QCOMPARE(exchange::replacementFor(&part, *opened), exchange::Replacement::Duplicate);
    // The share is kept as little-endian 64-bit slots.
    QCOMPARE(shareFromBlob(shareBlob(part.values)), std::optional<exchange::Slots>(part.values));
    QCOMPARE(shareBlob({ 0x0102030405060708ull }), QByteArray::fromHex("0807060504030201"));
}

void TestCustodianStore::periodsCountKeptLateAndReleases()
{
    add(1);
    add(2);
    QVERIFY(m_c->store()
                .recordRelease(test::kCustodianPeriod, 1, crypto::hash("r1"),
                    { { idOf(1), 1 }, { idOf(2), 1 } })
                .ok());
    add(3); // late
    const QString next = QStringLiteral("2026-2027/2of6");
    auto report = importFiles(m_c->store(), m_c->keys(),
        { m_c->contribution(QStringLiteral("next.kwbijdrage"), 1, 1, next) });
    QVERIFY(report.ok());
    auto periods = m_c->store().periods();
    QVERIFY(periods.ok());
    QCOMPARE(periods->size(), 2);
    QCOMPARE(periods->at(0).period, test::kCustodianPeriod);
    QCOMPARE(periods->at(0).kept, 3);
    QCOMPARE(periods->at(0).late, 1);
    QCOMPARE(periods->at(0).releases, 1);
    QCOMPARE(periods->at(1).period, next);
    QCOMPARE(periods->at(1).kept, 1);
    QCOMPARE(periods->at(1).releases, 0);
}

void TestCustodianStore::aReleaseIsRecordedWithExactlyWhatItSummed()
{
    add(1);
    add(2, 1);
    add(2, 2);
    QVERIFY(!*m_c->store().isReleased(test::kCustodianPeriod));
    m_c->clock().set(test::defaultNow().addDays(2));
    const QByteArray sha = crypto::hash("the release file");
    QVERIFY(m_c->store()
                .recordRelease(test::kCustodianPeriod, 1, sha, { { idOf(2), 2 }, { idOf(1), 1 } })
                .ok());
    QVERIFY(*m_c->store().isReleased(test::kCustodianPeriod));
    QVERIFY(*m_c->store().isSummed(test::kCustodianPeriod, idOf(1)));
    QVERIFY(!*m_c->store().isReleased(QStringLiteral("2026-2027/2of6")));
    auto releases = m_c->store().releases(test::kCustodianPeriod);
    QVERIFY(releases.ok());
    QCOMPARE(releases->size(), 1);
    QCOMPARE(releases->first().number, 1);
    QCOMPARE(releases->first().fileSha256, sha);
    QCOMPARE(releases->first().members, 2);
    QCOMPARE(releases->first().made, test::defaultNow().addDays(2));
    auto members = m_c->store().releaseMembers(test::kCustodianPeriod, 1);
    QVERIFY(members.ok());
    QCOMPARE(members->size(), 2);
    QVERIFY(members->contains(ReleasedMember { idOf(2), 2 }));

    // A re-release summing a late one as well.
    add(3);
    QVERIFY(m_c->store()
                .recordRelease(test::kCustodianPeriod, 2, crypto::hash("second"),
                    { { idOf(1), 1 }, { idOf(2), 2 }, { idOf(3), 1 } })
                .ok());
    QCOMPARE(m_c->store().releases(test::kCustodianPeriod)->size(), 2);
}

void TestCustodianStore::aReleaseSumsKeptRevisionsOnlyInOrder()
{
    add(1);
    add(2, 1);
    add(2, 2);
    const QString before = m_c->dump();
    const QByteArray sha = crypto::hash("r");
    const auto refused = [&](int number, const QList<ReleasedMember>& members) {
        return !m_c->store().recordRelease(test::kCustodianPeriod, number, sha, members).ok();
    };
    QVERIFY(refused(2, { { idOf(1), 1 } })); // not the next number
    QVERIFY(refused(1, { { idOf(2), 1 } })); // a revision that is no longer kept
    QVERIFY(refused(1, { { idOf(1), 1 }, { idOf(1), 1 } })); // an id twice
    QVERIFY(refused(1, { { idOf(9), 1 } })); // an id never kept
    QVERIFY(!m_c->store().recordRelease(test::kCustodianPeriod, 1, "short", {}).ok());
    QCOMPARE(m_c->dump(), before);
    QVERIFY(!refused(1, { { idOf(1), 1 } }));
    QVERIFY(refused(1, { { idOf(2), 2 } })); // release 1 exists now
}

QTEST_GUILESS_MAIN(TestCustodianStore)
#include "tst_custodian_store.moc"
