// The custodian's inbox: every outcome a file can have, with the database unchanged by every
// refusal; folders of good and bad files; importing twice; cancelling half-way; a key holder's
// forged re-export; late files after a release.
#include "custodian/custodian_inbox.h"
#include "custodian_fixtures.h"
#include "exchange/check_file.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/signing.h"
#include "exchange_fixtures.h"
#include "kernwijzer/v1/contribution.pb.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <sys/stat.h>

using namespace kw;
using namespace kw::custodian;
namespace v1 = ::kernwijzer::v1;

namespace {

/** importFiles() of @p paths, which must run to the end. */
ImportReport importAll(test::TempCustodian& c, const QStringList& paths)
{
    auto report = importFiles(c.store(), c.keys(), paths);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().message));
    return *report;
}

/** The one outcome of importing the one file @p path. */
FileOutcome importOne(test::TempCustodian& c, const QString& path)
{
    const ImportReport report = importAll(c, { path });
    Q_ASSERT(report.files.size() == 1);
    return report.files.first();
}

QByteArray bytesOf(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

/**
 * @p file with its custodian part replaced as a key holder would: the part opened with the
 * custodian's key (the attacker is the custodian, or HR who knows the layout), changed by
 * @p change, its binding re-signed with @p signSecret, and sealed again to the custodian.
 */
QByteArray forged(const QByteArray& file, const exchange::KeySet& custodian,
    const QByteArray& signSecret,
    const std::function<void(v1::ContributionShare&, v1::ContributionBinding&)>& change)
{
    auto envelope = exchange::readEnvelope(file);
    for (v1::Seal& seal : *envelope->mutable_seals()) {
        if (seal.recipient() != v1::PARTY_CUSTODIAN)
            continue;
        const auto opened
            = crypto::openSeal(bytesOf(seal.sealed()), custodian.boxPublic, custodian.boxSecret);
        v1::ContributionShare share;
        v1::ContributionBinding binding;
        share.ParseFromString(opened->toStdString());
        binding.ParseFromString(share.binding());
        change(share, binding);
        const std::string signedBinding = binding.SerializeAsString();
        share.set_binding(signedBinding);
        share.set_device_signature(
            exchange::signAs(exchange::Signed::Contribution, bytesOf(signedBinding), signSecret)
                .toStdString());
        seal.set_sealed(
            crypto::seal(bytesOf(share.SerializeAsString()), custodian.boxPublic)->toStdString());
    }
    std::string out;
    envelope->SerializeToString(&out);
    return bytesOf(out);
}

/** The commitment of docs/exchange-formats.md §4 to @p share under @p key. */
QByteArray commitmentOf(v1::Party party, const v1::ContributionShare& share, const QByteArray& key)
{
    QByteArray message = QByteArray("kernwijzer/v1/share-commitment") + '\0' + char(party);
    for (std::uint64_t slot : share.share()) {
        for (int b = 0; b < 8; ++b)
            message.append(char((slot >> (8 * b)) & 0xff));
    }
    return crypto::hash(message, key);
}

} // namespace

class TestCustodianInbox : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void aNewIdIsAddedWithTheHrPartSealed();
    void aHigherRevisionReplaces();
    void theSameFileAgainIsAlreadyThere();
    void anOlderRevisionIsOutdated();
    void theSameRevisionWithOtherNumbersIsAConflict();
    void anotherSchoolsFileIsRefused();
    void anUnknownProfileVersionIsRefused();
    void aProfileVersionWithAnotherLayoutIsRefused();
    void aFileWithoutAPartForThisKeyIsRefused();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void aLargeFileOfAnotherKindSaysWhatItIs();
    void anHrPartSealedToAnotherKeyIsRefused();
    void aForgedReExportOfSomeoneElsesIdIsRefused();
    void aNewIdAfterTheReleaseIsKeptAsideAsLate();
    void aNewRevisionOfAReleasedIdIsRefused();
    void aLateIdMayBeReplacedUntilItIsReleased();

    void aFolderOfGoodAndBadFilesIsImportedFileByFile();
    void importingTheSameFolderTwiceChangesNothing();
    void cancellingHalfWayKeepsAConsistentDatabase();
    void progressCountsEveryFile();
    void foldersAreWalkedOnceAndOnlyRegularFilesRead();
    void theKeyMustBeTheProfilesCustodians();
    void aDatabaseWithoutAProfileImportsNothing();

