// The teacher's side of the exchange over a real journal: importing the school's profile,
// opting in, the figures of a period worked out by hand, exporting (and re-exporting) a
// contribution, and a scan of every exported byte for anything personal.
#include "demo/demo_checkins.h"
#include "demo/demo_journal.h"
#include "demo/demo_pop.h"
#include "exchange/contribution_inbox.h"
#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/profile_codec.h"
#include "exchange/signing.h"
#include "exchange/verification_code.h"
#include "exchange_fixtures.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "teacher/teacher_exchange.h"
#include "test_support.h"
#include "wellbeing/checkin_store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kw;
using namespace kw::exchange;
using kw::test::codeOf;

namespace {

const QString kSchoolId = QStringLiteral("kc-de-linde");
const ExchangePeriod firstPeriod = *exchangePeriodFromId(QStringLiteral("2026-2027/1of6"), 2);

} // namespace

class TestTeacherExchange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstImportReplacesTheDemoSchool();
    void importChecksAgainstTheInstalledProfile();
    void refusedImportChangesNothing();
    void storedProfileIsVerifiedAgain();
    void periodsAreCutFromAugust();
    void figuresOfAPeriodMatchAHandCount();
    void exportNeedsTheOptInAndAClosedPeriod();
    void exportWritesSharesThatAddUpAndReexportReplaces();
    void replayedAndReexportedFilesAtHrAndCustodian();
    void failedWriteRecordsNoExport();
    void cohortMustBeInTheProfile();
    void noExportedByteIsPersonal();
    void newSchoolOrCustodianTurnsSharingOff();
    void importIsCheckedAgainstTheStoredProfile();
    void demoSchoolOnlyFromTheDemoJournal();
    void exportWritesWhatWasPreviewed();
    void sealsAreTheSameSizeForEveryCohort();
    void inboxRefusesAnotherLayout();
    void demoKeysAnywhereMakeADemoProfile();
    void previewWritesNothing();
    void profileStoredWithoutEndDateCanBeReplaced();
    void hrAloneCannotSwapTheCustodianOnAnExistingDevice();
    void handoversAreFollowedAsAChain();
    void aFirstInstallNeedsTheSchoolsVerificationCode();
    void hrsSwappedCustodianHasAnotherCodeOnANewDevice();

private:
    void install(const SchoolProfile& profile);
    void optIn(const Cohort& cohort
        = { QStringLiteral("bovenbouw"), QStringLiteral("leraar"), QStringLiteral("45-54") });
    void seedFirstPeriod();
    Result<ContributionPart> exportPeriod(const ExchangePeriod& period, const QString& path);
    QByteArray readAll(const QString& path);

    std::unique_ptr<test::TempTeacher> m_journal;
    CheckinStore* m_checkins = nullptr;
    ExchangeStore* m_store = nullptr;
    TeacherExchange* m_exchange = nullptr;
    KeySet m_school = test::schoolKeys();
    KeySet m_custodian = test::custodianKeys();
    SchoolProfile m_profile; ///< what the app would use: the demo school until an import
};

void TestTeacherExchange::init()
{
    m_journal = std::make_unique<test::TempTeacher>();
    QVERIFY(m_journal->open().ok());
    m_checkins = &m_journal->session().checkins();
    m_store = &m_journal->session().exchangeStore();
    m_exchange = &m_journal->session().exchange();
    m_profile = m_journal->profile();
}

void TestTeacherExchange::cleanup()
{
    m_exchange = nullptr;
    m_store = nullptr;
    m_checkins = nullptr;
    m_journal.reset();
}

void TestTeacherExchange::install(const SchoolProfile& profile)
{
    auto check = m_exchange->checkImport(test::coSignedFile(profile, m_school, m_custodian));
    QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
    QVERIFY(m_exchange->install(*check, exchange::verificationCode(check->profile)).ok());
    m_profile = check->profile;
}

Result<ContributionPart> TestTeacherExchange::exportPeriod(
    const ExchangePeriod& period, const QString& path)
{
    auto preview = m_exchange->preview(m_profile, period);
    if (!preview)
        return preview.error();
    return m_exchange->exportTo(m_profile, *preview, path, systemRandom());
}

void TestTeacherExchange::optIn(const Cohort& cohort)
{
    QVERIFY(m_store->setSettings({ true, cohort }).ok());
}

void TestTeacherExchange::firstImportReplacesTheDemoSchool()
{
    const QByteArray file
        = test::coSignedFile(test::signedProfileFor(m_school, m_custodian), m_school, m_custodian);
    auto check = m_exchange->checkImport(file);
    QVERIFY(check.ok());
    QCOMPARE(check->verdict, ProfileImport::Verdict::New);
    QVERIFY(m_exchange->install(*check, exchange::verificationCode(check->profile)).ok());
    auto installed = m_exchange->installedProfile();
    QVERIFY(installed.ok() && installed->has_value());
    QCOMPARE((*installed)->schoolName, QStringLiteral("Kindcentrum De Linde"));
    QCOMPARE(m_store->profileFile()->value(), file); // kept exactly as signed
}

