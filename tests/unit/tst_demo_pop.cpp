// The demo teacher's POP and hours: valid goals with evidence and actions in every state, a
// ledger with saved and expiring hours, and a second run that is refused without changes.
#include "demo/demo_journal.h"
#include "demo/demo_pop.h"
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "pop/school_year.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using kw::test::TempJournal;

class TestDemoPop : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void goalsAreValidWithEvidenceAndActions();
    void hoursCarryOverAndSomeExpireThisYear();
    void secondRunIsRefusedAndChangesNothing();
    void firstDaysOfASchoolYearKeepEveryEntryInItsYear();

private:
    /** A demo journal (reflections and POP) at @p now; the POP's status. */
    Status makeDemo(const QDateTime& now = test::defaultNow(), int reflections = 160);
    PopStore& pop() { return *m_pop; }
    Result<QList<Goal>> goalsIn(int schoolYear)
    {
        GoalQuery query;
        query.schoolYear = schoolYear;
        return pop().goals(query);
    }
    HoursStore& hours() { return *m_hours; }

    std::unique_ptr<TempJournal> m_journal;
    std::unique_ptr<PopStore> m_pop;
    std::unique_ptr<HoursStore> m_hours;
};

Status TestDemoPop::makeDemo(const QDateTime& now, int reflections)
{
    m_journal = std::make_unique<TempJournal>(now);
    if (Status s = m_journal->open(); !s)
        return s;
    m_pop = std::make_unique<PopStore>(m_journal->db(), m_journal->profile(), m_journal->clock());
    m_hours
        = std::make_unique<HoursStore>(m_journal->db(), m_journal->profile(), m_journal->clock());
    const QDate today = m_journal->clock().today();
    if (auto ids
        = m_journal->store().addAll(demoReflections(m_journal->profile(), reflections, today));
        !ids)
        return ids.error();
    return writeDemoPop(m_journal->store(), pop(), hours());
}

void TestDemoPop::cleanup()
{
    m_pop.reset();
    m_hours.reset();
    m_journal.reset();
}

void TestDemoPop::goalsAreValidWithEvidenceAndActions()
{
    const Status written = makeDemo();
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    const QDate today = m_journal->clock().today();
    const int year = schoolYearOf(today);

    auto thisYear = goalsIn(year);
    auto lastYear = goalsIn(year - 1);
    QVERIFY(thisYear.ok() && lastYear.ok());
    QVERIFY(thisYear->size() >= 3 && thisYear->size() <= 4);
    QCOMPARE(lastYear->size(), 1);
    QCOMPARE(lastYear->first().status, GoalStatus::Afgerond);

    int active = 0;
    bool idea = false;
    bool completed = false;
    bool overdue = false;
    for (const Goal& g : *thisYear + *lastYear) {
        const Status valid = pop_rules::validate(g, m_journal->profile());
        QVERIFY2(valid.ok(), qPrintable(g.title));
        auto actions = pop().actions(g.id);
        QVERIFY(actions.ok());
        QVERIFY2(actions->size() >= 2 && actions->size() <= 4, qPrintable(g.title));
        for (const GoalAction& a : *actions) {
            QVERIFY(pop_rules::validate(a).ok());
            overdue = overdue || (!a.done && a.due.isValid() && a.due < today);
        }
        auto evidence = pop().evidence(g.id);
        QVERIFY(evidence.ok());
        // Evidence shows the goal's own kernwaarde in practice.
        for (const Reflection& r : *evidence)
            QVERIFY2(r.valueIds.contains(g.valueIds.first()), qPrintable(g.title));
        auto progress = pop().progress(g.id);
        QVERIFY(progress.ok());
        if (g.status == GoalStatus::Actief) {
            ++active;
            QVERIFY2(evidence->size() >= 2 && evidence->size() <= 5, qPrintable(g.title));
            QVERIFY(!g.successCriteria.isEmpty());
            QVERIFY(g.targetDate > today && g.targetDate <= schoolYearEnd(year));
            // Underway: some actions done, some still open.
            QVERIFY2(progress->actionsDone > 0 && progress->actionsDone < progress->actionsTotal,
                qPrintable(g.title));
        }
        if (g.status == GoalStatus::Afgerond)
            QCOMPARE(progress->actionsDone, progress->actionsTotal);
        idea = idea || g.status == GoalStatus::Idee;
        completed = completed || (g.status == GoalStatus::Afgerond && g.schoolYear == year);
    }
    QVERIFY(active >= 2);
    QVERIFY(idea);
    QVERIFY(completed);
    QVERIFY(overdue);
}

