// The POP in the journal database: goals, actions, evidence from both sides, removal that never
// loses a reflection, the hours store and the migration from a journal without a POP.
#include "pop/hours_store.h"
#include "pop/pop_store.h"
#include "pop/pop_year.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using kw::test::TempJournal;

class TestPopStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void goalRoundTrip();
    void goalDefaultsToTheCurrentSchoolYear();
    void invalidGoalsAreRefusedWithAClearMessage_data();
    void invalidGoalsAreRefusedWithAClearMessage();
    void listsByYearAndStatus();
    void actionsAndProgress();
    void evidenceFromBothSides();
    void removedReflectionIsNoLongerEvidence();
    void goalWithEvidenceIsRemovedOnlyWhenConfirmed();
    void hoursEntriesAndSettingsMakeTheBalance();
    void popYearReadsEverythingInOneCall();
    void migratesFromSchema3KeepingReflections();

private:
    Goal validGoal(const QString& title = QStringLiteral("Meer eigenaarschap bij leerlingen"));
    PopStore& pop() { return *m_pop; }

    std::unique_ptr<TempJournal> m_journal;
    std::unique_ptr<PopStore> m_pop;
};

void TestPopStore::init()
{
    m_journal = std::make_unique<TempJournal>();
    QVERIFY(m_journal->open().ok());
    m_pop = std::make_unique<PopStore>(m_journal->db(), m_journal->profile(), m_journal->clock());
}

void TestPopStore::cleanup()
{
    m_pop.reset();
    m_journal.reset();
}

Goal TestPopStore::validGoal(const QString& title)
{
    Goal g;
    g.title = title;
    g.valueIds = { QStringLiteral("eigenaarschap") };
    g.schoolYear = 2026;
    return g;
}