void TestTeacherExchange::importChecksAgainstTheInstalledProfile()
{
    const SchoolProfile v3 = test::signedProfileFor(m_school, m_custodian, 3);
    install(v3);
    const auto verdictOf = [&](const SchoolProfile& p, const KeySet& hr, const KeySet& cust) {
        return m_exchange->checkImport(test::coSignedFile(p, hr, cust));
    };

    auto same = verdictOf(v3, m_school, m_custodian);
    QCOMPARE(same->verdict, ProfileImport::Verdict::Same);

    auto update
        = verdictOf(test::signedProfileFor(m_school, m_custodian, 4), m_school, m_custodian);
    QCOMPARE(update->verdict, ProfileImport::Verdict::Update);

    KeySet newCustodian = test::custodianKeys("new custodian");
    newCustodian.name = QStringLiteral("Victor Vertrouwenspersoon");
    SchoolProfile v5 = test::signedProfileFor(m_school, newCustodian, 5);
    v5.handovers = { *createHandoverFile(v3, m_custodian, newCustodian, QDate(2026, 11, 1)) };
    auto changed = verdictOf(v5, m_school, newCustodian);
    QCOMPARE(changed->verdict, ProfileImport::Verdict::CustodianChanged);
    QCOMPARE(changed->previousCustodian.name, QStringLiteral("Carla Custodian"));
    QCOMPARE(changed->previousCustodian.signKey, m_custodian.signPublic);
    QCOMPARE(changed->profile.custodian.name, QStringLiteral("Victor Vertrouwenspersoon"));

    auto older = verdictOf(test::signedProfileFor(m_school, m_custodian, 2), m_school, m_custodian);
    QCOMPARE(codeOf(older), "InvalidInput");
    QVERIFY(older.error().message.contains(QStringLiteral("newer version 3")));

    SchoolProfile sameVersion = v3;
    sameVersion.rules.minGroupWellbeing = 5;
    auto conflicting = verdictOf(sameVersion, m_school, m_custodian);
    QCOMPARE(codeOf(conflicting), "Untrusted");

    SchoolProfile otherSchool = test::signedProfileFor(m_school, m_custodian, 9);
    otherSchool.schoolId = QStringLiteral("obs-het-anker");
    otherSchool.schoolName = QStringLiteral("OBS Het Anker");
    auto foreign = verdictOf(otherSchool, m_school, m_custodian);
    QCOMPARE(codeOf(foreign), "Untrusted");
    QVERIFY(foreign.error().message.contains(QStringLiteral("OBS Het Anker")));

    // Someone who made their own HR key and named the school's custodian cannot get the
    // custodian's signature; with a custodian of their own, the HR key gives them away.
    const KeySet otherHr = test::schoolKeys("not the school");
    auto hijack = verdictOf(test::signedProfileFor(otherHr, m_custodian, 9), otherHr, m_custodian);
    QCOMPARE(codeOf(hijack), "Untrusted");
    QVERIFY(hijack.error().message.contains(QStringLiteral("not signed by your school")));

    auto expired = verdictOf(test::signedProfileFor(m_school, m_custodian, 6, QDate(2026, 10, 1)),
        m_school, m_custodian);
    QCOMPARE(codeOf(expired), "Expired");
}

void TestTeacherExchange::refusedImportChangesNothing()
{
    install(test::signedProfileFor(m_school, m_custodian, 3));
    const auto before = test::fileSha256(m_journal->path());
    const QByteArray stored = m_store->profileFile()->value();
    QByteArray broken = test::coSignedFile(
        test::signedProfileFor(m_school, m_custodian, 4), m_school, m_custodian);
    broken[broken.size() / 2] = char(broken[broken.size() / 2] ^ 0x20);
    QVERIFY(!m_exchange->checkImport(broken).ok());
    QCOMPARE(m_store->profileFile()->value(), stored);
    QCOMPARE(test::fileSha256(m_journal->path()), before);
}

void TestTeacherExchange::storedProfileIsVerifiedAgain()
{
    install(test::signedProfileFor(m_school, m_custodian, 3));
    // Another program edits the profile stored in the journal: the signatures give it away.
    const QString sql = QStringLiteral(
        "UPDATE exchange_profile SET file = CAST(replace(CAST(file AS TEXT), 'Linde', 'Lindo') "
        "AS BLOB)");
    QCOMPARE(test::rawExec(m_journal->path(), sql), QString());
    auto installed = m_exchange->installedProfile();
    QVERIFY(!installed.ok());
    QCOMPARE(codeOf(installed), "Untrusted");
}

void TestTeacherExchange::periodsAreCutFromAugust()
{
    QCOMPARE(firstPeriod.start, QDate(2026, 8, 1));
    QCOMPARE(firstPeriod.end, QDate(2026, 9, 30));
    QCOMPARE(exchangePeriodOf(QDate(2026, 11, 20), 2).id(), QStringLiteral("2026-2027/2of6"));
    QCOMPARE(exchangePeriodOf(QDate(2027, 7, 31), 2).id(), QStringLiteral("2026-2027/6of6"));
    QCOMPARE(exchangePeriodOf(QDate(2027, 1, 15), 3).end, QDate(2027, 1, 31));
    QCOMPARE(exchangePeriodOf(QDate(2027, 1, 15), 12).id(), QStringLiteral("2026-2027/1of1"));
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2027/7of6"), 2));
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2028/1of6"), 2));
    QVERIFY(!exchangePeriodFromId(QStringLiteral("../../etc"), 2));
    // Strict: the length is part of the id, nothing may trail it, and digits are ASCII.
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2027/1"), 2));
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2027/1of6\n"), 2));
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2027/1of4"), 2)); // periods of 3 months
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2027/1of5")));
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2027/1of0")));
    QVERIFY(!exchangePeriodFromId(QStringLiteral("2026-2027/1of1") + QChar(0x0662))); // "1٢"
    QCOMPARE(exchangePeriodFromId(QStringLiteral("2026-2027/4of4"))->start, QDate(2027, 5, 1));
    QCOMPARE(exchangePeriodFromId(QStringLiteral("2026-2027/4of4"))->months(), 3);
    // The same number under another length is another stretch of time, with another id.
    QVERIFY(exchangePeriodOf(QDate(2026, 11, 1), 2).id()
        != exchangePeriodOf(QDate(2027, 2, 1), 6).id());
    install(test::signedProfileFor(m_school, m_custodian));
    const QList<ExchangePeriod> periods = m_exchange->exportablePeriods(m_profile);
    QCOMPARE(periods.size(), 6);
    QCOMPARE(periods.first().id(), QStringLiteral("2026-2027/1of6")); // /2 is still open
    QCOMPARE(periods.last().id(), QStringLiteral("2025-2026/2of6")); // a school year back
}