private:
    /** Imports @p path and checks that it ended in @p outcome without changing the database. */
    void expectRefused(const QString& path, ImportOutcome outcome);

    std::unique_ptr<test::TempCustodian> m_c;
};

void TestCustodianInbox::init()
{
    m_c = std::make_unique<test::TempCustodian>();
    QVERIFY(m_c->open().ok());
}

void TestCustodianInbox::expectRefused(const QString& path, ImportOutcome outcome)
{
    const QString before = m_c->dump();
    const FileOutcome file = importOne(*m_c, path);
    QVERIFY2(file.outcome == outcome,
        qPrintable(QStringLiteral("%1: %2").arg(outcomeId(file.outcome), file.reason)));
    QVERIFY(!file.accepted);
    QVERIFY(!file.reason.isEmpty());
    QCOMPARE(m_c->dump(), before);
}

void TestCustodianInbox::aNewIdIsAddedWithTheHrPartSealed()
{
    const exchange::ContributionPart plain = m_c->plain(1);
    const QString path = m_c->write(QStringLiteral("t1.kwbijdrage"), plain, 1);
    const FileOutcome file = importOne(*m_c, path);
    QCOMPARE(file.outcome, ImportOutcome::Added);
    QVERIFY(file.accepted);

    auto kept = m_c->store().contributions(test::kCustodianPeriod, false);
    QVERIFY(kept.ok());
    QCOMPARE(kept->size(), 1);
    const KeptContribution& c = kept->first();
    QCOMPARE(c.part.party, v1::PARTY_CUSTODIAN);
    QCOMPARE(c.part.submissionId,
        exchange::submissionIdFor(
            test::deviceSecret(1), m_c->profile().schoolId, test::kCustodianPeriod));
    QCOMPARE(c.part.cohort, plain.cohort);
    QCOMPARE(c.part.present, plain.present);
    QCOMPARE(c.part.revision, 1u);
    QVERIFY(!c.late);
    // The kept share is the custodian's: with HR's share, opened from the kept seal, it gives
    // the teacher's numbers back.
    v1::Seal seal;
    QVERIFY(seal.ParseFromString(c.hrSeal.toStdString()));
    QCOMPARE(seal.recipient(), v1::PARTY_SCHOOL);
    const auto opened = crypto::openSeal(
        bytesOf(seal.sealed()), m_c->hrKeys().boxPublic, m_c->hrKeys().boxSecret);
    QVERIFY(opened.has_value());
    auto hr = exchange::readContributionShare(*opened);
    QVERIFY(hr.ok());
    QCOMPARE(hr->binding, c.part.binding);
    QCOMPARE(exchange::combineShares(hr->values, c.part.values), plain.values);
    QVERIFY(c.part.values != plain.values);
}

void TestCustodianInbox::aHigherRevisionReplaces()
{
    importOne(*m_c, m_c->contribution(QStringLiteral("r1.kwbijdrage"), 1, 1));
    const FileOutcome file
        = importOne(*m_c, m_c->contribution(QStringLiteral("r2.kwbijdrage"), 1, 2));
    QCOMPARE(file.outcome, ImportOutcome::Replaced);
    QVERIFY(file.accepted);
    auto kept = m_c->store().contributions(test::kCustodianPeriod, true);
    QCOMPARE(kept->size(), 1);
    QCOMPARE(kept->first().part.revision, 2u);
}

void TestCustodianInbox::theSameFileAgainIsAlreadyThere()
{
    const QString path = m_c->contribution(QStringLiteral("t1.kwbijdrage"), 1);
    importOne(*m_c, path);
    expectRefused(path, ImportOutcome::AlreadyThere);
    // A copy under another name is the same contribution.
    QVERIFY(QFile::copy(path, m_c->path(QStringLiteral("copy.kwbijdrage"))));
    expectRefused(m_c->path(QStringLiteral("copy.kwbijdrage")), ImportOutcome::AlreadyThere);
}

