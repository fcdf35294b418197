// HR's database (core/hr/hr_schema, hr_store): the file kind, the profiles HR works with, and
// releases stored all or nothing, with no count or value of a withheld cell ever in the file.
#include "exchange_fixtures.h"
#include "hr/hr_schema.h"
#include "hr/hr_store.h"
#include "hr_fixtures.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QFile>
#include <QTest>

using namespace kw;
using hr::Dimension;
using privacy::Reason;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");
const QString kWho5 = QStringLiteral("score.who5");

QList<hr::Figure> someFigures()
{
    return {
        test::releasedFigure(Dimension::School, {}, kWho5, 12, 72000, 440000000),
        test::releasedFigure(
            Dimension::Team, QStringLiteral("onderbouw"), kWho5, 7, 42000, 256000000),
        test::withheldFigure(
            Dimension::Team, QStringLiteral("middenbouw"), kWho5, Reason::FewerThanK),
        test::withheldFigure(Dimension::Team, {}, kWho5, Reason::ProtectsSmallerGroup),
    };
}

bool nothingStored(sql::Database& db)
{
    return test::rowCount(db, "hr_release") == 0 && test::rowCount(db, "hr_part") == 0
        && test::rowCount(db, "hr_figure") == 0;
}

} // namespace

class TestHrStore : public QObject
{
    Q_OBJECT

private slots:
    void isItsOwnKindOfFile();
    void reportingOpensOnlyAnExistingHrDatabase();
    void reportingOpensOnlyAnExistingHrDatabase_data();
    void keepsOnlyCoSignedProfilesOfOneSchool();
    void storesAReleaseAndReadsItBack();
    void withheldFigureNeverHoldsACount();
    void storeRefusesNumbersOnAWithheldFigure();
    void storeReleaseIsAllOrNothing();
    void releasesArePeriodByPeriodInOrder();
    void aStoredPartIsFrozen();
    void periodsComeOldestFirst();
};

void TestHrStore::isItsOwnKindOfFile()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    QCOMPARE(test::scalar(hr.db(), "PRAGMA application_id"), 0x4B574831);
    QCOMPARE(test::scalar(hr.db(), "PRAGMA user_version"), hr::hrSchema().latestVersion());
    hr.close();
    // Neither kind opens as the other.
    auto asJournal = sql::Database::open(hr.path(), teacherSchema());
    QCOMPARE(test::codeOf(asJournal), "Corrupt");
}

void TestHrStore::reportingOpensOnlyAnExistingHrDatabase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    const auto row = [](const char* name, const char* kind, const char* code) {
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(code);
    };
    row("missing", "missing", "NotFound");
    row("empty file", "empty", "Corrupt");
    row("SQLite database of no kind", "sqlite", "Corrupt");
    row("teacher's journal", "journal", "Corrupt");
    row("garbage", "garbage", "Corrupt");
    row("newer HR database", "newer", "NewerSchema");
}

void TestHrStore::reportingOpensOnlyAnExistingHrDatabase()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    test::TempHr hr;
    const QString path = hr.path();
    if (kind == QStringLiteral("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == QStringLiteral("sqlite")) {
        QCOMPARE(
            test::rawExec(path, QStringLiteral("CREATE TABLE t (x); DROP TABLE t;")), QString());
    } else if (kind == QStringLiteral("journal")) {
        QVERIFY(sql::Database::open(path, teacherSchema()).ok()); // closed again at once
    } else if (kind == QStringLiteral("garbage")) {
        QVERIFY(test::spoilJournal(path, kind));
    } else if (kind == QStringLiteral("newer")) {
        QVERIFY(hr.open().ok());
        hr.close();
        QCOMPARE(
            test::rawExec(path,
                QStringLiteral("PRAGMA user_version=%1").arg(hr::hrSchema().latestVersion() + 1)),
            QString());
    }
    const auto before = test::folderSnapshot(hr.folder());
    auto opened = hr::openExistingHrDatabase(path);
    QCOMPARE(test::codeOf(opened), qPrintable(code));
    QVERIFY(!opened.error().message.contains(QLatin1Char('\n')));
    QCOMPARE(test::folderSnapshot(hr.folder()), before); // nothing made, nothing changed

    // An HR database itself opens, as it is.
    test::TempHr good;
    QVERIFY(good.open().ok());
    good.close();
    auto reopened = hr::openExistingHrDatabase(good.path());
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
}