void TestPopStore::goalRoundTrip()
{
    Goal g = validGoal(QStringLiteral("  Ik wil leerlingen meer eigenaarschap geven  "));
    g.valueIds = { QStringLiteral("vertrouwen"), QStringLiteral("eigenaarschap") };
    g.themeId = QStringLiteral("maatwerk");
    g.successCriteria = QStringLiteral("Leerlingen kiezen zelf hun leerdoel in 3 van de 5 lessen.");
    g.targetDate = QDate(2027, 6, 30);
    g.status = GoalStatus::Actief;
    auto id = pop().addGoal(g);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

    auto saved = pop().goal(*id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->title, QStringLiteral("Ik wil leerlingen meer eigenaarschap geven"));
    // Kernwaarden come back in the profile's order.
    QCOMPARE(saved->valueIds,
        (QStringList { QStringLiteral("eigenaarschap"), QStringLiteral("vertrouwen") }));
    QCOMPARE(saved->themeId, QStringLiteral("maatwerk"));
    QCOMPARE(saved->successCriteria, g.successCriteria);
    QCOMPARE(saved->targetDate, QDate(2027, 6, 30));
    QCOMPARE(saved->status, GoalStatus::Actief);
    QCOMPARE(saved->schoolYear, 2026);
    QCOMPARE(saved->created, test::defaultNow());

    m_journal->clock().advanceMs(60'000);
    Goal edited = *saved;
    edited.title = QStringLiteral("Eigenaarschap over leerdoelen");
    edited.themeId.clear();
    edited.targetDate = QDate();
    edited.valueIds = { QStringLiteral("talentontwikkeling") };
    QVERIFY(pop().updateGoal(edited).ok());
    auto again = pop().goal(*id);
    QCOMPARE(again->title, QStringLiteral("Eigenaarschap over leerdoelen"));
    QVERIFY(again->themeId.isEmpty());
    QVERIFY(!again->targetDate.isValid());
    QCOMPARE(again->valueIds, QStringList { QStringLiteral("talentontwikkeling") });
    QCOMPARE(again->edited, test::defaultNow().addMSecs(60'000));
    QVERIFY(pop().setStatus(*id, GoalStatus::Afgerond).ok());
    QCOMPARE(pop().goal(*id)->status, GoalStatus::Afgerond);
    QCOMPARE(test::codeOf(pop().setStatus(999, GoalStatus::Actief)), "NotFound");
}

void TestPopStore::goalDefaultsToTheCurrentSchoolYear()
{
    Goal g = validGoal();
    g.schoolYear = 0;
    m_journal->clock().set(test::localTime(QDate(2027, 7, 31)));
    QCOMPARE(pop().goal(pop().addGoal(g).value())->schoolYear, 2026);
    m_journal->clock().set(test::localTime(QDate(2027, 8, 1)));
    QCOMPARE(pop().goal(pop().addGoal(g).value())->schoolYear, 2027);
}

void TestPopStore::invalidGoalsAreRefusedWithAClearMessage_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QString>("message");
    QTest::newRow("no title") << "title"
                              << "Give the goal a title.";
    QTest::newRow("long title") << "long"
                                << "The title is 201 characters long";
    QTest::newRow("no kernwaarde") << "novalue"
                                   << "at least one kernwaarde";
    QTest::newRow("unknown kernwaarde") << "value"
                                        << "\"moed\" is not a kernwaarde";
    QTest::newRow("unknown theme") << "theme"
                                   << "\"zwemmen\" is not a theme";
    QTest::newRow("target before year") << "target"
                                        << "2026-07-31 lies before the school year 2026-2027";
    QTest::newRow("school year") << "year"
                                 << "Choose a school year from 2000-2001 to 2100-2101.";
}

void TestPopStore::invalidGoalsAreRefusedWithAClearMessage()
{
    QFETCH(QString, broken);
    QFETCH(QString, message);
    Goal g = validGoal();
    if (broken == QStringLiteral("title"))
        g.title = QStringLiteral("   ");
    if (broken == QStringLiteral("long"))
        g.title = QString(201, QLatin1Char('x'));
    if (broken == QStringLiteral("novalue"))
        g.valueIds.clear();
    if (broken == QStringLiteral("value"))
        g.valueIds << QStringLiteral("moed");
    if (broken == QStringLiteral("theme"))
        g.themeId = QStringLiteral("zwemmen");
    if (broken == QStringLiteral("target"))
        g.targetDate = QDate(2026, 7, 31);
    if (broken == QStringLiteral("year"))
        g.schoolYear = 1999;
    auto id = pop().addGoal(g);
    QCOMPARE(test::codeOf(id), "InvalidInput");
    QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
    QCOMPARE(pop().goals()->size(), 0);

    // An update is checked the same way and leaves the stored goal as it was.
    const qint64 stored = pop().addGoal(validGoal()).value();
    g.id = stored;
    QCOMPARE(test::codeOf(pop().updateGoal(g)), "InvalidInput");
    QCOMPARE(pop().goal(stored)->title, validGoal().title);
}

void TestPopStore::listsByYearAndStatus()
{
    Goal a = validGoal(QStringLiteral("A"));
    Goal b = validGoal(QStringLiteral("B"));
    b.status = GoalStatus::Actief;
    Goal c = validGoal(QStringLiteral("C"));
    c.schoolYear = 2025;
    c.status = GoalStatus::Actief;
    const qint64 ia = pop().addGoal(a).value();
    const qint64 ib = pop().addGoal(b).value();
    const qint64 ic = pop().addGoal(c).value();
    auto ids = [this](const GoalQuery& q) {
        QList<qint64> list;
        const QList<Goal> goals = pop().goals(q).value();
        for (const Goal& g : goals)
            list << g.id;
        return list;
    };
    QCOMPARE(ids({}), (QList<qint64> { ic, ia, ib }));
    QCOMPARE(ids({ 2026, {} }), (QList<qint64> { ia, ib }));
    QCOMPARE(ids({ std::nullopt, { GoalStatus::Actief } }), (QList<qint64> { ic, ib }));
    QCOMPARE(ids({ 2026, { GoalStatus::Actief, GoalStatus::Idee } }), (QList<qint64> { ia, ib }));
    QCOMPARE(ids({ 2024, {} }), QList<qint64>());
}

void TestPopStore::actionsAndProgress()
{
    const qint64 goal = pop().addGoal(validGoal()).value();
    QCOMPARE(pop().progress(goal).value(), (GoalProgress { 0, 0, 0 }));
    const qint64 first = pop()
                             .addAction({ 0, goal, QStringLiteral("Lesbezoek bij collega"),
                                 QDate(2026, 12, 1), false })
                             .value();
    const qint64 second
        = pop().addAction({ 0, goal, QStringLiteral("Boek lezen"), QDate(), false }).value();
    pop().addAction({ 0, goal, QStringLiteral("Intervisie"), QDate(2026, 11, 25), true }).value();
    QCOMPARE(test::codeOf(pop().addAction({ 0, goal, QStringLiteral(" "), QDate(), false })),
        "InvalidInput");
    QCOMPARE(
        test::codeOf(pop().addAction({ 0, 999, QStringLiteral("X"), QDate(), false })), "NotFound");

    auto actions = pop().actions(goal);
    QVERIFY(actions.ok());
    QCOMPARE(actions->size(), 3);
    // Dated actions first, by due date; undated last.
    QCOMPARE(actions->at(0).title, QStringLiteral("Intervisie"));
    QCOMPARE(actions->at(1).id, first);
    QCOMPARE(actions->at(2).id, second);
    QCOMPARE(pop().progress(goal).value(), (GoalProgress { 1, 3, 0 }));

    QVERIFY(pop().setActionDone(first, true).ok());
    QVERIFY(pop().setActionDone(first, true).ok()); // twice is harmless
    QCOMPARE(pop().progress(goal).value(), (GoalProgress { 2, 3, 0 }));
    QVERIFY(pop().setActionDone(first, false).ok());
    QCOMPARE(pop().progress(goal).value(), (GoalProgress { 1, 3, 0 }));

    GoalAction edit = actions->at(2);
    edit.title = QStringLiteral("Boek lezen: Leren zichtbaar maken");
    edit.due = QDate(2027, 1, 10);
    edit.done = true;
    QVERIFY(pop().updateAction(edit).ok());
    QCOMPARE(pop().actions(goal)->last().title, edit.title);
    QCOMPARE(pop().progress(goal).value(), (GoalProgress { 2, 3, 0 }));
    QVERIFY(pop().removeAction(second).ok());
    QCOMPARE(test::codeOf(pop().setActionDone(second, true)), "NotFound");
    QCOMPARE(pop().progress(goal).value(), (GoalProgress { 1, 2, 0 }));
}

void TestPopStore::evidenceFromBothSides()
{
    const qint64 g1 = pop().addGoal(validGoal(QStringLiteral("Eigenaarschap"))).value();
    const qint64 g2 = pop().addGoal(validGoal(QStringLiteral("Feedback geven"))).value();
    const qint64 r1 = m_journal->add(QStringLiteral("Leerlingen kozen zelf"), QDate(2026, 11, 3));
    const qint64 r2 = m_journal->add(QStringLiteral("Feedbackronde"), QDate(2026, 11, 1));
    QVERIFY(r1 > 0 && r2 > 0);

    QVERIFY(pop().linkEvidence(g1, r1).ok());
    QVERIFY(pop().linkEvidence(g1, r2).ok());
    QVERIFY(pop().linkEvidence(g1, r2).ok()); // twice is harmless
    QVERIFY(pop().linkEvidence(g2, r1).ok()); // one reflection evidences two goals
    QCOMPARE(test::codeOf(pop().linkEvidence(g1, 999)), "NotFound");
    QCOMPARE(test::codeOf(pop().linkEvidence(999, r1)), "NotFound");

    auto evidence = pop().evidence(g1);
    QVERIFY(evidence.ok());
    QCOMPARE(evidence->size(), 2);
    QCOMPARE(evidence->at(0).id, r2); // oldest day first
    QCOMPARE(evidence->at(1).text, QStringLiteral("Leerlingen kozen zelf"));
    auto goals = pop().goalsForReflection(r1);
    QVERIFY(goals.ok());
    QCOMPARE(goals->size(), 2);
    QCOMPARE(goals->at(0).id, g1);
    QCOMPARE(goals->at(1).id, g2);
    QCOMPARE(pop().progress(g1)->evidenceCount, 2);

    QVERIFY(pop().unlinkEvidence(g1, r1).ok());
    QCOMPARE(test::codeOf(pop().unlinkEvidence(g1, r1)), "NotFound");
    QCOMPARE(pop().goalsForReflection(r1)->size(), 1);
    QCOMPARE(pop().progress(g1)->evidenceCount, 1);
    QVERIFY(m_journal->store().get(r1).ok()); // unlinking never touches the reflection
}

void TestPopStore::removedReflectionIsNoLongerEvidence()
{
    const qint64 goal = pop().addGoal(validGoal()).value();
    const qint64 kept = m_journal->add(QStringLiteral("Blijft"), QDate(2026, 11, 2));
    const qint64 gone = m_journal->add(QStringLiteral("Weggegooid"), QDate(2026, 11, 3));
    QVERIFY(pop().linkEvidence(goal, kept).ok());
    QVERIFY(pop().linkEvidence(goal, gone).ok());

    QVERIFY(m_journal->store().remove(gone).ok());
    QCOMPARE(pop().evidence(goal)->size(), 1);
    QCOMPARE(pop().evidence(goal)->first().id, kept);
    QCOMPARE(pop().progress(goal)->evidenceCount, 1);
    QCOMPARE(pop().goalsForReflection(gone)->size(), 0);
    QCOMPARE(test::codeOf(pop().linkEvidence(goal, gone)), "NotFound");

    // Restored, it is evidence again; purged, its link goes with it.
    QVERIFY(m_journal->store().restore(gone).ok());
    QCOMPARE(pop().progress(goal)->evidenceCount, 2);
    QVERIFY(m_journal->store().remove(gone).ok());
    QVERIFY(m_journal->store().purgeDeleted().ok());
    QCOMPARE(test::scalar(m_journal->db(), "SELECT count(*) FROM goal_evidence"), 1);
    QCOMPARE(pop().evidence(goal)->first().id, kept);
}

void TestPopStore::goalWithEvidenceIsRemovedOnlyWhenConfirmed()
{
    const qint64 goal = pop().addGoal(validGoal()).value();
    pop().addAction({ 0, goal, QStringLiteral("Lesbezoek"), QDate(), false }).value();
    const qint64 r1 = m_journal->add(QStringLiteral("Een"), QDate(2026, 11, 2));
    const qint64 r2 = m_journal->add(QStringLiteral("Twee"), QDate(2026, 11, 3));
    QVERIFY(pop().linkEvidence(goal, r1).ok());
    QVERIFY(pop().linkEvidence(goal, r2).ok());

    const Status refused = pop().removeGoal(goal);
    QCOMPARE(test::codeOf(refused), "InvalidInput");
    QVERIFY2(refused.error().message.contains(QStringLiteral("2 linked reflection")),
        qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("Nothing has been removed")));
    QVERIFY(pop().goal(goal).ok());
    QCOMPARE(pop().progress(goal).value(), (GoalProgress { 0, 1, 2 }));

    QVERIFY(pop().removeGoal(goal, RemoveMode::EvenWithEvidence).ok());
    QCOMPARE(test::codeOf(pop().goal(goal)), "NotFound");
    QCOMPARE(test::scalar(m_journal->db(), "SELECT count(*) FROM goal_action"), 0);
    QCOMPARE(test::scalar(m_journal->db(), "SELECT count(*) FROM goal_evidence"), 0);
    QCOMPARE(m_journal->store().get(r1)->text, QStringLiteral("Een"));
    QCOMPARE(m_journal->store().get(r2)->text, QStringLiteral("Twee"));
    QCOMPARE(m_journal->store().count({}).value(), 2);

    // A goal without evidence goes without confirmation; an unknown one is NotFound.
    const qint64 plain = pop().addGoal(validGoal()).value();
    QVERIFY(pop().removeGoal(plain).ok());
    QCOMPARE(test::codeOf(pop().removeGoal(plain)), "NotFound");
}

void TestPopStore::hoursEntriesAndSettingsMakeTheBalance()
{
    HoursStore hours(m_journal->db(), m_journal->profile(), m_journal->clock());
    QVERIFY(hours.setFte(2025, 800).ok());
    QVERIFY(hours.setBirthYear(1980).ok());
    QCOMPARE(test::codeOf(hours.setFte(2025, 0)), "InvalidInput");
    QCOMPARE(test::codeOf(hours.setFte(2025, 1200)), "InvalidInput");
    QCOMPARE(test::codeOf(hours.setBirthYear(2020)), "InvalidInput");
    auto settings = hours.settings();
    QCOMPARE(settings->fte, (QList<FteChange> { { 2025, 800 } }));
    QCOMPARE(settings->birthYear, std::optional<int>(1980));

    HoursEntry e;
    e.date = QDate(2025, 10, 1);
    e.kindId = QStringLiteral("training");
    e.description = QStringLiteral("Cursus coöperatief leren");
    e.planned = 12 * 60;
    e.spent = 12 * 60;
    QVERIFY(hours.add(e).ok());
    e.date = QDate(2026, 9, 15);
    e.kindId = QStringLiteral("intervisie");
    e.description = QStringLiteral("Intervisie bovenbouw");
    e.planned = 6 * 60;
    e.spent = 90;
    const qint64 id = hours.add(e).value();
    for (auto [field, value] : { std::pair { QStringLiteral("kind"), QStringLiteral("zwemles") },
             { QStringLiteral("description"), QStringLiteral(" ") } }) {
        HoursEntry bad = e;
        (field == QStringLiteral("kind") ? bad.kindId : bad.description) = value;
        QCOMPARE(test::codeOf(hours.add(bad)), "InvalidInput");
    }
    HoursEntry negative = e;
    negative.spent = -60;
    QCOMPARE(hours.add(negative).error().message, QStringLiteral("Hours cannot be negative."));
    HoursEntry empty = e;
    empty.planned = empty.spent = 0;
    QCOMPARE(test::codeOf(hours.add(empty)), "InvalidInput");

    QCOMPARE(hours.entries(2026)->size(), 1);
    QCOMPARE(hours.entries(2026)->first().id, id);
    QCOMPARE(hours.entries()->size(), 2);
    // 2025: 32 h − 12 h = 20 h saved; 2026: 32 h + 20 h − 1.5 h, taken from 2025's hours first.
    auto year = hours.summary(2026);
    QVERIFY(year.ok());
    QCOMPARE(year->budget, Minutes(32 * 60));
    QCOMPARE(year->carriedIn, Minutes(20 * 60));
    QCOMPARE(year->planned, Minutes(6 * 60));
    QCOMPARE(year->balance, Minutes(52 * 60 - 90));
    QCOMPARE(year->left.first(), (HoursTranche { 2025, 2028, 20 * 60 - 90 }));

    e.id = id;
    e.spent = 6 * 60;
    QVERIFY(hours.update(e).ok());
    QCOMPARE(hours.summary(2026)->spent, Minutes(6 * 60));
    QVERIFY(hours.remove(id).ok());
    QCOMPARE(test::codeOf(hours.remove(id)), "NotFound");
    QCOMPARE(hours.summary(2026)->spent, Minutes(0));
}

void TestPopStore::popYearReadsEverythingInOneCall()
{
    Goal g = validGoal();
    g.status = GoalStatus::Actief;
    const qint64 goal = pop().addGoal(g).value();
    Goal other = validGoal(QStringLiteral("Vorig jaar"));
    other.schoolYear = 2025;
    pop().addGoal(other).value();
    pop().addAction({ 0, goal, QStringLiteral("Lesbezoek"), QDate(2026, 12, 1), true }).value();
    const qint64 r = m_journal->add(QStringLiteral("Bewijs"), QDate(2026, 11, 2));
    QVERIFY(pop().linkEvidence(goal, r).ok());
    HoursStore hours(m_journal->db(), m_journal->profile(), m_journal->clock());
    QVERIFY(hours.setFte(2026, 1000).ok());
    HoursEntry e { 0, QDate(2026, 10, 1), QStringLiteral("studiedag"), QStringLiteral("Studiedag"),
        8 * 60, 8 * 60 };
    QVERIFY(hours.add(e).ok());

    auto year = loadPopYear(m_journal->db(), m_journal->profile(), m_journal->clock(), 2026);
    QVERIFY2(year.ok(), qPrintable(year.ok() ? QString() : year.error().message));
    QCOMPARE(year->goals.size(), 1);
    QCOMPARE(year->goals[0].goal.id, goal);
    QCOMPARE(year->goals[0].actions.size(), 1);
    QCOMPARE(year->goals[0].evidence.first().text, QStringLiteral("Bewijs"));
    QCOMPARE(year->goals[0].progress, (GoalProgress { 1, 1, 1 }));
    QCOMPARE(year->hoursEntries.size(), 1);
    QCOMPARE(year->hours.balance, Minutes(32 * 60));
    QCOMPARE(year->teacher.fte.size(), 1);
    // The read transaction is closed again: writing still works.
    QVERIFY(pop().addGoal(validGoal()).ok());
}

void TestPopStore::migratesFromSchema3KeepingReflections()
{
    TempJournal journal;
    sql::Database::Options old;
    old.upToVersion = 3;
    QVERIFY(journal.open(old).ok());
    const qint64 r = journal.add(QStringLiteral("Van voor het POP"), QDate(2026, 3, 2));
    QVERIFY(r > 0);
    QCOMPARE(
        test::scalar(journal.db(), "SELECT count(*) FROM sqlite_schema WHERE name = 'goal'"), 0);
    journal.close();

    QVERIFY(journal.open().ok());
    QCOMPARE(test::scalar(journal.db(), "PRAGMA user_version"),
        qint64(journal.db().userVersion().value()));
    QVERIFY(test::scalar(journal.db(), "PRAGMA user_version") >= 5);
    QCOMPARE(journal.store().get(r)->text, QStringLiteral("Van voor het POP"));
    PopStore migrated(journal.db(), journal.profile(), journal.clock());
    const qint64 goal = migrated.addGoal(validGoal()).value();
    QVERIFY(migrated.linkEvidence(goal, r).ok());
    QCOMPARE(migrated.goalsForReflection(r)->first().id, goal);
    QCOMPARE(test::integrityCheck(journal.db()), QStringLiteral("ok"));
    QCOMPARE(test::scalar(journal.db(), "PRAGMA foreign_key_check"), -1); // no violations
}

QTEST_GUILESS_MAIN(TestPopStore)
#include "tst_pop_store.moc"
