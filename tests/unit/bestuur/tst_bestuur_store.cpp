// The bestuur's database and store: its own kind of file, opened for a report without ever
// being created or changed; which aggregate counts per school and period; the pinned HR key;
// and the CHECKs that keep a withheld figure's numbers, and a released one below 5, out of it.
#include "bestuur/bestuur_schema.h"
#include "bestuur_fixtures.h"
#include "exchange/crypto.h"
#include "exchange_fixtures.h"
#include "hr/hr_schema.h"
#include "test_support.h"

#include <QFileInfo>
#include <QTest>

using namespace kw;
using bestuur::AggregateRecord;
using bestuur::BestuurStore;
using hr::Dimension;
using kw::test::codeOf;

namespace {

using Outcome = BestuurStore::Outcome;

const QString kPeriod = QStringLiteral("2026-2027/1of6");

/** An aggregate of the test school (kc-de-linde, version 3) with one released school figure. */
AggregateRecord record(int release, qint64 n = 20, const char* hrSeed = "school")
{
    const exchange::KeySet hr = test::schoolKeys(hrSeed);
    const exchange::KeySet custodian = test::custodianKeys();
    AggregateRecord r;
    r.aggregate = { QStringLiteral("kc-de-linde"), kPeriod, release, 3,
        crypto::hash(QByteArray::number(release) + '#' + QByteArray::number(n) + hrSeed), {} };
    r.profileFile = test::coSignedFile(test::signedProfileFor(hr, custodian), hr, custodian);
    r.hrSignKey = hr.signPublic;
    r.figures = { { Dimension::School, {}, QStringLiteral("score.who5"), privacy::Reason::Released,
                      n, n * 6000, n * 36'000'000 },
        { Dimension::Team, QStringLiteral("onderbouw"), QStringLiteral("score.who5"),
            privacy::Reason::FewerThanK } };
    return r;
}

} // namespace

class TestBestuurStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void itIsAFileOfItsOwnKind();
    void aReportNeverCreatesOrChangesAFile();
    void oneAggregateCountsPerSchoolAndPeriod();
    void aSchoolKeepsItsFirstHrKey();
    void aProfileVersionHasOneFile();
    void theDatabaseRefusesNumbersOfAWithheldFigure();
    void figuresAndProfilesReadBack();

private:
    std::unique_ptr<test::TempBestuur> m_b;
};

void TestBestuurStore::init()
{
    m_b = std::make_unique<test::TempBestuur>();
    QVERIFY(m_b->open().ok());
}

void TestBestuurStore::itIsAFileOfItsOwnKind()
{
    QCOMPARE(test::scalar(m_b->db(), "PRAGMA application_id"), qint64(0x4B574231));
    m_b->close();
    // Neither HR's nor the teacher's code opens it, and it opens no HR database.
    QCOMPARE(codeOf(sql::Database::open(m_b->path(), hr::hrSchema())), "Corrupt");
    QTemporaryDir dir;
    const QString hrPath = dir.filePath(QStringLiteral("hr.sqlite"));
    QVERIFY(sql::Database::open(hrPath, hr::hrSchema()).ok());
    const QByteArray sha = test::fileSha256(hrPath);
    QCOMPARE(codeOf(sql::Database::open(hrPath, bestuur::bestuurSchema())), "Corrupt");
    QCOMPARE(codeOf(bestuur::openExistingBestuurDatabase(hrPath)), "Corrupt");
    QCOMPARE(test::fileSha256(hrPath), sha);
}

void TestBestuurStore::aReportNeverCreatesOrChangesAFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    auto opened = bestuur::openExistingBestuurDatabase(missing);
    QCOMPARE(codeOf(opened), "NotFound");
    QVERIFY(opened.error().message.contains(QStringLiteral("no bestuur database")));
    QVERIFY(!QFileInfo::exists(missing));

    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    QCOMPARE(codeOf(bestuur::openExistingBestuurDatabase(empty)), "Corrupt");
    QCOMPARE(QFileInfo(empty).size(), 0);

    m_b->close();
    QCOMPARE(test::rawExec(m_b->path(), QStringLiteral("PRAGMA user_version = 99")), QString());
    const QByteArray sha = test::fileSha256(m_b->path());
    QCOMPARE(codeOf(bestuur::openExistingBestuurDatabase(m_b->path())), "NewerSchema");
    QCOMPARE(test::fileSha256(m_b->path()), sha);
}