void TestTeacherExchange::seedFirstPeriod()
{
    const auto who5 = [](QDate day, int each) {
        return CheckinInput { QStringLiteral("who5"), day, Answers(5, each), {} };
    };
    const auto pulse = [](QDate day, const Answers& answers, const Selections& choices) {
        return CheckinInput { QStringLiteral("pulse"), day, answers, choices };
    };
    const QList<CheckinInput> inputs {
        who5(QDate(2026, 9, 1), 3), // 15 × 4 = 60
        who5(QDate(2026, 9, 15), 4), // 80
        pulse(QDate(2026, 9, 7), { 4, 2, 5, std::nullopt },
            { { QStringLiteral("blij"), { QStringLiteral("collegas") } },
                { QStringLiteral("werkdruk"),
                    { QStringLiteral("e-mail"), QStringLiteral("administratie") } } }),
        pulse(QDate(2026, 9, 21), { 3, 3, 4, 2 },
            { { QStringLiteral("werkdruk"), { QStringLiteral("e-mail") } } }),
        // Not in the period: a week that starts on 27 July, and one in October.
        pulse(QDate(2026, 8, 1), { 1, 1, 1, 1 },
            { { QStringLiteral("werkdruk"), { QStringLiteral("ict") } } }),
        pulse(QDate(2026, 10, 5), { 1, 1, 1, 1 }, {}),
    };
    for (const CheckinInput& input : inputs) {
        auto saved = m_checkins->add(input);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    }
    QVERIFY(m_journal->add(QStringLiteral("Lastig gesprek met ouders, toch vertrouwen gehouden."),
        QDate(2026, 9, 10), { QStringLiteral("vertrouwen"), QStringLiteral("verbinding") }));
    QVERIFY(m_journal->add(QStringLiteral("Leerlingen zelf laten plannen."), QDate(2026, 9, 17),
        { QStringLiteral("eigenaarschap") }));
    QVERIFY(m_journal->add(QStringLiteral("Collega geholpen met de nieuwe methode."),
        QDate(2026, 9, 30), { QStringLiteral("vertrouwen") }));
    QVERIFY(m_journal->add(QStringLiteral("Oktober telt niet mee."), QDate(2026, 10, 1),
        { QStringLiteral("vertrouwen") }));
}

void TestTeacherExchange::figuresOfAPeriodMatchAHandCount()
{
    install(test::signedProfileFor(m_school, m_custodian));
    seedFirstPeriod();
    auto preview = m_exchange->preview(m_profile, firstPeriod);
    QVERIFY(preview.ok());
    const MetricLayout layout = MetricLayout::forProfile(m_profile);
    const auto value = [&](const char* id) {
        const int i = layout.indexOf(QString::fromLatin1(id));
        return preview->plain.values[std::size_t(MetricLayout::valueSlot(i))];
    };
    const auto present = [&](const char* id) {
        const int i = layout.indexOf(QString::fromLatin1(id));
        return bool(preview->plain.present[std::size_t(i)]);
    };
    const auto square = [&](const char* id) {
        const int i = layout.indexOf(QString::fromLatin1(id));
        return preview->plain.values[std::size_t(MetricLayout::squareSlot(i))];
    };
    QCOMPARE(value("score.who5"), 7000u); // (60 + 80) / 2, × 100
    QCOMPARE(square("score.who5"), 49'000'000u);
    QCOMPARE(value("item.pulse.energie"), 350u); // (4 + 3) / 2
    QCOMPARE(value("item.pulse.werkdruk"), 250u);
    QCOMPARE(value("item.pulse.werkplezier"), 450u);
    QCOMPARE(value("item.pulse.balans"), 200u); // answered once
    QCOMPARE(present("item.pulse.balans"), true);
    QCOMPARE(value("value.vertrouwen"), 2u);
    QCOMPARE(value("value.verbinding"), 1u);
    QCOMPARE(value("value.eigenaarschap"), 1u);
    QCOMPARE(value("value.talentontwikkeling"), 0u);
    QCOMPARE(present("value.talentontwikkeling"), true);
    QCOMPARE(value("choice.werkdruk.e-mail"), 2u);
    QCOMPARE(value("choice.werkdruk.administratie"), 1u);
    QCOMPARE(value("choice.werkdruk.ict"), 0u); // picked only in the week of 27 July
    QCOMPARE(value("choice.blij.collegas"), 1u);
    QCOMPARE(present("choice.blij.geslaagde-les"), true);
    // WHO-5 70 is above both cut-offs: the indicators are present and 0.
    QCOMPARE(present("cutoff.who5.50"), true);
    QCOMPARE(value("cutoff.who5.50"), 0u);
    QCOMPARE(value("cutoff.who5.28"), 0u);
    // Every pulse check-in asks both lists, whatever was picked.
    QCOMPARE(value("asked.werkdruk"), 2u);
    QCOMPARE(value("asked.blij"), 2u);

    // The preview lists every metric, formatted for a person.
    QCOMPARE(preview->lines.size(), layout.metrics().size());
    QCOMPARE(preview->lines[0].value, QStringLiteral("70.00"));

    // A period without any check-in: wellbeing absent (not zero), kernwaarden still counted.
    auto empty = m_exchange->preview(
        m_profile, *exchangePeriodFromId(QStringLiteral("2025-2026/6of6"), 2));
    QVERIFY(empty.ok());
    QCOMPARE(empty->plain.present[0], false);
    QCOMPARE(
        empty->plain.present[std::size_t(layout.indexOf(QStringLiteral("cutoff.who5.50")))], false);
    QCOMPARE(empty->plain.values[0], 0u);
    QVERIFY(!empty->lines[0].present);
}

void TestTeacherExchange::exportNeedsTheOptInAndAClosedPeriod()
{
    install(test::signedProfileFor(m_school, m_custodian));
    const QString path = m_journal->folder() + QStringLiteral("/p1.kwbijdrage");
    auto refused = exportPeriod(firstPeriod, path);
    QCOMPARE(codeOf(refused), "InvalidInput");
    QVERIFY(refused.error().message.contains(QStringLiteral("Turn it on first")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_store->exports(kSchoolId)->isEmpty());

    optIn();
    const ExchangePeriod open = *exchangePeriodFromId(QStringLiteral("2026-2027/2of6"), 2);
    refused = exportPeriod(open, path);
    QCOMPARE(codeOf(refused), "InvalidInput");
    QVERIFY(refused.error().message.contains(QStringLiteral("has not ended")));
    QVERIFY(!QFile::exists(path));
}

void TestTeacherExchange::exportWritesSharesThatAddUpAndReexportReplaces()
{
    install(test::signedProfileFor(m_school, m_custodian));
    seedFirstPeriod();
    optIn();
    const QString path = m_journal->folder() + QStringLiteral("/p1.kwbijdrage");
    auto first = exportPeriod(firstPeriod, path);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->revision, 1u);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    auto h = openContributionFile(bytes, m_school, &m_profile);
    auto c = openContributionFile(bytes, m_custodian, &m_profile);
    QVERIFY(h.ok() && c.ok());
    QCOMPARE(combineShares(h->values, c->values), first->values);
    QCOMPARE(h->cohort.ageBand, QStringLiteral("45-54"));
    // With the random source the export really uses, neither part holds any value in the clear
    // (a source of zeros would leave every value in the custodian's part).
    for (std::size_t i = 0; i < first->values.size(); ++i) {
        QVERIFY2(h->values[i] != first->values[i], qPrintable(QString::number(i)));
        QVERIFY2(c->values[i] != first->values[i], qPrintable(QString::number(i)));
    }

    // A re-export (a late check-in) carries the same id and a higher revision.
    auto second = exportPeriod(firstPeriod, path);
    QVERIFY(second.ok());
    QCOMPARE(second->revision, 2u);
    QCOMPARE(second->submissionId, first->submissionId);
    QCOMPARE(m_store->exports(kSchoolId)->first().revision, 2u);

    // Another period: an id that cannot be linked to the first.
    const ExchangePeriod previous = *exchangePeriodFromId(QStringLiteral("2025-2026/6of6"), 2);
    auto other = exportPeriod(previous, m_journal->folder() + QStringLiteral("/p0.kwbijdrage"));
    QVERIFY(other.ok());
    QVERIFY(other->submissionId != first->submissionId);
    QCOMPARE(other->revision, 1u);
}