void TestHrStore::keepsOnlyCoSignedProfilesOfOneSchool()
{
    test::TempHr hr;
    QVERIFY(hr.open(false).ok());
    hr::HrStore& store = hr.store();

    // Signed by HR alone: not yet a profile HR works with.
    SchoolProfile profile = hr.profile();
    auto hrOnly = exchange::createProfileFile(profile, test::schoolKeys());
    QVERIFY(hrOnly.ok());
    QCOMPARE(test::codeOf(store.addProfile(*hrOnly)), "Untrusted");
    // A changed byte breaks a signature.
    QByteArray tampered = hr.profileFile();
    tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
    QVERIFY(!store.addProfile(tampered).ok());
    QCOMPARE(test::rowCount(hr.db(), "hr_profile"), 0);

    auto added = store.addProfile(hr.profileFile());
    QVERIFY(added.ok());
    QCOMPARE(added->schoolId, QStringLiteral("kc-de-linde"));
    QVERIFY(store.addProfile(hr.profileFile()).ok()); // the same file again: no change
    QCOMPARE(test::rowCount(hr.db(), "hr_profile"), 1);

    // Another file with the same version is refused; a new version is kept beside it.
    SchoolProfile renamed = profile;
    renamed.schoolName = QStringLiteral("Kindcentrum De Linde (nieuw)");
    QCOMPARE(test::codeOf(store.addProfile(
                 test::coSignedFile(renamed, test::schoolKeys(), test::custodianKeys()))),
        "InvalidInput");
    renamed.version = profile.version + 1;
    QVERIFY(store.addProfile(test::coSignedFile(renamed, test::schoolKeys(), test::custodianKeys()))
                .ok());
    // Another school never.
    SchoolProfile other = profile;
    other.schoolId = QStringLiteral("obs-de-wilg");
    other.version = 9;
    QCOMPARE(test::codeOf(store.addProfile(
                 test::coSignedFile(other, test::schoolKeys(), test::custodianKeys()))),
        "InvalidInput");

    QCOMPARE(*store.profileVersions(), QList<int>({ profile.version, profile.version + 1 }));
    QCOMPARE(store.profile(profile.version + 1)->schoolName, renamed.schoolName);
    QCOMPARE(test::codeOf(store.profile(42)), "NotFound");
    QCOMPARE(*store.profileFile(profile.version), hr.profileFile());

    // A stored profile edited in the file is no longer trusted.
    hr.close();
    QCOMPARE(test::rawExec(hr.path(),
                 QStringLiteral("UPDATE hr_profile SET file = substr(file, 1, length(file) - 1) "
                                "|| x'00' WHERE version = %1")
                     .arg(profile.version)),
        QString());
    QVERIFY(hr.open(false).ok());
    QVERIFY(!hr.store().profile(profile.version).ok());
}

void TestHrStore::storesAReleaseAndReadsItBack()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    const hr::ReleaseRecord record
        = test::releaseRecord(kPeriod, 1, someFigures(), { test::hrPart(1), test::hrPart(2) });
    const Status stored = hr.store().storeRelease(record);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));

    const auto releases = hr.store().releases();
    QCOMPARE(releases->size(), 1);
    QCOMPARE(releases->first().period, kPeriod);
    QCOMPARE(releases->first().releaseNumber, 1);
    QCOMPARE(releases->first().profileVersion, test::kHrProfileVersion);
    QCOMPARE(releases->first().fileSha256, record.release.fileSha256);
    QCOMPARE(releases->first().imported, test::defaultNow());

    const auto figures = hr.store().figures();
    QCOMPARE(figures->size(), 4);
    for (const hr::CellFigure& f : *figures) {
        QCOMPARE(f.period, kPeriod);
        QCOMPARE(f.releaseNumber, 1);
    }
    const auto teams = hr.store().figures({ kPeriod, Dimension::Team, { kWho5 } });
    QCOMPARE(teams->size(), 3);
    const hr::CellFigure& onder = *std::find_if(teams->begin(), teams->end(),
        [](const hr::CellFigure& f) { return f.cell == QStringLiteral("onderbouw"); });
    QVERIFY(onder.released());
    QCOMPARE(onder.contributors, 7);
    QCOMPARE(onder.sum, 42000);
    QCOMPARE(onder.sumSquares, 256000000);
    QCOMPARE(hr.store().figures({ QStringLiteral("2026-2027/2of6"), {}, {} })->size(), 0);
    QCOMPARE(hr.store().figures({ {}, {}, { QStringLiteral("value.x") } })->size(), 0);

    const auto parts = hr.store().parts(kPeriod);
    QCOMPARE(parts->size(), 2);
    for (const hr::HrPart& part : *parts) {
        const hr::HrPart& sent
            = part.submissionId == test::hrPart(1).submissionId ? test::hrPart(1) : test::hrPart(2);
        QCOMPARE(part.share, sent.share);
        QCOMPARE(part.binding, sent.binding);
        QCOMPARE(part.presence, sent.presence);
        QCOMPARE(part.team, sent.team);
        QCOMPARE(part.ageBand, QString());
    }
    // Shares are little-endian u64s in the file.
    QCOMPARE(hr::encodeShare({ 1, 0x0102030405060708ULL }),
        QByteArray::fromHex("0100000000000000"
                            "0807060504030201"));
    QVERIFY(!hr::decodeShare(QByteArray(7, 0)));
}