void TestCustodianInbox::anOlderRevisionIsOutdated()
{
    const QString older = m_c->contribution(QStringLiteral("r1.kwbijdrage"), 1, 1);
    importOne(*m_c, m_c->contribution(QStringLiteral("r3.kwbijdrage"), 1, 3));
    expectRefused(older, ImportOutcome::Outdated);
}

void TestCustodianInbox::theSameRevisionWithOtherNumbersIsAConflict()
{
    importOne(*m_c, m_c->contribution(QStringLiteral("a.kwbijdrage"), 1, 1));
    // The same device, period and revision, written again: other shares, another binding.
    expectRefused(m_c->contribution(QStringLiteral("b.kwbijdrage"), 1, 1), ImportOutcome::Conflict);
}

void TestCustodianInbox::anotherSchoolsFileIsRefused()
{
    SchoolProfile other = m_c->profile();
    other.schoolId = QStringLiteral("obs-de-esch");
    other.schoolName = QStringLiteral("OBS De Esch");
    const QString path
        = m_c->write(QStringLiteral("other.kwbijdrage"), m_c->plainFor(other, 1), 1, &other);
    expectRefused(path, ImportOutcome::OtherSchool);
}

void TestCustodianInbox::anUnknownProfileVersionIsRefused()
{
    SchoolProfile v4 = m_c->profile();
    v4.version = 4;
    const QString path = m_c->write(QStringLiteral("v4.kwbijdrage"), m_c->plainFor(v4, 1), 1, &v4);
    expectRefused(path, ImportOutcome::OtherVersion);

    // Once version 4 is added (same layout), the same file is taken.
    QVERIFY(m_c->store().addProfile(m_c->profileFile(v4)).ok());
    QCOMPARE(importOne(*m_c, path).outcome, ImportOutcome::Added);
    // And a version-3 file still is: it counts the same figures.
    QCOMPARE(importOne(*m_c, m_c->contribution(QStringLiteral("v3.kwbijdrage"), 2)).outcome,
        ImportOutcome::Added);
}

void TestCustodianInbox::aProfileVersionWithAnotherLayoutIsRefused()
{
    const QString v3file = m_c->contribution(QStringLiteral("v3.kwbijdrage"), 1);
    SchoolProfile v4 = m_c->profile();
    v4.version = 4;
    v4.kernwaarden.removeLast(); // one figure fewer
    QVERIFY(m_c->store().addProfile(m_c->profileFile(v4)).ok());
    // The current profile is version 4 now: a version-3 file no longer adds up with it.
    expectRefused(v3file, ImportOutcome::OtherVersion);
    QCOMPARE(
        importOne(*m_c, m_c->write(QStringLiteral("v4.kwbijdrage"), m_c->plainFor(v4, 1), 1, &v4))
            .outcome,
        ImportOutcome::Added);
}

void TestCustodianInbox::aFileWithoutAPartForThisKeyIsRefused()
{
    // A profile of the same school and version naming another custodian: its files are
    // sealed to that custodian, not to this one.
    const exchange::KeySet stranger = test::custodianKeys("another custodian");
    const SchoolProfile theirs = test::signedProfileFor(m_c->hrKeys(), stranger);
    const QByteArray file
        = test::contributionFile(m_c->plainFor(theirs, 1), theirs, test::deviceSecret(1));
    expectRefused(
        m_c->writeBytes(QStringLiteral("theirs.kwbijdrage"), file), ImportOutcome::NotForThisKey);
}

void TestCustodianInbox::damagedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good
        = test::contributionFile(m_c->plain(1), m_c->profile(), test::deviceSecret(1));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Beste Carla, hierbij mijn bestand.\n");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("too large") << QByteArray(64 * 1024, 'x');
    QByteArray flipped = good;
    flipped[flipped.size() - 20] = char(flipped[flipped.size() - 20] ^ 0x01);
    QTest::newRow("a flipped bit in a seal") << flipped;
    // A profile file is an exchange file, but not a contribution.
    QTest::newRow("a profile") << m_c->profileFile(m_c->profile());
}