void TestTeacherExchange::replayedAndReexportedFilesAtHrAndCustodian()
{
    install(test::signedProfileFor(m_school, m_custodian));
    seedFirstPeriod();
    optIn();
    const auto exportTo = [&](const char* name) {
        const QString path = m_journal->folder() + QLatin1Char('/') + QLatin1String(name);
        auto part = exportPeriod(firstPeriod, path);
        QFile file(path);
        return std::pair { part, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray() };
    };
    const auto [first, firstFile] = exportTo("r1.kwbijdrage");
    // A late check-in, then a second export of the same period.
    QVERIFY(
        m_checkins->add({ QStringLiteral("pulse"), QDate(2026, 9, 28), { 5, 5, 5, 5 }, {} }).ok());
    const auto [second, secondFile] = exportTo("r2.kwbijdrage");
    QVERIFY(first.ok() && second.ok());

    const MetricLayout layout = MetricLayout::forProfile(m_profile);
    ContributionInbox hr(::kernwijzer::v1::PARTY_SCHOOL, kSchoolId, firstPeriod.id(), layout);
    ContributionInbox custodian(
        ::kernwijzer::v1::PARTY_CUSTODIAN, kSchoolId, firstPeriod.id(), layout);
    const auto deliver = [&](const QByteArray& file) {
        auto h = openContributionFile(file, m_school, &m_profile);
        auto c = openContributionFile(file, m_custodian, &m_profile);
        return std::pair { hr.accept(*h), custodian.accept(*c) };
    };
    using O = ContributionInbox::Outcome;
    QCOMPARE(deliver(firstFile), std::pair(O::Added, O::Added));
    QCOMPARE(deliver(firstFile), std::pair(O::Duplicate, O::Duplicate)); // replayed
    QCOMPARE(deliver(secondFile), std::pair(O::Replaced, O::Replaced)); // re-exported
    QCOMPARE(deliver(firstFile), std::pair(O::Stale, O::Stale)); // the old file again
    QCOMPARE(hr.size(), 1);
    // Only the newest counts: the two sums give exactly the second export's values.
    QCOMPARE(combineShares(hr.sum(), custodian.sum()), second->values);
    QVERIFY(second->values != first->values);

    // A forged file reusing the id and revision with other numbers is refused.
    ContributionPart forged = *openContributionFile(secondFile, m_school, &m_profile);
    forged.values[0] += 1;
    QCOMPARE(hr.accept(forged), O::Conflict);
    ContributionPart otherPeriod = forged;
    otherPeriod.period = QStringLiteral("2025-2026/6of6");
    QCOMPARE(hr.accept(otherPeriod), O::WrongPeriod);
}

void TestTeacherExchange::failedWriteRecordsNoExport()
{
    install(test::signedProfileFor(m_school, m_custodian));
    optIn();
    const QString path = m_journal->folder() + QStringLiteral("/no-such-folder/p1.kwbijdrage");
    auto refused = exportPeriod(firstPeriod, path);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("Cannot write")));
    QVERIFY(m_store->exports(kSchoolId)->isEmpty()); // not shown as shared
    // Its revision is used up all the same: the next file never repeats it with other numbers.
    QCOMPARE(*m_store->nextRevision(kSchoolId, firstPeriod.id()), 2u);
    auto next = exportPeriod(firstPeriod, m_journal->folder() + QStringLiteral("/p1.kwbijdrage"));
    QVERIFY(next.ok());
    QCOMPARE(next->revision, 2u);
    QCOMPARE(m_store->exports(kSchoolId)->first().revision, 2u);
}

void TestTeacherExchange::cohortMustBeInTheProfile()
{
    install(test::signedProfileFor(m_school, m_custodian));
    optIn({ QStringLiteral("kleuterbouw"), QStringLiteral("leraar"), {} });
    auto refused
        = exportPeriod(firstPeriod, m_journal->folder() + QStringLiteral("/p1.kwbijdrage"));
    QCOMPARE(codeOf(refused), "InvalidInput");
    QVERIFY(refused.error().message.contains(QStringLiteral("Choose them again")));
}