void TestHrStore::withheldFigureNeverHoldsACount()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    QVERIFY(hr.store().storeRelease(test::releaseRecord(kPeriod, 1, someFigures())).ok());
    hr.close();
    const QString insert = QStringLiteral(
        "INSERT INTO hr_figure (period, release_number, dimension, cell, metric, reason, "
        "contributors, sum, sum_squares) VALUES ('%1', 1, 'role', 'ib', '%2', %3)")
                               .arg(kPeriod, kWho5);
    // Whatever a program writes past the store, the file itself refuses.
    for (const char* values :
        { "1, 3, NULL, NULL", "1, NULL, 180, NULL", "1, NULL, NULL, 9000", "2, 4, 240, 14400" }) {
        const QString error = test::rawExec(hr.path(), insert.arg(QString::fromLatin1(values)));
        QVERIFY2(error.contains(QStringLiteral("CHECK")),
            qPrintable(QString::fromLatin1(values) + QStringLiteral(": ") + error));
    }
    // A released figure has its numbers, and never of fewer than 5.
    QVERIFY(test::rawExec(hr.path(), insert.arg(QStringLiteral("0, NULL, NULL, NULL")))
                .contains(QStringLiteral("CHECK")));
    QVERIFY(test::rawExec(hr.path(), insert.arg(QStringLiteral("0, 4, 240, 14400")))
                .contains(QStringLiteral("CHECK")));
    // The school is no cell.
    QVERIFY(test::rawExec(hr.path(),
        QStringLiteral("INSERT INTO hr_figure VALUES ('%1', 1, 'school', 'x', '%2', 0, 5, 1, 1)")
            .arg(kPeriod, kWho5))
                .contains(QStringLiteral("CHECK")));
    // A withheld figure with its reason alone is what the file holds.
    QCOMPARE(
        test::rawExec(hr.path(), insert.arg(QStringLiteral("1, NULL, NULL, NULL"))), QString());
}

void TestHrStore::storeRefusesNumbersOnAWithheldFigure()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    hr::Figure leaky = test::withheldFigure(
        Dimension::Team, QStringLiteral("middenbouw"), kWho5, Reason::FewerThanK);
    leaky.contributors = 3;
    QCOMPARE(test::codeOf(
                 hr.store().storeRelease(test::releaseRecord(kPeriod, 1, someFigures() << leaky))),
        "InvalidInput");
    hr::Figure small = test::releasedFigure(Dimension::Role, QStringLiteral("ib"), kWho5, 4, 1, 1);
    QCOMPARE(test::codeOf(
                 hr.store().storeRelease(test::releaseRecord(kPeriod, 1, someFigures() << small))),
        "InvalidInput");
    QVERIFY(nothingStored(hr.db()));
}

void TestHrStore::storeReleaseIsAllOrNothing()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    // The release row and the first two figures go in; the third is the first one again.
    QList<hr::Figure> figures = someFigures().mid(0, 2);
    figures << figures.first();
    const Status s = hr.store().storeRelease(
        test::releaseRecord(kPeriod, 1, figures, { test::hrPart(1), test::hrPart(2) }));
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY(nothingStored(hr.db()));

    // The same with a part: the third changes the first.
    const Status parts = hr.store().storeRelease(test::releaseRecord(
        kPeriod, 1, someFigures(), { test::hrPart(1), test::hrPart(2), test::hrPart(1, 2) }));
    QCOMPARE(test::codeOf(parts), "InvalidInput");
    QVERIFY(nothingStored(hr.db()));

    // And the same release, whole, goes in afterwards.
    QVERIFY(hr.store().storeRelease(test::releaseRecord(kPeriod, 1, someFigures())).ok());
    QCOMPARE(test::rowCount(hr.db(), "hr_figure"), 4);
}

