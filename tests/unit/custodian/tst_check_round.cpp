// The check before a release (custodian_release.h, school/hr_part.h): the custodian asks HR
// which HR parts check out, HR answers signed, and the release sums only parts HR found valid.
// A damaged, mixed or forged HR part is left out instead of blocking the period; a new copy of
// the teacher's file replaces a refused one; answers that HR did not sign change nothing.
#include "custodian/custodian_inbox.h"
#include "custodian/custodian_release.h"
#include "custodian_fixtures.h"
#include "exchange/check_file.h"
#include "exchange/envelope.h"
#include "exchange_fixtures.h"
#include "kernwijzer/v1/release.pb.h"
#include "school/hr_part.h"
#include "school/release_check.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace kw;
using namespace kw::custodian;
namespace v1 = ::kernwijzer::v1;

namespace {

constexpr int kTeachers = 12;

/** @p file with its HR seal changed by @p change (the custodian's part untouched). */
QByteArray withHrSeal(const QByteArray& file, const std::function<void(v1::Seal&)>& change)
{
    v1::Envelope envelope;
    if (!envelope.ParseFromArray(file.data(), int(file.size())))
        qFatal("not an envelope");
    for (v1::Seal& seal : *envelope.mutable_seals()) {
        if (seal.recipient() == v1::PARTY_SCHOOL)
            change(seal);
    }
    return exchange::writeEnvelope(envelope);
}

} // namespace

class TestCheckRound : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_c.reset(); }

    void aReleaseWaitsForHrsCheck();
    void theCheckLetsTheReleaseThrough();
    void aDamagedHrPartIsLeftOutAndDoesNotBlock();
    void aMixedCopyIsLeftOutAndTheRightCopyReplacesIt();
    void aNewRevisionWaitsForAVerdictOfItsOwn();
    void answersNotSignedByHrChangeNothing();
    void hrJudgesEachPartAgainstItsListing();
    void requestsNotSignedByTheCustodianAreRefused();
    void verdictsAreFinal();
    void aRefusedContributionCannotJoinOnceReleased();
    void answersMustJudgeEachContributionOnceWithAKnownVerdict();
    void noRequestWhileNothingWouldBeReleased();

private:
    /** Imports @p paths; the outcome of each file. */
    QList<FileOutcome> import(const QStringList& paths);
    /** Writes the release of m_c->draft() and HR checks it; its contributions. */
    int releaseAndCheck();

    std::unique_ptr<test::TempCustodian> m_c;
    QStringList m_files;
};

void TestCheckRound::init()
{
    m_c = std::make_unique<test::TempCustodian>();
    QVERIFY(m_c->open().ok());
    m_files.clear();
    for (int t = 0; t < kTeachers; ++t)
        m_files << m_c->contribution(QStringLiteral("in/%1.kwbijdrage").arg(t), t);
}

QList<FileOutcome> TestCheckRound::import(const QStringList& paths)
{
    auto report = importFiles(m_c->store(), m_c->keys(), paths);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().message));
    return report->files;
}

int TestCheckRound::releaseAndCheck()
{
    const PeriodDraft d = m_c->draft();
    const QString path = m_c->path(QStringLiteral("release.kwvrijgave"));
    if (Status s = writePeriodRelease(m_c->store(), m_c->keys(), d, path); !s)
        qFatal("no release: %s", qPrintable(s.error().message));
    auto checked = school::checkRelease(test::readAll(path), m_c->profile(), m_c->hrKeys(), {});
    if (!checked)
        qFatal("HR refuses the release: %s", qPrintable(checked.error().message));
    return int(checked->hrParts.size());
}