void TestCustodianInbox::damagedFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    importOne(*m_c, m_c->contribution(QStringLiteral("kept.kwbijdrage"), 2));
    expectRefused(m_c->writeBytes(QStringLiteral("bad.kwbijdrage"), bytes), ImportOutcome::Damaged);
}

void TestCustodianInbox::aLargeFileOfAnotherKindSaysWhatItIs()
{
    // A check request (HR's parts of many contributions) dropped into the inbox by mistake: far
    // larger than a contribution, so it is never parsed; the reason names what it is.
    exchange::CheckRequest request { m_c->profile().schoolId, m_c->profile().version,
        test::kCustodianPeriod, {} };
    for (int i = 0; i < 40; ++i)
        request.parts.append(
            { { QByteArray(31, 'a') + char(i), 1, QByteArray(32, 'b') }, QByteArray(800, 'c') });
    auto file = exchange::writeCheckRequest(request, m_c->keys());
    QVERIFY(file.ok());
    QVERIFY(file->size() > exchange::maxFileBytes(v1::FILE_KIND_CONTRIBUTION));
    const FileOutcome outcome
        = importOne(*m_c, m_c->writeBytes(QStringLiteral("p1.kwcontrole"), *file));
    QCOMPARE(outcome.outcome, ImportOutcome::Damaged);
    QVERIFY2(
        outcome.reason.contains(QStringLiteral("is a check request")), qPrintable(outcome.reason));
}

void TestCustodianInbox::anHrPartSealedToAnotherKeyIsRefused()
{
    // HR's part sealed to a key that is not HR's in the profile: the release would carry a part
    // HR cannot open.
    const QByteArray good
        = test::contributionFile(m_c->plain(1), m_c->profile(), test::deviceSecret(1));
    auto envelope = exchange::readEnvelope(good);
    for (v1::Seal& seal : *envelope->mutable_seals()) {
        if (seal.recipient() == v1::PARTY_SCHOOL)
            seal.set_recipient_key(crypto::boxKeyPair().publicKey.toStdString());
    }
    std::string bytes;
    envelope->SerializeToString(&bytes);
    expectRefused(
        m_c->writeBytes(QStringLiteral("hr.kwbijdrage"), bytesOf(bytes)), ImportOutcome::Damaged);
}

