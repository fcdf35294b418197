// The simulated school (core/demo/demo_school.h) end to end: real journals, real exports, the
// custodian's releases and HR's database. What HR ends up with must follow the release rules
// and show the stories the simulation tells; the CLI refuses what it cannot do in one line.

#include "cli_in_process.h"
#include "conversation/leader_store.h"
#include "demo/demo_school.h"
#include "demo/demo_staff.h"
#include "exchange/contribution_file.h"
#include "exchange/envelope.h"
#include "exchange/key_file.h"
#include "exchange/profile_file.h"
#include "hr/hr_report.h"
#include "hr/hr_schema.h"
#include "hr/hr_store.h"
#include "hr_rule_scan.h"
#include "teacher/teacher_session.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using kw::hr::CellFigure;
using kw::hr::Dimension;

namespace {

constexpr int kTeachers = 40;
constexpr int kPeriods = 3;
constexpr quint32 kSeed = 7;

/** HR's database of a simulated school, opened for reading. */
struct HrAt
{
    explicit HrAt(const QString& path)
        : clock(test::defaultNow())
    {
        auto opened = sql::Database::open(path, hr::hrSchema());
        if (opened)
            db = std::move(opened).value();
        if (db)
            store = std::make_unique<hr::HrStore>(*db, clock);
    }
    FixedClock clock;
    std::unique_ptr<sql::Database> db;
    std::unique_ptr<hr::HrStore> store;
};

/** Every stored figure as one line, to compare two databases. */
QStringList figureLines(hr::HrStore& store)
{
    QStringList out;
    auto figures = store.figures();
    if (!figures)
        return { figures.error().message };
    for (const CellFigure& f : std::as_const(*figures))
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(f.period)
                   .arg(f.releaseNumber)
                   .arg(hr::dimensionKey(f.dimension), f.cell, f.metric)
                   .arg(int(f.reason))
                   .arg(f.contributors)
                   .arg(f.sum)
                   .arg(f.sumSquares);
    return out;
}

QStringList filesIn(const QString& folder, const QString& pattern)
{
    QStringList out;
    QDirIterator it(folder, { pattern }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

/** The mean of a released figure in the metric's own unit (a score is stored × 100). */
double meanOf(const CellFigure& f)
{
    return double(f.sum) / double(f.contributors)
        / double(hr::metricScale(hr::metricKind(f.metric)));
}

} // namespace

class TestDemoSchool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTeacherHasARealJournalAndExportedThroughIt();
    void hrHasTheReleasedFiguresOfEveryPeriod();
    void lateFilesAreReleasedAgainOrWait();
    void theSmallTeamIsWithheldEverywhere();
    void theRisingWorkloadTeamShowsItOnceItPassesK();
    void noFigureBreaksTheRules();
    void theSameSeedGivesTheSameFigures();
    void theLeaderHasAConversationInEachState();
    void aDemoMadeBeforeTheLeaderIsMadeAgain();
    void theCliPrintsWhereEverythingIs();
    void theCliRefusesWhatItCannotDo_data();
    void theCliRefusesWhatItCannotDo();

private:
    QString folder(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
    FixedClock m_clock { test::defaultNow() };
    demo::DemoSchoolSummary m_summary;
    std::unique_ptr<HrAt> m_hr;
};

void TestDemoSchool::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto summary = demo::simulateSchool(folder("school"), m_clock, { kTeachers, kPeriods, kSeed });
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    m_summary = *summary;
    m_hr = std::make_unique<HrAt>(m_summary.paths.hrDatabase);
    QVERIFY(m_hr->store);
}

void TestDemoSchool::everyTeacherHasARealJournalAndExportedThroughIt()
{
    QCOMPARE(m_summary.teachers, kTeachers);
    QCOMPARE(filesIn(m_summary.paths.journals, QStringLiteral("*.sqlite")).size(), kTeachers);
    QVERIFY(m_summary.optedIn > kTeachers / 2 && m_summary.optedIn < kTeachers);

    // A journal as the app would open it: the school's own profile, installed with its code.
    FixedClock clock(test::defaultNow());
    auto session = TeacherSession::open(
        QDir(m_summary.paths.journals).filePath(QStringLiteral("teacher-002.sqlite")), clock,
        { .create = false });
    QVERIFY(session.ok());
    QCOMPARE((*session)->profile().schoolName, m_summary.schoolName);
    QVERIFY((*session)->profile().team(QString::fromLatin1(demo::kSmallTeam)));
    auto checkins = (*session)->checkins().list({});
    QVERIFY(checkins.ok() && checkins->size() > 10);

    // Every file in the inbox opens for the custodian; one teacher shared a period twice.
    auto custodianFile = exchange::readFileLimited(m_summary.paths.custodianKey, 1 << 16);
    QVERIFY(custodianFile.ok());
    auto custodian = exchange::readKeyFile(*custodianFile);
    QVERIFY(custodian.ok() && custodian->hasSecrets());
    const QStringList files = filesIn(m_summary.paths.inbox, QStringLiteral("*.kwbijdrage"));
    QCOMPARE(files.size(), m_summary.contributions);
    int secondRevisions = 0;
    for (const QString& path : files) {
        auto bytes = exchange::readFileLimited(path, 1 << 20);
        QVERIFY(bytes.ok());
        auto part = exchange::openContributionFile(*bytes, *custodian, &(*session)->profile());
        QVERIFY2(part.ok(), qPrintable(path));
        QVERIFY(path.contains(QString(part->period).replace(QLatin1Char('/'), QLatin1Char('-'))));
        secondRevisions += part->revision == 2 ? 1 : 0;
    }
    QCOMPARE(secondRevisions, 1);
    QCOMPARE(m_summary.reExports, 1);
}

void TestDemoSchool::hrHasTheReleasedFiguresOfEveryPeriod()
{
    auto periods = m_hr->store->periods();
    QVERIFY(periods.ok());
    QCOMPARE(*periods, m_summary.periods);
    QCOMPARE(m_summary.periods.size(), kPeriods);
    auto figures = m_hr->store->figures();
    QVERIFY(figures.ok());
    int released = 0;
    for (const CellFigure& f : std::as_const(*figures))
        released += f.released() ? 1 : 0;
    QCOMPARE(released, m_summary.figuresReleased);
    QCOMPARE(int(figures->size()) - released, m_summary.figuresWithheld);
    QCOMPARE(m_summary.withheldByHr, 0);
    // The school's WHO-5 shows in every period.
    auto who5 = m_hr->store->figures({ {}, Dimension::School, { QStringLiteral("score.who5") } });
    QVERIFY(who5.ok());
    const QList<CellFigure> counting = hr::countingFigures(*who5);
    QCOMPARE(counting.size(), kPeriods);
    for (const CellFigure& f : counting)
        QVERIFY2(f.released() && f.contributors >= 10, qPrintable(f.period));
}

void TestDemoSchool::lateFilesAreReleasedAgainOrWait()
{
    // The middle period: enough colleagues came late for a re-release; the last: three wait.
    QCOMPARE(m_summary.reReleases, 1);
    QCOMPARE(m_summary.lateWaiting, 3);
    QCOMPARE(m_summary.releaseFiles.size(), kPeriods + 1);
    auto releases = m_hr->store->releases();
    QVERIFY(releases.ok());
    QCOMPARE(releases->size(), kPeriods + 1);
    QStringList again;
    for (const hr::ReleaseInfo& r : std::as_const(*releases)) {
        if (r.releaseNumber == 2)
            again << r.period;
    }
    QCOMPARE(again, QStringList { m_summary.periods[1] });

    auto who5 = m_hr->store->figures(
        { m_summary.periods[1], Dimension::School, { QStringLiteral("score.who5") } });
    QVERIFY(who5.ok() && who5->size() == 2);
    QVERIFY(who5->at(1).released());
    QVERIFY(who5->at(1).contributors >= who5->at(0).contributors + 10);
}

void TestDemoSchool::theSmallTeamIsWithheldEverywhere()
{
    auto team = m_hr->store->figures({ {}, Dimension::Team, {} });
    QVERIFY(team.ok());
    int small = 0;
    for (const CellFigure& f : std::as_const(*team)) {
        if (f.cell != QLatin1String(demo::kSmallTeam))
            continue;
        ++small;
        QVERIFY2(!f.released(), qPrintable(f.period + QLatin1Char(' ') + f.metric));
    }
    QVERIFY(small > 0);
}

void TestDemoSchool::theRisingWorkloadTeamShowsItOnceItPassesK()
{
    const QString team = QString::fromLatin1(demo::kRisingWorkloadTeam);
    for (const auto& [metric, fall] : { std::pair { QStringLiteral("item.pulse.werkdruk"), 0.4 },
             std::pair { QStringLiteral("score.who5"), 6.0 } }) {
        auto figures = m_hr->store->figures({ {}, Dimension::Team, { metric } });
        QVERIFY(figures.ok());
        QList<CellFigure> shown;
        for (const CellFigure& f : hr::countingFigures(*figures)) {
            if (f.cell == team && f.released())
                shown << f;
        }
        QVERIFY2(shown.size() >= 2, qPrintable(metric));
        QVERIFY(shown.first().contributors >= 10);
        // A lower werkdruk answer is work that fits the time less well: the werkdruk rises.
        QVERIFY2(meanOf(shown.last()) < meanOf(shown.first()) - fall,
            qPrintable(QStringLiteral("%1: %2 then %3")
                           .arg(metric)
                           .arg(meanOf(shown.first()))
                           .arg(meanOf(shown.last()))));
    }
}

void TestDemoSchool::noFigureBreaksTheRules()
{
    const QStringList problems = test::figuresBreakingTheRules(*m_hr->store);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestDemoSchool::theSameSeedGivesTheSameFigures()
{
    auto again = demo::simulateSchool(folder("again"), m_clock, { kTeachers, kPeriods, kSeed });
    QVERIFY(again.ok());
    HrAt hr(again->paths.hrDatabase);
    QVERIFY(hr.store);
    const QStringList first = figureLines(*m_hr->store);
    QVERIFY(first.size() > 100);
    QCOMPARE(figureLines(*hr.store), first);
    QVERIFY(test::figuresBreakingTheRules(*hr.store).isEmpty());
    // New keys, new device secrets: the files differ, the figures do not.
    QVERIFY(again->verificationCode != m_summary.verificationCode);

    auto other = demo::simulateSchool(folder("other"), m_clock, { kTeachers, kPeriods, kSeed + 1 });
    QVERIFY(other.ok());
    HrAt otherHr(other->paths.hrDatabase);
    QVERIFY(figureLines(*otherHr.store) != first);
    const QStringList problems = test::figuresBreakingTheRules(*otherHr.store);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestDemoSchool::theLeaderHasAConversationInEachState()
{
    namespace cv = kw::conversation;
    namespace v1 = ::kernwijzer::v1;
    const QDate today = m_clock.today();
    const demo::DemoSchoolPaths paths = demo::demoSchoolPaths(folder("school"));
    QCOMPARE(m_summary.paths.leaderKey, paths.leaderKey);
    QCOMPARE(m_summary.paths.leaderDatabase, paths.leaderDatabase);
    QCOMPARE(m_summary.leaderTeachers, 5);
    QCOMPARE(m_summary.leaderConversations, 3);

    // The key: unlocked, owner-only, and the one the co-signed profile lists for two teams.
    auto keyFile = exchange::readFileLimited(paths.leaderKey, 1 << 16);
    QVERIFY(keyFile.ok());
    auto keys = exchange::readKeyFile(*keyFile);
    QVERIFY(keys.ok() && keys->hasSecrets());
    QCOMPARE(keys->party, v1::PARTY_LEADER);
    QVERIFY(!(QFileInfo(paths.leaderKey).permissions()
        & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    QVERIFY(QFileInfo::exists(paths.leaderKey + QStringLiteral(".pub")));
    auto profileFile = exchange::readFileLimited(paths.profile, 1 << 20);
    QVERIFY(profileFile.ok());
    auto profile = exchange::verifyProfileFile(*profileFile, today);
    QVERIFY2(profile.ok(), qPrintable(test::problemOf(profile)));
    auto listed = cv::listedLeader(*profile, *keys);
    QVERIFY2(listed.ok(), qPrintable(test::problemOf(listed)));
    QCOMPARE(listed->teamIds.size(), 2);
    QVERIFY(!listed->teamIds.contains(QString::fromLatin1(demo::kSmallTeam)));

    FixedClock clock(test::defaultNow());
    auto store = cv::LeaderStore::open(paths.leaderDatabase, clock, { .create = false });
    QVERIFY2(store.ok(), qPrintable(test::problemOf(store)));
    QVERIFY_RESULT((*store)->checkOwnKeys(*keys));
    auto teachers = (*store)->teachers();
    QVERIFY(teachers.ok());
    QCOMPARE(teachers->size(), 5);
    int withKey = 0;
    for (const cv::TeacherSummary& t : std::as_const(*teachers)) {
        QVERIFY2(listed->teamIds.contains(t.teamId), qPrintable(t.name));
        withKey += t.hasKey;
    }
    QCOMPARE(withKey, 3);

    auto list = (*store)->conversations();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);
    QMap<cv::ConversationState, cv::ConversationRecord> byState;
    for (const cv::ConversationSummary& c : std::as_const(*list)) {
        auto record = (*store)->conversation(c.id);
        QVERIFY2(record.ok(), qPrintable(test::problemOf(record)));
        byState.insert(c.state, *record);
    }
    QCOMPARE(byState.size(), 3);

    // Prepared for a few days ahead: the teacher's items, the leader's own points so far.
    const cv::ConversationRecord& prepared = byState[cv::ConversationState::Prepared];
    QCOMPARE(prepared.plannedOn, today.addDays(3));
    QVERIFY(!prepared.verslag);
    QVERIFY(prepared.preparation.body.items_size() >= 4); // points, a reflection, a goal
    QVERIFY(prepared.draft.notes_size() > 0);
    QVERIFY(prepared.preparation.body.wellbeing().series().empty());

    // Held last week: notes, agreements, the verslag; no answer yet.
    const cv::ConversationRecord& held = byState[cv::ConversationState::Held];
    QCOMPARE(held.plannedOn, today.addDays(-7));
    QVERIFY(held.verslag && !held.response);
    QCOMPARE(QString::fromStdString(held.verslag->body.held_on()),
        today.addDays(-7).toString(Qt::ISODate));
    QCOMPARE(held.verslag->body.agreements_size(), 2);
    QVERIFY(held.verslag->body.notes_size() >= 2);

    // Closed a month ago: signed by both, one agreement akkoord and one gezien.
    const cv::ConversationRecord& closed = byState[cv::ConversationState::Closed];
    QCOMPARE(closed.plannedOn, today.addDays(-30));
    QVERIFY(closed.verslag && closed.response);
    QCOMPARE(closed.response->body.answers_size(), 2);
    QCOMPARE(closed.response->body.answers(0).status(), v1::AgreementAnswer::STATUS_AGREED);
    QCOMPARE(closed.response->body.answers(1).status(), v1::AgreementAnswer::STATUS_SEEN);
    QVERIFY(!closed.response->body.reaction().empty());
    bool reflectionShared = false;
    for (const v1::AgendaItem& item : closed.preparation.body.items())
        reflectionShared
            |= item.source() == v1::AgendaItem::SOURCE_REFLECTION && !item.text().empty();
    QVERIFY(reflectionShared);
}

void TestDemoSchool::aDemoMadeBeforeTheLeaderIsMadeAgain()
{
    // A folder marked complete by an app that made no leader yet.
    const QString old = folder("old-demo");
    QVERIFY(QDir().mkpath(old));
    QFile marker(QDir(old).filePath(QStringLiteral(".complete")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    const demo::DemoSchoolOptions small { 10, 1, kSeed };
    auto made = demo::ensureDemoSchool(old, m_clock, small);
    QVERIFY2(made.ok(), qPrintable(test::problemOf(made)));
    QVERIFY(QFileInfo::exists(made->leaderDatabase));
    QVERIFY(QFileInfo::exists(made->leaderKey));
    // Complete now: the next call keeps it as it is.
    const QByteArray before = test::fileSha256(made->leaderDatabase);
    auto again = demo::ensureDemoSchool(old, m_clock, small);
    QVERIFY(again.ok());
    QCOMPARE(test::fileSha256(again->leaderDatabase), before);
}

void TestDemoSchool::theCliPrintsWhereEverythingIs()
{
    const QString out = folder("cli");
    const test::CliRun run = test::runCliInProcess({ QStringLiteral("demo"),
        QStringLiteral("--school"), QStringLiteral("--out"), out, QStringLiteral("--teachers"),
        QStringLiteral("10"), QStringLiteral("--periods"), QStringLiteral("1") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString hrDb = QDir(out).filePath(QStringLiteral("hr.sqlite"));
    QVERIFY(run.out.contains(QStringLiteral("report --hr-db %1 --by team").arg(hrDb)));
    QVERIFY(run.out.contains(QStringLiteral("verification code")));
    QVERIFY(QFileInfo::exists(hrDb));

    const QString json = folder("cli-json");
    const test::CliRun jsonRun
        = test::runCliInProcess({ QStringLiteral("demo"), QStringLiteral("--school"),
            QStringLiteral("--out"), json, QStringLiteral("--teachers"), QStringLiteral("12"),
            QStringLiteral("--periods"), QStringLiteral("2"), QStringLiteral("--json") });
    QVERIFY2(jsonRun.code == 0, qPrintable(jsonRun.err));
    const QJsonObject summary = QJsonDocument::fromJson(jsonRun.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("teachers")).toInt(), 12);
    QCOMPARE(summary.value(QStringLiteral("periods")).toArray().size(), 2);
    QCOMPARE(summary.value(QStringLiteral("paths")).toObject().value(QStringLiteral("hrDatabase")),
        QJsonValue(QDir(json).filePath(QStringLiteral("hr.sqlite"))));
    QCOMPARE(
        summary.value(QStringLiteral("paths")).toObject().value(QStringLiteral("leaderDatabase")),
        QJsonValue(QDir(json).filePath(QStringLiteral("leider.sqlite"))));
    QCOMPARE(summary.value(QStringLiteral("leaderConversations")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("leaderTeachers")).toInt(), 5);
}

void TestDemoSchool::theCliRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    const auto words = [](const char* line) {
        return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("too few teachers") << words("--school --teachers 9") << 2;
    QTest::newRow("too many teachers") << words("--school --teachers 20001") << 2;
    QTest::newRow("teachers not a number") << words("--school --teachers veel") << 2;
    QTest::newRow("no periods") << words("--school --periods 0") << 2;
    QTest::newRow("too many periods") << words("--school --periods 13") << 2;
    QTest::newRow("teachers without --school") << words("--teachers 40") << 2;
    QTest::newRow("reflections with --school") << words("--school --reflections 10") << 2;
    QTest::newRow("folder under a file") << words("--school UNDER-FILE") << 1;
    QTest::newRow("folder not empty") << words("--school NOT-EMPTY") << 1;
}

void TestDemoSchool::theCliRefusesWhatItCannotDo()
{
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QTemporaryDir dir;
    QString out = dir.filePath(QStringLiteral("school"));
    if (extra.removeOne(QStringLiteral("UNDER-FILE"))) {
        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        out = file.fileName() + QStringLiteral("/school");
    }
    if (extra.removeOne(QStringLiteral("NOT-EMPTY"))) {
        QVERIFY(QDir().mkpath(out));
        QFile file(QDir(out).filePath(QStringLiteral("notes.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("mine") == 4);
    }
    const auto before = test::folderSnapshot(dir.path());
    const test::CliRun run = test::runCliInProcess(
        QStringList { QStringLiteral("demo"), QStringLiteral("--out"), out } + extra);
    QVERIFY_ONE_LINE_REASON(run, code);
    QCOMPARE(test::folderSnapshot(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demo_school.moc"