void TestTeacherExchange::noExportedByteIsPersonal()
{
    install(test::signedProfileFor(m_school, m_custodian));
    // A full demo teacher: a year of reflections, check-ins with support advice, a POP, hours.
    const QDate today = m_journal->clock().today();
    QVERIFY(m_journal->store().addAll(demoReflections(m_profile, 200, today)).ok());
    for (const CheckinInput& input : demoCheckins(m_profile, today, 30))
        QVERIFY(m_checkins->add(input).ok());
    PopStore pop(m_journal->db(), m_profile, m_journal->clock());
    HoursStore hours(m_journal->db(), m_profile, m_journal->clock());
    QVERIFY(writeDemoPop(m_journal->store(), pop, hours).ok());
    optIn();

    const QString path = m_journal->folder() + QStringLiteral("/p1.kwbijdrage");
    auto exported = exportPeriod(firstPeriod, path);
    QVERIFY(exported.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    // What leaves the device, and what HR and the custodian can each open: all of it scanned.
    QList<QByteArray> scanned { bytes };
    for (const KeySet* keys : { &m_school, &m_custodian }) {
        auto envelope = readEnvelope(bytes);
        for (const auto& seal : envelope->seals()) {
            if (auto inner = crypto::openSeal(
                    QByteArray::fromStdString(seal.sealed()), keys->boxPublic, keys->boxSecret))
                scanned << *inner;
        }
    }
    QCOMPARE(scanned.size(), 3);

    QList<QByteArray> secrets;
    auto entries = m_journal->store().list({});
    QVERIFY(entries.ok() && entries->size() > 100);
    for (const JournalEntry& e : *entries) {
        // Every word of 6 letters or more: a reflection cannot leak even in part.
        for (const QString& word : e.reflection.text.split(QLatin1Char(' '))) {
            if (word.size() >= 6)
                secrets << word.toUtf8();
        }
    }
    auto goals = pop.goals();
    QVERIFY(goals.ok() && !goals->isEmpty());
    for (const Goal& g : *goals)
        secrets << g.title.toUtf8();
    for (const SupportContact& contact : m_profile.supportContacts)
        secrets << contact.name.toUtf8();
    secrets << m_profile.custodian.name.toUtf8() << m_profile.school.name.toUtf8();
    const QByteArray deviceSecret = *m_store->deviceSecret();
    secrets << deviceSecret << deviceSecret.toHex() << deviceSecret.left(8);
    // No date finer than the period, in any common spelling, nor the export time.
    const QDateTime now = m_journal->clock().now();
    secrets << "2026-11-20"
            << "20-11-2026"
            << "2026-09" << QByteArray::number(now.toSecsSinceEpoch())
            << QByteArray::number(now.toMSecsSinceEpoch());
    for (const QByteArray& part : scanned) {
        for (const QByteArray& secret : secrets)
            QVERIFY2(!part.contains(secret), secret.constData());
    }
    QVERIFY(secrets.size() > 500);
}

QByteArray TestTeacherExchange::readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestTeacherExchange::newSchoolOrCustodianTurnsSharingOff()
{
    // Opted in while on the demo school: the first real school starts with sharing off, and
    // the demo school's team ids are gone.
    QVERIFY(m_store->setSettings({ true, { QStringLiteral("onderbouw"), {}, {} } }).ok());
    install(test::signedProfileFor(m_school, m_custodian, 3));
    QCOMPARE(m_store->settings()->optedIn, false);
    QCOMPARE(m_store->settings()->cohort, Cohort {});

    // An update with the same custodian keeps the teacher's choices.
    optIn();
    install(test::signedProfileFor(m_school, m_custodian, 4));
    QCOMPARE(m_store->settings()->optedIn, true);
    QCOMPARE(m_store->settings()->cohort.team, QStringLiteral("bovenbouw"));

    // Another custodian: the teacher agreed to share under the old one, not this one.
    const KeySet newCustodian = test::custodianKeys("new custodian");
    SchoolProfile v5 = test::signedProfileFor(m_school, newCustodian, 5);
    v5.handovers = { *createHandoverFile(test::signedProfileFor(m_school, m_custodian, 4),
        m_custodian, newCustodian, QDate(2026, 11, 1)) };
    auto changed = m_exchange->checkImport(test::coSignedFile(v5, m_school, newCustodian));
    QCOMPARE(changed->verdict, ProfileImport::Verdict::CustodianChanged);
    QVERIFY(m_exchange->install(*changed).ok());
    QCOMPARE(m_store->settings()->optedIn, false);
    QCOMPARE(m_store->settings()->cohort.team, QStringLiteral("bovenbouw"));
}

void TestTeacherExchange::importIsCheckedAgainstTheStoredProfile()
{
    install(test::signedProfileFor(m_school, m_custodian, 3));
    // Whatever profile the caller has in hand, the comparison is with the one in the journal:
    // another school stays refused.
    SchoolProfile otherSchool = test::signedProfileFor(m_school, m_custodian, 9);
    otherSchool.schoolId = QStringLiteral("obs-het-anker");
    m_profile = demoProfile();
    QCOMPARE(
        codeOf(m_exchange->checkImport(test::coSignedFile(otherSchool, m_school, m_custodian))),
        "Untrusted");

    // A stored profile that no longer checks out refuses every import, rather than treating
    // the device as new.
    QCOMPARE(test::rawExec(m_journal->path(),
                 QStringLiteral("UPDATE exchange_profile SET file = CAST(replace(CAST(file AS "
                                "TEXT), 'Linde', 'Lindo') AS BLOB)")),
        QString());
    auto refused = m_exchange->checkImport(test::coSignedFile(
        test::signedProfileFor(m_school, m_custodian, 4), m_school, m_custodian));
    QCOMPARE(codeOf(refused), "Untrusted");
    QVERIFY(refused.error().message.contains(QStringLiteral("cannot be checked")));

    // The demo school is recognised by its published HR key, not by its id: a school that
    // calls itself "demo-…" is an ordinary school, and cannot be replaced by another.
    QCOMPARE(test::rawExec(m_journal->path(), QStringLiteral("DELETE FROM exchange_profile")),
        QString());
    SchoolProfile lookalike = test::signedProfileFor(m_school, m_custodian, 3);
    lookalike.schoolId = QStringLiteral("demo-de-regenboog");
    install(lookalike);
    QCOMPARE(codeOf(m_exchange->checkImport(test::coSignedFile(
                 test::signedProfileFor(m_school, m_custodian, 4), m_school, m_custodian))),
        "Untrusted");
}

void TestTeacherExchange::demoSchoolOnlyFromTheDemoJournal()
{
    seedFirstPeriod();
    // A real journal that never imported a profile runs on the demo school: anyone holds its
    // keys, so nothing may be exported to it, even with the opt-in set behind the app's back.
    QVERIFY(m_store->setSettings({ true, {} }).ok());
    QCOMPARE(codeOf(m_exchange->checkSchool(m_profile)), "Untrusted");
    const QString path = m_journal->folder() + QStringLiteral("/demo.kwbijdrage");
    auto refused = exportPeriod(firstPeriod, path);
    QCOMPARE(codeOf(refused), "Untrusted");
    QVERIFY(refused.error().message.contains(QStringLiteral("demo school")));
    QVERIFY(!QFile::exists(path));

    // The demo school's own file is not imported at all: it comes with the app.
    auto demoFile = demoProfileFile(m_profile, m_journal->clock().today());
    QVERIFY(demoFile.ok());
    QCOMPARE(codeOf(m_exchange->checkImport(*demoFile)), "Untrusted");
    QCOMPARE(codeOf(exportPeriod(firstPeriod, path)), "Untrusted");

    // The demo teacher's journal may: that is what the demo is for.
    QVERIFY(m_exchange->installDemoSchool(m_profile).ok());
    m_profile = m_exchange->installedProfile()->value(); // as the app switches to it
    QVERIFY(m_exchange->checkSchool(m_profile).ok());
    auto exported = exportPeriod(firstPeriod, path);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
    QVERIFY(openContributionFile(readAll(path), demoSchoolKeys(), &m_profile).ok());
}

void TestTeacherExchange::exportWritesWhatWasPreviewed()
{
    install(test::signedProfileFor(m_school, m_custodian));
    seedFirstPeriod();
    optIn();
    auto seen = m_exchange->preview(m_profile, firstPeriod);
    QVERIFY(seen.ok());
    // A check-in lands between the preview and the tap on Export (say, from a reminder).
    QVERIFY(
        m_checkins->add({ QStringLiteral("pulse"), QDate(2026, 9, 28), { 5, 5, 5, 5 }, {} }).ok());
    const QString path = m_journal->folder() + QStringLiteral("/p1.kwbijdrage");
    auto written = m_exchange->exportTo(m_profile, *seen, path, systemRandom());
    QVERIFY(written.ok());
    QCOMPARE(written->values, seen->plain.values);
    const QByteArray bytes = readAll(path);
    QCOMPARE(combineShares(openContributionFile(bytes, m_school, &m_profile)->values,
                 openContributionFile(bytes, m_custodian, &m_profile)->values),
        seen->plain.values);
    QVERIFY(m_exchange->preview(m_profile, firstPeriod)->plain.values != seen->plain.values);

    // The cohort changed since the preview: look again first.
    optIn({ QStringLiteral("onderbouw"), {}, {} });
    auto refused = m_exchange->exportTo(m_profile, *seen, path, systemRandom());
    QCOMPARE(codeOf(refused), "InvalidInput");
    QVERIFY(refused.error().message.contains(QStringLiteral("after the preview")));

    // A period of another length than the profile's is refused, even when closed.
    auto sixMonths
        = m_exchange->preview(m_profile, *exchangePeriodFromId(QStringLiteral("2025-2026/2of2")));
    QVERIFY(sixMonths.ok());
    QCOMPARE(
        codeOf(m_exchange->exportTo(m_profile, *sixMonths, path, systemRandom())), "InvalidInput");
}

void TestTeacherExchange::sealsAreTheSameSizeForEveryCohort()
{
    install(test::signedProfileFor(m_school, m_custodian));
    seedFirstPeriod();
    // The file travels by mail or USB: its size must not tell which groups the teacher gave,
    // nor how often they exported.
    QList<qsizetype> sizes;
    const QList<Cohort> cohorts { {}, { QStringLiteral("bovenbouw"), {}, {} },
        { QStringLiteral("bovenbouw"), QStringLiteral("leraar"), QStringLiteral("45-54") },
        { {}, QStringLiteral("onderwijsassistent"), QStringLiteral("tot-30") } };
    for (const Cohort& cohort : cohorts) {
        optIn(cohort);
        const QString path
            = m_journal->folder() + QStringLiteral("/p%1.kwbijdrage").arg(sizes.size());
        QVERIFY(exportPeriod(firstPeriod, path).ok());
        const QByteArray bytes = readAll(path);
        QCOMPARE(openContributionFile(bytes, m_school, &m_profile)->cohort, cohort);
        sizes << bytes.size();
        auto envelope = readEnvelope(bytes);
        QCOMPARE(envelope->seals(0).sealed().size(), envelope->seals(1).sealed().size());
    }
    for (qsizetype size : sizes)
        QCOMPARE(size, sizes.first());
}

void TestTeacherExchange::inboxRefusesAnotherLayout()
{
    install(test::signedProfileFor(m_school, m_custodian));
    seedFirstPeriod();
    optIn();
    const QString path = m_journal->folder() + QStringLiteral("/p1.kwbijdrage");
    QVERIFY(exportPeriod(firstPeriod, path).ok());
    const ContributionPart part = *openContributionFile(readAll(path), m_school, &m_profile);

    // HR kept the inbox for a profile with one kernwaarde fewer: the slots would not line up.
    SchoolProfile fewer = m_profile;
    fewer.kernwaarden.removeLast();
    ContributionInbox other(::kernwijzer::v1::PARTY_SCHOOL, kSchoolId, firstPeriod.id(),
        MetricLayout::forProfile(fewer));
    QCOMPARE(other.accept(part), ContributionInbox::Outcome::WrongLayout);
    QCOMPARE(other.size(), 0);

    ContributionInbox same(::kernwijzer::v1::PARTY_SCHOOL, kSchoolId, firstPeriod.id(),
        MetricLayout::forProfile(m_profile));
    ContributionPart truncated = part;
    truncated.values.pop_back();
    QCOMPARE(same.accept(truncated), ContributionInbox::Outcome::WrongLayout);
    QCOMPARE(same.accept(part), ContributionInbox::Outcome::Added);
}

void TestTeacherExchange::demoKeysAnywhereMakeADemoProfile()
{
    seedFirstPeriod();
    // HR names the demo custodian, whose secret keys anyone can make: HR alone could then open
    // both halves. The school's own HR key does not make that safe; nor does one demo key for
    // HR's box (the attack that made a profile count as the demo school's and so skipped the
    // pinned key and the handover at the next import).
    const KeySet demoCustodian = demoCustodianKeys();
    SchoolProfile sneaky = test::signedProfileFor(m_school, demoCustodian);
    QVERIFY(namesDemoKey(sneaky) && !isDemoProfile(sneaky));
    QVERIFY(!namesDemoKey(test::signedProfileFor(m_school, m_custodian)));
    QVERIFY(isDemoProfile(demoProfile()));
    QCOMPARE(codeOf(createProfileFile(sneaky, m_school)), "Untrusted"); // not made by the CLI
    auto check = m_exchange->checkImport(test::handSignedFile(sneaky, m_school, demoCustodian));
    QCOMPARE(codeOf(check), "Untrusted");
    QVERIFY(check.error().message.contains(QStringLiteral("demo school's keys")));
    KeySet hrWithDemoBox = m_school;
    hrWithDemoBox.boxPublic = demoSchoolKeys().boxPublic;
    hrWithDemoBox.boxSecret = demoSchoolKeys().boxSecret;
    hrWithDemoBox.boxProof = *crypto::proveBoxKey(
        signedBytes(Signed::BoxKeyProof, hrWithDemoBox.signPublic + hrWithDemoBox.boxPublic),
        hrWithDemoBox.boxSecret);
    install(test::signedProfileFor(m_school, m_custodian, 3));
    const SchoolProfile demoted = test::signedProfileFor(hrWithDemoBox, m_custodian, 4);
    QCOMPARE(
        codeOf(m_exchange->checkImport(test::handSignedFile(demoted, hrWithDemoBox, m_custodian))),
        "Untrusted");
    // And the demo school is never installed over a school's own profile (a journal opened
    // with the demo's seeding by mistake keeps its school).
    QCOMPARE(codeOf(m_exchange->installDemoSchool(demoProfile())), "InvalidInput");
    QCOMPARE(m_exchange->installedProfile()->value().schoolId, kSchoolId);
    QCOMPARE(*m_store->isDemoJournal(), false);

    // A profile stored before this rule still never gets an export.
    QVERIFY(m_store
                ->installProfile(test::handSignedFile(sneaky, m_school, demoCustodian), sneaky,
                    { true,
                        { QStringLiteral("bovenbouw"), QStringLiteral("leraar"),
                            QStringLiteral("45-54") } })
                .ok());
    m_profile = sneaky;
    const QString path = m_journal->folder() + QStringLiteral("/p1.kwbijdrage");
    auto refused = exportPeriod(firstPeriod, path);
    QCOMPARE(codeOf(refused), "Untrusted");
    QVERIFY(refused.error().message.contains(QStringLiteral("demo school's keys")));
    QVERIFY(!QFile::exists(path));
}

void TestTeacherExchange::previewWritesNothing()
{
    install(test::signedProfileFor(m_school, m_custodian));
    seedFirstPeriod();
    const auto rows = [&](const char* table) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        return test::scalar(m_journal->db(), sql.constData());
    };
    const QByteArray before = test::fileSha256(m_journal->path());
    auto preview = m_exchange->preview(m_profile, firstPeriod);
    QVERIFY(preview.ok());
    QCOMPARE(test::fileSha256(m_journal->path()), before); // not a byte of the journal
    QCOMPARE(preview->plain.revision, 1u);
    QVERIFY(preview->plain.submissionId.isEmpty());
    QCOMPARE(rows("exchange_secret"), 0); // not even the device secret on first use
    QCOMPARE(rows("exchange_revision"), 0);
    QCOMPARE(rows("exchange_export"), 0);
    optIn();
    QVERIFY(exportPeriod(firstPeriod, m_journal->folder() + QStringLiteral("/p1.kwbijdrage")).ok());
    QCOMPARE(rows("exchange_secret"), 1);
}