void TestHrStore::releasesArePeriodByPeriodInOrder()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    hr::HrStore& store = hr.store();
    QCOMPARE(test::codeOf(store.storeRelease(test::releaseRecord(kPeriod, 2, someFigures()))),
        "InvalidInput"); // no release 1 yet
    QVERIFY(store.storeRelease(test::releaseRecord(kPeriod, 1, someFigures())).ok());
    hr::ReleaseRecord again = test::releaseRecord(kPeriod, 1, someFigures());
    again.release.fileSha256 = QByteArray(32, 'a');
    QCOMPARE(test::codeOf(store.storeRelease(again)), "InvalidInput"); // release 1 exists
    hr::ReleaseRecord sameFile = test::releaseRecord(kPeriod, 2, someFigures());
    sameFile.release.fileSha256 = test::releaseRecord(kPeriod, 1, {}).release.fileSha256;
    QCOMPARE(test::codeOf(store.storeRelease(sameFile)), "InvalidInput"); // imported already
    hr::ReleaseRecord unknownProfile = test::releaseRecord(kPeriod, 2, someFigures());
    unknownProfile.release.profileVersion = 7;
    QCOMPARE(test::codeOf(store.storeRelease(unknownProfile)), "InvalidInput");
    hr::ReleaseRecord otherSchool = test::releaseRecord(kPeriod, 2, someFigures());
    otherSchool.release.schoolId = QStringLiteral("obs-de-wilg");
    QCOMPARE(test::codeOf(store.storeRelease(otherSchool)), "InvalidInput");
    hr::ReleaseRecord noPeriod = test::releaseRecord(QStringLiteral("2026-2027/7of6"), 1, {});
    QCOMPARE(test::codeOf(store.storeRelease(noPeriod)), "InvalidInput");
    QCOMPARE(test::rowCount(hr.db(), "hr_release"), 1);

    QVERIFY(store.storeRelease(test::releaseRecord(kPeriod, 2, someFigures())).ok());
    QCOMPARE(store.releases()->size(), 2);
    QCOMPARE(store.releases()->last().releaseNumber, 2);
}

void TestHrStore::aStoredPartIsFrozen()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    hr::HrStore& store = hr.store();
    QVERIFY(store.storeRelease(test::releaseRecord(kPeriod, 1, someFigures(), { test::hrPart(1) }))
                .ok());
    // A re-release may carry the part again unchanged, with new ones beside it ...
    QVERIFY(store
                .storeRelease(test::releaseRecord(
                    kPeriod, 2, someFigures(), { test::hrPart(1), test::hrPart(2) }))
                .ok());
    QCOMPARE(store.parts(kPeriod)->size(), 2);
    // ... but not a new revision of it.
    QCOMPARE(test::codeOf(store.storeRelease(
                 test::releaseRecord(kPeriod, 3, someFigures(), { test::hrPart(1, 2) }))),
        "InvalidInput");
    QCOMPARE(store.releases()->size(), 2);
    // The same part in another period is another contribution.
    QVERIFY(store
                .storeRelease(test::releaseRecord(
                    QStringLiteral("2026-2027/2of6"), 1, someFigures(), { test::hrPart(1, 2) }))
                .ok());
}

void TestHrStore::periodsComeOldestFirst()
{
    test::TempHr hr;
    QVERIFY(hr.open().ok());
    for (const char* period :
        { "2026-2027/10of12", "2026-2027/2of12", "2025-2026/12of12", "2026-2027/1of12" }) {
        QVERIFY(
            hr.store()
                .storeRelease(test::releaseRecord(QString::fromLatin1(period), 1, someFigures()))
                .ok());
    }
    QCOMPARE(*hr.store().periods(),
        QStringList({ QStringLiteral("2025-2026/12of12"), QStringLiteral("2026-2027/1of12"),
            QStringLiteral("2026-2027/2of12"), QStringLiteral("2026-2027/10of12") }));
    QCOMPARE(hr.store().releases()->first().period, QStringLiteral("2025-2026/12of12"));
}

QTEST_GUILESS_MAIN(TestHrStore)
#include "tst_hr_store.moc"