void TestCustodianInbox::aForgedReExportOfSomeoneElsesIdIsRefused()
{
    const QString real = m_c->contribution(QStringLiteral("victim.kwbijdrage"), 1, 1);
    QCOMPARE(importOne(*m_c, real).outcome, ImportOutcome::Added);
    const QByteArray file = [&] {
        QFile f(real);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    // A key holder reads the victim's id and cohort from the part it opens, and writes a
    // "revision 2" under that id with a share of its choosing and a commitment that opens,
    // signed with a key of its own: it does not hold the victim's submission key.
    const auto raise = [&](v1::ContributionShare& share, v1::ContributionBinding& binding) {
        binding.set_revision(2);
        share.set_share(0, share.share(0) + 1000);
        const QByteArray key = crypto::randomBytes(32);
        share.set_commitment_key(key.toStdString());
        binding.set_commitment_custodian(
            commitmentOf(v1::PARTY_CUSTODIAN, share, key).toStdString());
    };
    expectRefused(m_c->writeBytes(QStringLiteral("forged.kwbijdrage"),
                      forged(file, m_c->keys(), crypto::signKeyPair().secretKey, raise)),
        ImportOutcome::Damaged);

    // Named as its own id (a key it holds), it is merely a submission of its own: added beside
    // the victim's, which stays as it was.
    const crypto::KeyPair own = crypto::signKeyPair();
    const QByteArray asOwn = forged(file, m_c->keys(), own.secretKey,
        [&](v1::ContributionShare& share, v1::ContributionBinding& binding) {
            raise(share, binding);
            binding.set_submission_id(own.publicKey.toStdString());
        });
    QCOMPARE(importOne(*m_c, m_c->writeBytes(QStringLiteral("own.kwbijdrage"), asOwn)).outcome,
        ImportOutcome::Added);
    const QByteArray victimId = exchange::submissionIdFor(
        test::deviceSecret(1), m_c->profile().schoolId, test::kCustodianPeriod);
    auto victim = m_c->store().contribution(test::kCustodianPeriod, victimId);
    QVERIFY(victim.ok() && victim->has_value());
    QCOMPARE((*victim)->part.revision, 1u);

    // The real re-export still replaces.
    QCOMPARE(importOne(*m_c, m_c->contribution(QStringLiteral("victim2.kwbijdrage"), 1, 2)).outcome,
        ImportOutcome::Replaced);
}

void TestCustodianInbox::aNewIdAfterTheReleaseIsKeptAsideAsLate()
{
    importOne(*m_c, m_c->contribution(QStringLiteral("t1.kwbijdrage"), 1));
    auto before = m_c->store().contributions(test::kCustodianPeriod, false);
    QVERIFY(m_c->store()
                .recordRelease(test::kCustodianPeriod, 1, crypto::hash("release 1"),
                    { { before->first().part.submissionId, 1 } })
                .ok());

    const FileOutcome late = importOne(*m_c, m_c->contribution(QStringLiteral("t2.kwbijdrage"), 2));
    QCOMPARE(late.outcome, ImportOutcome::TooLate);
    QVERIFY(late.accepted);
    QCOMPARE(m_c->store().contributions(test::kCustodianPeriod, false)->size(), 1);
    auto all = m_c->store().contributions(test::kCustodianPeriod, true);
    QCOMPARE(all->size(), 2);
    QCOMPARE(std::count_if(all->begin(), all->end(), [](const auto& c) { return c.late; }), 1);
    // Another period is not affected by this one's release.
    QCOMPARE(importOne(*m_c,
                 m_c->contribution(
                     QStringLiteral("p2.kwbijdrage"), 2, 1, QStringLiteral("2026-2027/2of6")))
                 .outcome,
        ImportOutcome::Added);
}

void TestCustodianInbox::aNewRevisionOfAReleasedIdIsRefused()
{
    importOne(*m_c, m_c->contribution(QStringLiteral("r1.kwbijdrage"), 1, 1));
    auto kept = m_c->store().contributions(test::kCustodianPeriod, false);
    QVERIFY(m_c->store()
                .recordRelease(test::kCustodianPeriod, 1, crypto::hash("release 1"),
                    { { kept->first().part.submissionId, 1 } })
                .ok());
    expectRefused(m_c->contribution(QStringLiteral("r2.kwbijdrage"), 1, 2), ImportOutcome::TooLate);
    // The database itself refuses to change a summed contribution, whoever asks.
    KeptContribution changed = kept->first();
    changed.part.revision = 2;
    QVERIFY(!m_c->store().keep(changed).ok());
}

void TestCustodianInbox::aLateIdMayBeReplacedUntilItIsReleased()
{
    importOne(*m_c, m_c->contribution(QStringLiteral("t1.kwbijdrage"), 1));
    auto first = m_c->store().contributions(test::kCustodianPeriod, false);
    QVERIFY(m_c->store()
                .recordRelease(test::kCustodianPeriod, 1, crypto::hash("release 1"),
                    { { first->first().part.submissionId, 1 } })
                .ok());
    QCOMPARE(importOne(*m_c, m_c->contribution(QStringLiteral("l1.kwbijdrage"), 2, 1)).outcome,
        ImportOutcome::TooLate);
    const FileOutcome again
        = importOne(*m_c, m_c->contribution(QStringLiteral("l2.kwbijdrage"), 2, 2));
    QCOMPARE(again.outcome, ImportOutcome::TooLate);
    QVERIFY(again.accepted);
    const QByteArray lateId = exchange::submissionIdFor(
        test::deviceSecret(2), m_c->profile().schoolId, test::kCustodianPeriod);
    auto late = m_c->store().contribution(test::kCustodianPeriod, lateId);
    QCOMPARE((*late)->part.revision, 2u);
    QVERIFY((*late)->late);
}

void TestCustodianInbox::aFolderOfGoodAndBadFilesIsImportedFileByFile()
{
    m_c->contribution(QStringLiteral("in/a/t1.kwbijdrage"), 1);
    m_c->contribution(QStringLiteral("in/a/deeper/t2.kwbijdrage"), 2);
    m_c->contribution(QStringLiteral("in/b/t3-r1.kwbijdrage"), 3, 1);
    m_c->contribution(QStringLiteral("in/b/t3-r2.kwbijdrage"), 3, 2);
    m_c->writeBytes(QStringLiteral("in/b/notes.txt"), "niet voor jou");
    m_c->writeBytes(QStringLiteral("in/c/half.kwbijdrage"),
        test::contributionFile(m_c->plain(4), m_c->profile(), test::deviceSecret(4)).left(100));
    m_c->contribution(QStringLiteral("in/c/t5.kwbijdrage"), 5);

    const ImportReport report = importAll(*m_c, { m_c->path(QStringLiteral("in")) });
    QStringList seen;
    for (const FileOutcome& file : report.files)
        seen << QDir(m_c->path(QStringLiteral("in"))).relativeFilePath(file.path) + QLatin1Char('=')
                + outcomeId(file.outcome);
    QCOMPARE(seen,
        QStringList({ QStringLiteral("a/deeper/t2.kwbijdrage=added"),
            QStringLiteral("a/t1.kwbijdrage=added"), QStringLiteral("b/notes.txt=damaged"),
            QStringLiteral("b/t3-r1.kwbijdrage=added"),
            QStringLiteral("b/t3-r2.kwbijdrage=replaced"),
            QStringLiteral("c/half.kwbijdrage=damaged"),
            QStringLiteral("c/t5.kwbijdrage=added") }));
    QCOMPARE(report.summary.counts[ImportOutcome::Added], 4);
    QCOMPARE(report.summary.counts[ImportOutcome::Replaced], 1);
    QCOMPARE(report.summary.counts[ImportOutcome::Damaged], 2);
    QCOMPARE(report.summary.counts.total(), 7);
    QCOMPARE(report.summary.accepted, 5);
    QVERIFY(!report.summary.cancelled);
    QCOMPARE(m_c->store().contributions(test::kCustodianPeriod, false)->size(), 4);
}

void TestCustodianInbox::importingTheSameFolderTwiceChangesNothing()
{
    for (int t = 1; t <= 6; ++t)
        m_c->contribution(QStringLiteral("in/t%1.kwbijdrage").arg(t), t);
    const ImportReport first = importAll(*m_c, { m_c->path(QStringLiteral("in")) });
    QCOMPARE(first.summary.counts[ImportOutcome::Added], 6);
    const QString before = m_c->dump();
    const ImportReport second = importAll(*m_c, { m_c->path(QStringLiteral("in")) });
    QCOMPARE(second.summary.counts[ImportOutcome::AlreadyThere], 6);
    QCOMPARE(second.summary.accepted, 0);
    QCOMPARE(m_c->dump(), before);
}

void TestCustodianInbox::cancellingHalfWayKeepsAConsistentDatabase()
{
    for (int t = 1; t <= 10; ++t)
        m_c->contribution(QStringLiteral("in/t%1.kwbijdrage").arg(t, 2, 10, QLatin1Char('0')), t);
    int sunk = 0;
    auto summary = importEachFile(
        m_c->store(), m_c->keys(), { m_c->path(QStringLiteral("in")) },
        [&](const FileOutcome&) { ++sunk; },
        [](qsizetype done, qsizetype total) {
            return !(done == 4 && total == 10); // cancel after the fourth file
        },
        3);
    QVERIFY(summary.ok());
    QVERIFY(summary->cancelled);
    QCOMPARE(summary->accepted, 4);
    QCOMPARE(sunk, 4);
    // Reopened, the file is sound and holds exactly what the summary counted.
    m_c->close();
    QVERIFY(m_c->open().ok());
    QCOMPARE(test::integrityCheck(m_c->store().database()), QStringLiteral("ok"));
    QCOMPARE(m_c->store().contributions(test::kCustodianPeriod, false)->size(), 4);
    // Importing again takes the rest.
    const ImportReport rest = importAll(*m_c, { m_c->path(QStringLiteral("in")) });
    QCOMPARE(rest.summary.counts[ImportOutcome::AlreadyThere], 4);
    QCOMPARE(rest.summary.counts[ImportOutcome::Added], 6);
}

void TestCustodianInbox::progressCountsEveryFile()
{
    for (int t = 1; t <= 5; ++t)
        m_c->contribution(QStringLiteral("in/t%1.kwbijdrage").arg(t), t);
    QList<std::pair<qsizetype, qsizetype>> calls;
    auto report = importFiles(m_c->store(), m_c->keys(), { m_c->path(QStringLiteral("in")) },
        [&](qsizetype done, qsizetype total) {
            calls.append({ done, total });
            return true;
        });
    QVERIFY(report.ok());
    QCOMPARE(calls.size(), 5);
    QCOMPARE(calls.first().first, 1);
    QCOMPARE(calls.first().second, 5);
    QCOMPARE(calls.last().first, 5);
    QCOMPARE(calls.last().second, 5);
}

void TestCustodianInbox::foldersAreWalkedOnceAndOnlyRegularFilesRead()
{
    m_c->contribution(QStringLiteral("in/sub/t1.kwbijdrage"), 1);
    m_c->contribution(QStringLiteral("in/.hidden/t2.kwbijdrage"), 2);
    // A link back up (a loop), a second link to the same folder and a pipe (which would block
    // a reader forever).
    QVERIFY(QFile::link(m_c->path(QStringLiteral("in")), m_c->path(QStringLiteral("in/sub/loop"))));
    QVERIFY(
        QFile::link(m_c->path(QStringLiteral("in/sub")), m_c->path(QStringLiteral("in/again"))));
    QCOMPARE(
        ::mkfifo(QFile::encodeName(m_c->path(QStringLiteral("in/pipe"))).constData(), 0600), 0);

    const ImportReport report = importAll(*m_c, { m_c->path(QStringLiteral("in")) });
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.files.first().outcome, ImportOutcome::Added);

    // A path given by name is read as it is, and reported when it cannot be.
    const ImportReport named = importAll(*m_c,
        { m_c->path(QStringLiteral("in/pipe")),
            m_c->path(QStringLiteral("in/missing.kwbijdrage")) });
    QCOMPARE(named.files.size(), 2);
    QCOMPARE(named.files[0].outcome, ImportOutcome::Damaged);
    QCOMPARE(named.files[1].outcome, ImportOutcome::Damaged);
}

void TestCustodianInbox::theKeyMustBeTheProfilesCustodians()
{
    const QString path = m_c->contribution(QStringLiteral("t1.kwbijdrage"), 1);
    const QString before = m_c->dump();
    for (const exchange::KeySet& keys : { m_c->hrKeys(), test::custodianKeys("someone else") }) {
        auto report = importFiles(m_c->store(), keys, { path });
        QVERIFY(!report.ok());
        QVERIFY(!report.error().message.isEmpty());
    }
    QCOMPARE(m_c->dump(), before);
}

void TestCustodianInbox::aDatabaseWithoutAProfileImportsNothing()
{
    auto empty = CustodianStore::open(m_c->path(QStringLiteral("empty.sqlite")), m_c->clock());
    QVERIFY(empty.ok());
    auto report = importFiles(
        **empty, m_c->keys(), { m_c->contribution(QStringLiteral("t1.kwbijdrage"), 1) });
    QCOMPARE(test::codeOf(report), "NotFound");
}

QTEST_GUILESS_MAIN(TestCustodianInbox)
#include "tst_custodian_inbox.moc"