void TestTeacherExchange::profileStoredWithoutEndDateCanBeReplaced()
{
    // Made by hand, as versions before end dates were required stored them: no valid_until.
    SchoolProfile undated = test::signedProfileFor(m_school, m_custodian, 3, QDate());
    QCOMPARE(codeOf(createProfileFile(undated, m_school)), "InvalidInput");
    ::kernwijzer::v1::Envelope envelope;
    envelope.set_kind(::kernwijzer::v1::FILE_KIND_PROFILE);
    envelope.set_payload(toProto(undated).SerializeAsString());
    auto file = signProfileFile(writeEnvelope(envelope), m_school);
    QVERIFY(file.ok());
    file = signProfileFile(*file, m_custodian);
    QVERIFY(file.ok());
    // A teacher's device does not accept it now ...
    QCOMPARE(codeOf(verifyProfileFile(*file, QDate(2026, 11, 20))), "Expired");
    // ... but one stored earlier still reads, refuses exports, and gives way to a current one.
    QVERIFY(m_store->installProfile(*file, undated, { true, {} }).ok());
    auto stored = m_exchange->installedProfile();
    QVERIFY(stored.ok() && stored->has_value());
    m_profile = stored->value();
    QCOMPARE(
        codeOf(exportPeriod(firstPeriod, m_journal->folder() + QStringLiteral("/p.kwbijdrage"))),
        "Expired");
    auto update = m_exchange->checkImport(test::coSignedFile(
        test::signedProfileFor(m_school, m_custodian, 4), m_school, m_custodian));
    QVERIFY2(update.ok(), qPrintable(update.ok() ? QString() : update.error().message));
    QCOMPARE(update->verdict, ProfileImport::Verdict::Update);
}