void TestCheckRound::aReleaseWaitsForHrsCheck()
{
    import(m_files);
    const PeriodDraft d = m_c->draft();
    QCOMPARE(d.toCheck.size(), kTeachers);
    QVERIFY(!d.checked());
    const QString before = m_c->dump();
    const QString path = m_c->path(QStringLiteral("early.kwvrijgave"));
    const Status s = writePeriodRelease(m_c->store(), m_c->keys(), d, path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("has not checked")),
        qPrintable(s.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(m_c->dump(), before);
}

void TestCheckRound::theCheckLetsTheReleaseThrough()
{
    import(m_files);
    const RecordedAnswer recorded = m_c->checkRound();
    QCOMPARE(recorded.valid, kTeachers);
    QCOMPARE(recorded.refused, 0);
    QVERIFY(m_c->draft().checked());
    // Nothing left to ask: a second request is refused.
    QVERIFY(!writeCheckRequest(
        m_c->store(), m_c->keys(), m_c->draft(), m_c->path(QStringLiteral("again.kwcontrole")))
                 .ok());
    QCOMPARE(releaseAndCheck(), kTeachers);
}

void TestCheckRound::aDamagedHrPartIsLeftOutAndDoesNotBlock()
{
    // One file's HR part damaged on the way: the custodian cannot see it and keeps the file.
    const QString damaged = m_c->writeBytes(QStringLiteral("in/damaged.kwbijdrage"),
        withHrSeal(
            test::readAll(m_files[0]), [](v1::Seal& s) { (*s.mutable_sealed())[40] ^= 0x01; }));
    const QList<FileOutcome> kept = import(QStringList(m_files.mid(1)) << damaged);
    QVERIFY(
        std::all_of(kept.cbegin(), kept.cend(), [](const FileOutcome& f) { return f.accepted; }));
    const RecordedAnswer recorded = m_c->checkRound();
    QCOMPARE(recorded.valid, kTeachers - 1);
    QCOMPARE(recorded.refused, 1);
    const PeriodDraft d = m_c->draft();
    QCOMPARE(d.refusedByHr, 1);
    QVERIFY(d.checked());
    QCOMPARE(releaseAndCheck(), kTeachers - 1); // HR imports it: the period is not blocked
}

void TestCheckRound::aMixedCopyIsLeftOutAndTheRightCopyReplacesIt()
{
    // Teacher 0's custodian part with teacher 1's HR part arrives first.
    const QByteArray otherSeal = [&] {
        v1::Envelope e;
        const QByteArray b = test::readAll(m_files[1]);
        e.ParseFromArray(b.data(), int(b.size()));
        for (const v1::Seal& s : e.seals())
            if (s.recipient() == v1::PARTY_SCHOOL)
                return QByteArray::fromStdString(s.sealed());
        return QByteArray();
    }();
    const QString mixed = m_c->writeBytes(QStringLiteral("in/mixed.kwbijdrage"),
        withHrSeal(test::readAll(m_files[0]),
            [&](v1::Seal& s) { s.set_sealed(otherSeal.data(), size_t(otherSeal.size())); }));
    import(QStringList(m_files.mid(1)) << mixed);
    // The right copy before HR's answer: the first copy stays (nothing says it is wrong yet).
    QCOMPARE(import({ m_files[0] }).constFirst().outcome, ImportOutcome::AlreadyThere);
    const RecordedAnswer recorded = m_c->checkRound();
    QCOMPARE(recorded.refused, 1);
    QCOMPARE(m_c->draft().refusedByHr, 1);
    // After HR refused it, the right copy replaces it and waits for its own check.
    const FileOutcome again = import({ m_files[0] }).constFirst();
    QCOMPARE(again.outcome, ImportOutcome::Replaced);
    QVERIFY(again.accepted);
    QCOMPARE(m_c->draft().toCheck.size(), 1);
    QCOMPARE(m_c->checkRound().valid, 1);
    QCOMPARE(m_c->draft().refusedByHr, 0);
    QCOMPARE(releaseAndCheck(), kTeachers);
}

void TestCheckRound::aNewRevisionWaitsForAVerdictOfItsOwn()
{
    import(m_files);
    m_c->checkRound();
    const QString second = m_c->contribution(QStringLiteral("in/0-r2.kwbijdrage"), 0, 2);
    QCOMPARE(import({ second }).constFirst().outcome, ImportOutcome::Replaced);
    const PeriodDraft d = m_c->draft();
    QCOMPARE(d.toCheck.size(), 1);
    QCOMPARE(d.toCheck.constFirst().contribution.revision, 2u);
    QVERIFY(!d.checked());
}

void TestCheckRound::answersNotSignedByHrChangeNothing()
{
    import(m_files);
    const QString request = m_c->path(QStringLiteral("check.kwcontrole"));
    QVERIFY(writeCheckRequest(m_c->store(), m_c->keys(), m_c->draft(), request).ok());
    auto answer = school::answerCheckRequest(test::readAll(request), m_c->profile(), m_c->hrKeys());
    QVERIFY(answer.ok());
    for (exchange::PartVerdict& v : answer->verdicts)
        v.verdict = exchange::Verdict::NotValid; // someone wants every teacher left out
    const QString before = m_c->dump();

    // Signed with the custodian's own key, or another school's HR key: refused.
    QVERIFY(!exchange::writeCheckAnswer(*answer, m_c->keys()).ok());
    const exchange::KeySet stranger = exchange::createKeySet(
        v1::PARTY_SCHOOL, QStringLiteral("Ander HR"), QStringLiteral("HR"));
    auto foreign = exchange::writeCheckAnswer(*answer, stranger);
    QVERIFY(foreign.ok());
    QCOMPARE(test::codeOf(recordCheckAnswer(m_c->store(), *foreign)), "Untrusted");
    // HR's own answer with one bit changed after signing: refused.
    QByteArray bent = *exchange::writeCheckAnswer(*answer, m_c->hrKeys());
    bent[bent.size() - 70] = char(bent[bent.size() - 70] ^ 0x04);
    QVERIFY(!recordCheckAnswer(m_c->store(), bent).ok());
    // Another kind of file: refused.
    QVERIFY(!recordCheckAnswer(m_c->store(), test::readAll(request)).ok());
    QCOMPARE(m_c->dump(), before);
    QCOMPARE(m_c->draft().toCheck.size(), kTeachers);
}

void TestCheckRound::hrJudgesEachPartAgainstItsListing()
{
    import(m_files);
    const PeriodDraft d = m_c->draft();
    // A request listing part 0 under part 1's id (a custodian who swaps parts): the part opens
    // and checks out, but it is not the contribution listed.
    exchange::CheckRequest swapped { m_c->profile().schoolId, m_c->profile().version,
        test::kCustodianPeriod, d.toCheck.mid(0, 2) };
    std::swap(swapped.parts[0].hrSeal, swapped.parts[1].hrSeal);
    swapped.parts.append(d.toCheck[2]);
    swapped.parts[2].hrSeal = QByteArrayLiteral("not a seal");
    auto file = exchange::writeCheckRequest(swapped, m_c->keys());
    QVERIFY(file.ok());
    auto answer = school::answerCheckRequest(*file, m_c->profile(), m_c->hrKeys());
    QVERIFY(answer.ok());
    QCOMPARE(answer->verdicts.size(), 3);
    QCOMPARE(answer->verdicts[0].verdict, exchange::Verdict::OtherContribution);
    QCOMPARE(answer->verdicts[1].verdict, exchange::Verdict::OtherContribution);
    QCOMPARE(answer->verdicts[2].verdict, exchange::Verdict::DoesNotOpen);
    QCOMPARE(answer->verdicts[0].contribution, swapped.parts[0].contribution);
    QCOMPARE(answer->verdicts[0].hrSealDigest, exchange::sealDigest(swapped.parts[0].hrSeal));
    // The answer read back is the answer written.
    auto read = exchange::readCheckAnswer(
        *exchange::writeCheckAnswer(*answer, m_c->hrKeys()), m_c->profile());
    QVERIFY(read.ok());
    QCOMPARE(read->verdicts, answer->verdicts);
}

void TestCheckRound::requestsNotSignedByTheCustodianAreRefused()
{
    import(m_files);
    const exchange::CheckRequest request { m_c->profile().schoolId, m_c->profile().version,
        test::kCustodianPeriod, m_c->draft().toCheck };
    const exchange::KeySet stranger = exchange::createKeySet(
        v1::PARTY_CUSTODIAN, QStringLiteral("Ander"), QStringLiteral("MR"));
    auto foreign = exchange::writeCheckRequest(request, stranger);
    QVERIFY(foreign.ok());
    QCOMPARE(test::codeOf(school::answerCheckRequest(*foreign, m_c->profile(), m_c->hrKeys())),
        "Untrusted");
    // HR's answer needs HR's key: the custodian's cannot open the parts.
    auto own = exchange::writeCheckRequest(request, m_c->keys());
    QVERIFY(own.ok());
    QVERIFY(!school::answerCheckRequest(*own, m_c->profile(), m_c->keys()).ok());
    // Listed out of order: refused.
    exchange::CheckRequest reversed = request;
    std::reverse(reversed.parts.begin(), reversed.parts.end());
    QCOMPARE(
        test::codeOf(school::answerCheckRequest(
            *exchange::writeCheckRequest(reversed, m_c->keys()), m_c->profile(), m_c->hrKeys())),
        "Untrusted");
}

void TestCheckRound::verdictsAreFinal()
{
    import(m_files);
    const QString request = m_c->path(QStringLiteral("check.kwcontrole"));
    QVERIFY(writeCheckRequest(m_c->store(), m_c->keys(), m_c->draft(), request).ok());
    auto answer = school::answerCheckRequest(test::readAll(request), m_c->profile(), m_c->hrKeys());
    QVERIFY(answer.ok());
    QVERIFY(
        recordCheckAnswer(m_c->store(), *exchange::writeCheckAnswer(*answer, m_c->hrKeys())).ok());
    const QString before = m_c->dump();
    // The same answer again changes nothing; one that turns a verdict round is refused whole.
    QVERIFY(
        recordCheckAnswer(m_c->store(), *exchange::writeCheckAnswer(*answer, m_c->hrKeys())).ok());
    answer->verdicts[3].verdict = exchange::Verdict::NotValid;
    const auto flipped
        = recordCheckAnswer(m_c->store(), *exchange::writeCheckAnswer(*answer, m_c->hrKeys()));
    QCOMPARE(test::codeOf(flipped), "Untrusted");
    QCOMPARE(m_c->dump(), before);
    QVERIFY(m_c->draft().checked());
}

void TestCheckRound::aRefusedContributionCannotJoinOnceReleased()
{
    // Teacher 0's HR part damaged: refused, left out of the release.
    const QString damaged = m_c->writeBytes(QStringLiteral("in/damaged.kwbijdrage"),
        withHrSeal(
            test::readAll(m_files[0]), [](v1::Seal& s) { (*s.mutable_sealed())[40] ^= 0x01; }));
    import(QStringList(m_files.mid(1)) << damaged);
    QCOMPARE(m_c->checkRound().refused, 1);
    QCOMPARE(releaseAndCheck(), kTeachers - 1);
    // Once the period is released, neither the right copy nor a new revision joins it: HR
    // could otherwise refuse a chosen teacher and read them from the re-release.
    const QString before = m_c->dump();
    for (const QString& path :
        { m_files[0], m_c->contribution(QStringLiteral("in/0-r2.kwbijdrage"), 0, 2) }) {
        const FileOutcome outcome = import({ path }).constFirst();
        QCOMPARE(outcome.outcome, ImportOutcome::TooLate);
        QVERIFY(!outcome.accepted);
    }
    QCOMPARE(m_c->dump(), before);
}

void TestCheckRound::answersMustJudgeEachContributionOnceWithAKnownVerdict()
{
    import(m_files);
    const QString request = m_c->path(QStringLiteral("check.kwcontrole"));
    QVERIFY(writeCheckRequest(m_c->store(), m_c->keys(), m_c->draft(), request).ok());
    auto answer = school::answerCheckRequest(test::readAll(request), m_c->profile(), m_c->hrKeys());
    QVERIFY(answer.ok());
    const QString before = m_c->dump();
    for (const int verdict : { 0, 5 }) {
        exchange::CheckAnswer odd = *answer;
        odd.verdicts[0].verdict = exchange::Verdict(verdict);
        QCOMPARE(test::codeOf(exchange::readCheckAnswer(
                     *exchange::writeCheckAnswer(odd, m_c->hrKeys()), m_c->profile())),
            "Corrupt");
    }
    exchange::CheckAnswer twice = *answer;
    twice.verdicts.insert(1, twice.verdicts[0]);
    twice.verdicts[1].verdict = exchange::Verdict::NotValid;
    QCOMPARE(test::codeOf(recordCheckAnswer(
                 m_c->store(), *exchange::writeCheckAnswer(twice, m_c->hrKeys()))),
        "Untrusted");
    QCOMPARE(m_c->dump(), before);
}

void TestCheckRound::noRequestWhileNothingWouldBeReleased()
{
    // Three teachers: too few to release anything, so HR does not get to see their parts.
    import(m_files.mid(0, 3));
    const PeriodDraft d = m_c->draft();
    QVERIFY(!d.draft.publishesAnything());
    const QString request = m_c->path(QStringLiteral("few.kwcontrole"));
    QVERIFY(!writeCheckRequest(m_c->store(), m_c->keys(), d, request).ok());
    QVERIFY(!QFileInfo::exists(request));
}

QTEST_GUILESS_MAIN(TestCheckRound)
#include "tst_check_round.moc"