void TestBestuurStore::oneAggregateCountsPerSchoolAndPeriod()
{
    BestuurStore& store = m_b->store();
    auto first = store.storeAggregate(record(1));
    QVERIFY(first.ok());
    QCOMPARE(first->outcome, Outcome::Added);
    QVERIFY(first->newSchool);

    // The same file again changes nothing.
    QString before = m_b->dump();
    auto again = store.storeAggregate(record(1));
    QVERIFY(again.ok());
    QCOMPARE(again->outcome, Outcome::AlreadyThere);
    QCOMPARE(m_b->dump(), before);

    // Another file of the same release, other numbers: refused.
    auto conflict = store.storeAggregate(record(1, 21));
    QCOMPARE(codeOf(conflict), "InvalidInput");
    QVERIFY(conflict.error().message.contains(QStringLiteral("one aggregate per release")));
    QCOMPARE(m_b->dump(), before);

    // A later release replaces it, figures and all.
    auto later = store.storeAggregate(record(2, 30));
    QVERIFY(later.ok());
    QCOMPARE(later->outcome, Outcome::Replaced);
    QCOMPARE(later->earlierRelease, 1);
    QVERIFY(!later->newSchool);
    auto figures = store.figures(QStringLiteral("kc-de-linde"), kPeriod);
    QVERIFY(figures.ok());
    QCOMPARE(figures->size(), 2);
    QCOMPARE(figures->first().contributors, 30);
    QCOMPARE(test::scalar(m_b->db(), "SELECT count(*) FROM bestuur_aggregate"), 1);

    // The earlier one again: outdated, nothing changes.
    before = m_b->dump();
    auto earlier = store.storeAggregate(record(1));
    QVERIFY(earlier.ok());
    QCOMPARE(earlier->outcome, Outcome::Outdated);
    QCOMPARE(earlier->earlierRelease, 2);
    QCOMPARE(m_b->dump(), before);
}

void TestBestuurStore::aSchoolKeepsItsFirstHrKey()
{
    QVERIFY(m_b->store().storeAggregate(record(1)).ok());
    const QString before = m_b->dump();
    auto other = m_b->store().storeAggregate(record(2, 20, "another hr"));
    QCOMPARE(codeOf(other), "Untrusted");
    QVERIFY(other.error().message.contains(crypto::fingerprint(test::schoolKeys().signPublic)));
    QCOMPARE(m_b->dump(), before);
}

void TestBestuurStore::aProfileVersionHasOneFile()
{
    QVERIFY(m_b->store().storeAggregate(record(1)).ok());
    const QString before = m_b->dump();
    AggregateRecord r = record(2);
    SchoolProfile renamed = test::signedProfileFor(test::schoolKeys(), test::custodianKeys());
    renamed.schoolName = QStringLiteral("Kindcentrum De Linde en De Eik");
    r.profileFile = test::coSignedFile(renamed, test::schoolKeys(), test::custodianKeys());
    auto stored = m_b->store().storeAggregate(r);
    QCOMPARE(codeOf(stored), "InvalidInput");
    QVERIFY(stored.error().message.contains(QStringLiteral("another profile")));
    QCOMPARE(m_b->dump(), before);
}

void TestBestuurStore::theDatabaseRefusesNumbersOfAWithheldFigure()
{
    AggregateRecord r = record(1);
    r.figures[1].contributors = 7; // withheld, yet with a count
    QString before = m_b->dump();
    QCOMPARE(codeOf(m_b->store().storeAggregate(r)), "InvalidInput");
    QCOMPARE(m_b->dump(), before);
    r = record(1, 4); // released with 4
    QCOMPARE(codeOf(m_b->store().storeAggregate(r)), "InvalidInput");
    QCOMPARE(m_b->dump(), before);

    // Not even raw SQL gets a number beside a withheld figure.
    QVERIFY(m_b->store().storeAggregate(record(1)).ok());
    m_b->close();
    QVERIFY(!test::rawExec(m_b->path(),
        QStringLiteral("INSERT INTO bestuur_figure VALUES ('kc-de-linde', '%1', 'role', 'leraar', "
                       "'score.who5', 1, 12, NULL, NULL)")
            .arg(kPeriod))
                 .isEmpty());
    QVERIFY(!test::rawExec(
        m_b->path(), QStringLiteral("UPDATE bestuur_figure SET sum = 5 WHERE reason <> 0"))
                 .isEmpty());
    QVERIFY(!test::rawExec(
        m_b->path(), QStringLiteral("UPDATE bestuur_figure SET contributors = 4 WHERE reason = 0"))
                 .isEmpty());
}

void TestBestuurStore::figuresAndProfilesReadBack()
{
    QVERIFY(m_b->store().storeAggregate(record(1)).ok());
    auto profile = m_b->store().profile(QStringLiteral("kc-de-linde"), 3);
    QVERIFY(profile.ok());
    QCOMPARE(profile->schoolName, QStringLiteral("Kindcentrum De Linde"));
    QCOMPARE(codeOf(m_b->store().profile(QStringLiteral("kc-de-linde"), 4)), "NotFound");
    auto periods = m_b->store().periods();
    QVERIFY(periods.ok());
    QCOMPARE(*periods, QStringList { kPeriod });
    auto who5 = m_b->store().figures(
        QStringLiteral("kc-de-linde"), kPeriod, { QStringLiteral("score.who5") });
    QVERIFY(who5.ok());
    QCOMPARE(who5->size(), 2);
    QCOMPARE(who5->at(1).dimension, Dimension::Team);
    QVERIFY(!who5->at(1).released());
    QCOMPARE(who5->at(1).contributors, 0);

    // A stored profile changed behind the store's back is no longer trusted.
    m_b->close();
    QCOMPARE(
        test::rawExec(m_b->path(),
            QStringLiteral("UPDATE bestuur_profile SET file = substr(file, 1, length(file) - 1) "
                           "|| x'00'")),
        QString());
    QVERIFY(m_b->open().ok());
    QVERIFY(!m_b->store().profile(QStringLiteral("kc-de-linde"), 3).ok());
}

QTEST_GUILESS_MAIN(TestBestuurStore)
#include "tst_bestuur_store.moc"