QTEST_GUILESS_MAIN(TestTeacherExchange)
void TestTeacherExchange::hrAloneCannotSwapTheCustodianOnAnExistingDevice()
{
    const SchoolProfile v3 = test::signedProfileFor(m_school, m_custodian, 3);
    install(v3);
    const QByteArray before = m_store->profileFile()->value();
    // HR makes a second custodian key under the real custodian's name and signs as that key.
    const KeySet hrsCustodian = test::custodianKeys("made by HR");
    QCOMPARE(hrsCustodian.name, m_custodian.name);
    SchoolProfile v4 = test::signedProfileFor(m_school, hrsCustodian, 4);
    auto plain = m_exchange->checkImport(test::coSignedFile(v4, m_school, hrsCustodian));
    QCOMPARE(codeOf(plain), "Untrusted");
    // The message says who must sign, with both fingerprints side by side.
    QVERIFY(plain.error().message.contains(QStringLiteral("without a handover signed by Carla")));
    QVERIFY(plain.error().message.contains(crypto::fingerprint(m_custodian.signPublic)));
    QVERIFY(plain.error().message.contains(crypto::fingerprint(hrsCustodian.signPublic)));

    // A handover signed by HR's custodian key "from" itself is no handover from Carla.
    v4.handovers = { *createHandoverFile(test::signedProfileFor(m_school, hrsCustodian, 3),
        hrsCustodian, test::custodianKeys("a third key"), QDate(2026, 11, 1)) };
    QCOMPARE(codeOf(m_exchange->checkImport(test::coSignedFile(v4, m_school, hrsCustodian))),
        "Untrusted");

    // Nor one that names Carla as outgoing but is signed by another key: the file is refused.
    QByteArray forged = *createHandoverFile(v3, m_custodian, hrsCustodian, QDate(2026, 11, 1));
    auto envelope = readEnvelope(forged);
    envelope->mutable_signatures(0)->set_signature(
        crypto::sign(QByteArray::fromStdString(envelope->payload()), hrsCustodian.signSecret)
            .toStdString());
    v4.handovers = { writeEnvelope(*envelope) };
    QVERIFY(!createProfileFile(v4, m_school).ok());

    QCOMPARE(m_store->profileFile()->value(), before);
    QCOMPARE(m_exchange->installedProfile()->value().custodian.signKey, m_custodian.signPublic);
}