void TestDemoPop::hoursCarryOverAndSomeExpireThisYear()
{
    QVERIFY(makeDemo().ok());
    const int year = schoolYearOf(m_journal->clock().today()); // 2026-2027

    auto settings = hours().settings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->ftePermilleIn(year), 800);
    QCOMPARE(settings->ftePermilleIn(year - 1), 800);
    QVERIFY(settings->birthYear.has_value());

    auto lastYear = hours().entries(year - 1);
    auto thisYear = hours().entries(year);
    QVERIFY(lastYear.ok() && thisYear.ok());
    QVERIFY(lastYear->size() >= 2);
    QVERIFY(thisYear->size() >= 2);

    auto s = hours().summary(year);
    QVERIFY(s.ok());
    QCOMPARE(s->budget, Minutes(32 * 60)); // 40 hours at 0.8 FTE
    QVERIFY(s->carriedIn > 0);
    QVERIFY(s->spent > 0);
    QVERIFY(s->planned > s->spent); // a course planned for later this year
    QVERIFY(s->balance > 0);
    QCOMPARE(s->overspent, Minutes(0));
    // Some saved hours run out at the end of this school year; the rest stays usable longer.
    QVERIFY(s->expiring > 0);
    QVERIFY(!s->left.isEmpty());
    QCOMPARE(s->left.first().expires(), schoolYearEnd(year));
    QCOMPARE(s->left.first().minutes, s->expiring);
    QVERIFY(s->left.last().expires() > schoolYearEnd(year));
}

void TestDemoPop::secondRunIsRefusedAndChangesNothing()
{
    QVERIFY(makeDemo().ok());
    const auto counts = [this] {
        QList<qint64> n;
        for (const char* sql : { "SELECT count(*) FROM goal", "SELECT count(*) FROM goal_action",
                 "SELECT count(*) FROM goal_evidence", "SELECT count(*) FROM hours_entry",
                 "SELECT count(*) FROM hours_fte" })
            n << test::scalar(m_journal->db(), sql);
        return n;
    };
    const QList<qint64> before = counts();
    QVERIFY(before.first() > 0);

    const Status again = writeDemoPop(m_journal->store(), pop(), hours());
    QCOMPARE(test::codeOf(again), "InvalidInput");
    QVERIFY(again.error().message.contains(QStringLiteral("empty POP")));
    QCOMPARE(counts(), before);

    // An FTE the teacher set herself is reason enough to leave her POP alone.
    TempJournal other;
    QVERIFY(other.open().ok());
    HoursStore otherHours(other.db(), other.profile(), other.clock());
    PopStore otherPop(other.db(), other.profile(), other.clock());
    QVERIFY(otherHours.setFte(2026, 600).ok());
    QCOMPARE(test::codeOf(writeDemoPop(other.store(), otherPop, otherHours)), "InvalidInput");
    QCOMPARE(test::scalar(other.db(), "SELECT count(*) FROM goal"), 0);
}

void TestDemoPop::firstDaysOfASchoolYearKeepEveryEntryInItsYear()
{
    // Two days into 2027-2028, with an empty journal: hours spent "so far" cannot fall in the
    // year before or in the future, and goals without evidence are still valid.
    const QDateTime now = test::localTime(QDate(2027, 8, 3));
    const Status written = makeDemo(now, 0);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    auto entries = hours().entries(2027);
    QVERIFY(entries.ok());
    QVERIFY(entries->size() >= 2);
    for (const HoursEntry& e : *entries)
        QVERIFY2(e.spent == 0 || e.date <= now.date(), qPrintable(e.description));
    auto s = hours().summary(2027);
    QVERIFY(s.ok());
    QVERIFY(s->carriedIn > 0);
    QVERIFY(s->expiring > 0);
    auto goals = goalsIn(2027);
    QVERIFY(goals.ok() && !goals->isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoPop)
#include "tst_demo_pop.moc"