void TestTeacherExchange::handoversAreFollowedAsAChain()
{
    const SchoolProfile v3 = test::signedProfileFor(m_school, m_custodian, 3);
    install(v3);
    const KeySet b = test::custodianKeys("second custodian");
    const KeySet c = test::custodianKeys("third custodian");
    const QByteArray aToB = *createHandoverFile(v3, m_custodian, b, QDate(2026, 9, 1));
    const QByteArray bToC
        = *createHandoverFile(test::signedProfileFor(m_school, b, 4), b, c, QDate(2026, 10, 1));
    SchoolProfile v5 = test::signedProfileFor(m_school, c, 5);
    v5.handovers = { bToC }; // this device skipped version 4: B is no one it knows
    QCOMPARE(codeOf(m_exchange->checkImport(test::coSignedFile(v5, m_school, c))), "Untrusted");
    v5.handovers = { aToB, bToC };
    auto check = m_exchange->checkImport(test::coSignedFile(v5, m_school, c));
    QVERIFY(check.ok());
    QCOMPARE(check->verdict, ProfileImport::Verdict::CustodianChanged);
    QVERIFY(m_exchange->install(*check).ok()); // no code: the handover is the proof
    QCOMPARE(m_exchange->installedProfile()->value().custodian.signKey, c.signPublic);
    QVERIFY(!m_store->settings()->optedIn);

    // A handover the outgoing custodian signed for a decoy profile (same school id, another
    // HR key) does not travel to the real one.
    auto v7 = m_exchange->checkImport(
        test::coSignedFile(test::signedProfileFor(m_school, c, 7), m_school, c));
    QVERIFY(v7.ok() && m_exchange->install(*v7).ok());
    const KeySet decoyHr = test::schoolKeys("decoy HR");
    const KeySet d = test::custodianKeys("fourth custodian");
    const QByteArray decoyed
        = *createHandoverFile(test::signedProfileFor(decoyHr, c, 7), c, d, QDate(2026, 11, 2));
    SchoolProfile v8 = test::signedProfileFor(m_school, d, 8);
    v8.handovers = { decoyed };
    QVERIFY(!createProfileFile(v8, m_school).ok());
    // Refused by the chain itself too, for a profile that did not come through a file.
    QCOMPARE(codeOf(checkCustodianChain(v8, test::signedProfileFor(m_school, c, 7))), "Untrusted");
    // Nor one made for an older version: a change that was undone does not come back.
    const KeySet e = test::custodianKeys("fifth custodian");
    const QByteArray old
        = *createHandoverFile(test::signedProfileFor(m_school, c, 6), c, e, QDate(2026, 10, 20));
    SchoolProfile v9 = test::signedProfileFor(m_school, e, 9);
    v9.handovers = { old };
    auto replayed = m_exchange->checkImport(test::coSignedFile(v9, m_school, e));
    QCOMPARE(codeOf(replayed), "Untrusted");
    QVERIFY(replayed.error().message.contains(QStringLiteral("version 7 or later")));
    v9.handovers
        = { *createHandoverFile(test::signedProfileFor(m_school, c, 7), c, e, QDate(2026, 11, 3)) };
    QVERIFY(m_exchange->checkImport(test::coSignedFile(v9, m_school, e)).ok());

    // A handover of another school does not travel.
    SchoolProfile other = test::signedProfileFor(m_school, m_custodian, 3);
    other.schoolId = QStringLiteral("obs-het-anker");
    SchoolProfile v6 = test::signedProfileFor(m_school, b, 6);
    v6.handovers = { *createHandoverFile(other, m_custodian, b, QDate(2026, 11, 1)) };
    QVERIFY(!createProfileFile(v6, m_school).ok());
}

void TestTeacherExchange::aFirstInstallNeedsTheSchoolsVerificationCode()
{
    const SchoolProfile v3 = test::signedProfileFor(m_school, m_custodian, 3);
    auto check = m_exchange->checkImport(test::coSignedFile(v3, m_school, m_custodian));
    QVERIFY(check.ok() && check->needsVerificationCode());
    const QString code = verificationCode(v3);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}(-\\d{4}){5}$")).match(code).hasMatch());
    QString wrong = code;
    wrong[0] = wrong[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    for (const QString& typed : { QString(), wrong, code.left(20), QStringLiteral("abc") }) {
        auto refused = m_exchange->install(*check, typed);
        QCOMPARE(codeOf(refused), "Untrusted");
        QVERIFY(!m_store->profileFile()->has_value());
    }
    // Printed by a word processor (en dashes) or typed in full-width digits: the same code.
    QVERIFY(matchesVerificationCode(v3, QString(code).replace(QLatin1Char('-'), QChar(0x2013))));
    QString fullWidth;
    for (const QChar c : code)
        fullWidth.append(c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c);
    QVERIFY(matchesVerificationCode(v3, fullWidth));
    QVERIFY(!matchesVerificationCode(v3, code + QStringLiteral("\u200B")));
    // Typed as people type it: spaces instead of dashes.
    QVERIFY(m_exchange->install(*check, QString(code).replace(QLatin1Char('-'), QLatin1Char(' ')))
                .ok());
    // The code is the keys', not the version's: it stays when the profile is updated.
    QCOMPARE(verificationCode(test::signedProfileFor(m_school, m_custodian, 9)), code);
}

void TestTeacherExchange::hrsSwappedCustodianHasAnotherCodeOnANewDevice()
{
    // On a new device there is nothing to compare with: the published code is the check.
    const SchoolProfile real = test::signedProfileFor(m_school, m_custodian, 3);
    const KeySet hrsCustodian = test::custodianKeys("made by HR");
    const SchoolProfile swapped = test::signedProfileFor(m_school, hrsCustodian, 3);
    QVERIFY(verificationCode(real) != verificationCode(swapped));
    auto check = m_exchange->checkImport(test::coSignedFile(swapped, m_school, hrsCustodian));
    QVERIFY(check.ok());
    QCOMPARE(codeOf(m_exchange->install(*check, verificationCode(real))), "Untrusted");
    QVERIFY(!m_store->profileFile()->has_value());
}

#include "tst_teacher_exchange.moc"
