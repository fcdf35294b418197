// The models and controllers behind the POP pages, driven as the views drive them while
// QAbstractItemModelTester (Fatal) checks every signal and index they emit: goals with their
// progress, actions, evidence from both sides, the hours ledger and the PDF export.

#include "teacher/pop/evidence_list_model.h"
#include "teacher/pop/goal_action_list_model.h"
#include "teacher/pop/goal_editor.h"
#include "teacher/pop/goal_list_model.h"
#include "teacher/pop/hours_ledger_model.h"
#include "teacher/pop/pop_export.h"
#include "tested_model.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace kw;
using kw::test::AppJournal;
using kw::test::strings;
using kw::test::Tested;

namespace {

/** Saves a goal through the editor the goal page uses; 0 when refused. */
qint64 addGoal(AppJournal& j, const QString& title,
    const QString& status = QStringLiteral("actief"), int schoolYear = 0)
{
    GoalEditor editor;
    editor.setJournal(&j.service());
    editor.startNew(schoolYear);
    editor.setTitle(title);
    editor.toggleValue(QStringLiteral("eigenaarschap"));
    editor.setStatus(status);
    return editor.save() ? editor.goalId() : 0;
}

QStringList titles(const GoalListModel& m)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out << m.data(m.index(row, 0), GoalListModel::TitleRole).toString();
    return out;
}

} // namespace

class TestPopModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kw::test::useTestEnvironment(); }

    void goalsListWhatYouWorkOnFirstWithTheirProgress()
    {
        AppJournal j;
        Tested<GoalListModel> t(j);
        QCOMPARE(t.model.rowCount(), 0);
        QCOMPARE(t.model.shownYearLabel(), QStringLiteral("2026-2027"));

        QVERIFY(addGoal(j, QStringLiteral("Afgerond doel"), QStringLiteral("afgerond")));
        QVERIFY(addGoal(j, QStringLiteral("Een idee"), QStringLiteral("idee")));
        const qint64 active = addGoal(j, QStringLiteral("Eigenaarschap geven"));
        QVERIFY(active);
        QCOMPARE(titles(t.model), strings({ "Eigenaarschap geven", "Een idee", "Afgerond doel" }));
        QCOMPARE(t.model.activeCount(), 1);
        QCOMPARE(t.at(0, GoalListModel::StatusNameRole).toString(), QStringLiteral("Active"));

        Tested<GoalActionListModel> actions(j);
        actions.model.setGoalId(active);
        QCOMPARE(actions.model.add(QStringLiteral("Weektaak samen plannen"), QString()), QString());
        QCOMPARE(actions.model.add(QStringLiteral("Doelenmuur"), QStringLiteral("2026-11-01")),
            QString());
        const qint64 first
            = actions.model.data(actions.model.index(0, 0), GoalActionListModel::ActionIdRole)
                  .toLongLong();
        QCOMPARE(actions.model.setDone(first, true), QString());
        QCOMPARE(actions.model.doneCount(), 1);

        const qint64 reflection
            = j.add(QStringLiteral("Leerlingen kozen zelf"), QDate(2026, 11, 18));
        Tested<EvidenceListModel> evidence(j);
        evidence.model.setGoalId(active);
        QCOMPARE(evidence.model.setLinked(reflection, true), QString());
        QCOMPARE(evidence.model.count(), 1);
        QVERIFY(evidence.model.contains(reflection));

        // The goal list saw every change through the journal, as the page does.
        QCOMPARE(t.at(0, GoalListModel::ActionsDoneRole).toInt(), 1);
        QCOMPARE(t.at(0, GoalListModel::ActionsTotalRole).toInt(), 2);
        QCOMPARE(t.at(0, GoalListModel::EvidenceCountRole).toInt(), 1);
    }

    void schoolYearsAreListedOneAtATime()
    {
        AppJournal j;
        QVERIFY(addGoal(j, QStringLiteral("Vorig jaar"), QStringLiteral("afgerond"), 2025));
        QVERIFY(addGoal(j, QStringLiteral("Dit jaar")));
        Tested<GoalListModel> t(j);
        QCOMPARE(titles(t.model), strings({ "Dit jaar" }));
        t.model.setSchoolYear(2025);
        QCOMPARE(titles(t.model), strings({ "Vorig jaar" }));
        QCOMPARE(t.model.shownYearLabel(), QStringLiteral("2025-2026"));
        QCOMPARE(t.model.currentYear(), 2026);
    }

    void evidenceCanBeLinkedFromTheReflectionToo()
    {
        AppJournal j;
        const qint64 goal = addGoal(j, QStringLiteral("Oudergesprekken"));
        const qint64 other = addGoal(j, QStringLiteral("Lesstudie"));
        const qint64 reflection = j.add(QStringLiteral("Goed oudergesprek"), QDate(2026, 11, 17));
        Tested<GoalListModel> linked(j);
        linked.model.setReflectionId(reflection);
        QCOMPARE(linked.model.rowCount(), 0);
        QCOMPARE(linked.model.setLinked(goal, true), QString());
        QCOMPARE(titles(linked.model), strings({ "Oudergesprekken" }));
        QVERIFY(linked.model.contains(goal));
        QVERIFY(!linked.model.contains(other));
        QCOMPARE(linked.model.setLinked(goal, false), QString());
        QCOMPARE(linked.model.rowCount(), 0);
        QCOMPARE(j.storedCount(), 1); // unlinking never touches the reflection
    }

    void aRefusedGoalKeepsWhatWasTyped()
    {
        AppJournal j;
        GoalEditor editor;
        editor.setJournal(&j.service());
        editor.startNew();
        QCOMPARE(editor.status(), QStringLiteral("actief"));
        editor.setSuccessCriteria(QStringLiteral("Elke leerling kiest twee weekdoelen"));
        QVERIFY(!editor.save());
        QCOMPARE(editor.errorText(), QStringLiteral("Give the goal a title."));
        editor.setTitle(QStringLiteral("Eigenaarschap"));
        QCOMPARE(editor.errorText(), QString()); // fixing it clears the message
        QVERIFY(!editor.save());
        QCOMPARE(editor.errorText(), QStringLiteral("Link the goal to at least one kernwaarde."));
        QCOMPARE(editor.successCriteria(), QStringLiteral("Elke leerling kiest twee weekdoelen"));
        QVERIFY(!j.service().pop()->goals().value().size());

        editor.toggleValue(QStringLiteral("eigenaarschap"));
        QSignalSpy saved(&editor, &GoalEditor::saved);
        QVERIFY(editor.save());
        QCOMPARE(saved.count(), 1);
        GoalEditor reread;
        reread.setJournal(&j.service());
        QVERIFY(reread.edit(editor.goalId()));
        QCOMPARE(reread.successCriteria(), QStringLiteral("Elke leerling kiest twee weekdoelen"));
        QCOMPARE(reread.schoolYearLabel(), QStringLiteral("2026-2027"));
    }

    void removingAGoalWithEvidenceNeedsConfirmationAndKeepsTheReflections()
    {
        AppJournal j;
        const qint64 goal = addGoal(j, QStringLiteral("Eigenaarschap"));
        const qint64 reflection = j.add(QStringLiteral("Bewijs"), QDate(2026, 11, 18));
        QVERIFY(j.service().pop()->linkEvidence(goal, reflection).ok());
        GoalEditor editor;
        editor.setJournal(&j.service());
        QVERIFY(editor.edit(goal));
        QVERIFY(!editor.remove(false));
        QVERIFY2(editor.errorText().contains(QStringLiteral("1 linked reflection")),
            qPrintable(editor.errorText()));
        QVERIFY(j.service().pop()->goal(goal).ok());

        QSignalSpy removed(&editor, &GoalEditor::removed);
        QVERIFY(editor.remove(true));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!j.service().pop()->goal(goal).ok());
        QCOMPARE(j.storedCount(), 1);
    }

    void actionsShowWhatIsOverdueAndRefuseAnEmptyTitle()
    {
        AppJournal j;
        const qint64 goal = addGoal(j, QStringLiteral("Eigenaarschap"));
        Tested<GoalActionListModel> t(j);
        t.model.setGoalId(goal);
        QCOMPARE(t.model.add(QStringLiteral("  "), QString()),
            QStringLiteral("Give the action a title."));
        QCOMPARE(t.model.rowCount(), 0);
        QCOMPARE(t.model.add(QStringLiteral("Later"), QStringLiteral("2026-12-01")), QString());
        QCOMPARE(t.model.add(QStringLiteral("Te laat"), QStringLiteral("2026-11-19")), QString());
        QCOMPARE(t.at(0, GoalActionListModel::TitleRole).toString(), QStringLiteral("Te laat"));
        QCOMPARE(t.at(0, GoalActionListModel::OverdueRole).toBool(), true);
        QCOMPARE(t.at(1, GoalActionListModel::OverdueRole).toBool(), false);
        QCOMPARE(
            t.at(0, GoalActionListModel::DueLabelRole).toString(), QStringLiteral("19 Nov 2026"));
        const qint64 late = t.at(0, GoalActionListModel::ActionIdRole).toLongLong();
        QCOMPARE(t.model.setDone(late, true), QString());
        QCOMPARE(t.at(0, GoalActionListModel::OverdueRole).toBool(), false); // done is never late
        QCOMPARE(t.model.remove(late), QString());
        QCOMPARE(t.model.rowCount(), 1);
    }

    void hoursLedgerCarriesSavedHoursAndShowsWhenTheyExpire()
    {
        AppJournal j;
        Tested<HoursLedgerModel> t(j);
        QVERIFY(!t.model.hasFte());
        t.model.setSchoolYear(2025);
        QCOMPARE(t.model.setFte(QStringLiteral("1,5")),
            QStringLiteral("The FTE must be more than 0 and at most 1.0."));
        QCOMPARE(t.model.setFte(QStringLiteral("0,8")), QString());
        QCOMPARE(t.model.saveEntry(0, QStringLiteral("2025-10-10"), QStringLiteral("training"),
                     QStringLiteral("Cursus feedback"), QString(), QStringLiteral("11:30")),
            QString());
        QCOMPARE(t.model.budgetText(), QStringLiteral("32"));
        QCOMPARE(t.model.balanceText(), QStringLiteral("20.5"));

        t.model.setSchoolYear(0); // the current year, 2026-2027
        QVERIFY(t.model.hasFte());
        QCOMPARE(t.model.fteText(), QStringLiteral("0.8"));
        QCOMPARE(t.model.saveEntry(0, QStringLiteral("2026-10-02"), QStringLiteral("coaching"),
                     QStringLiteral("Coaching"), QStringLiteral("6"), QStringLiteral("veel")),
            QStringLiteral("Enter hours as a number, such as 2, 1,5 or 1:30."));
        QCOMPARE(t.model.rowCount(), 0);
        QCOMPARE(t.model.saveEntry(0, QStringLiteral("2026-10-02"), QStringLiteral("coaching"),
                     QStringLiteral("Coaching"), QStringLiteral("6"), QStringLiteral("1,5")),
            QString());
        QCOMPARE(t.model.rowCount(), 1);
        QCOMPARE(t.at(0, HoursLedgerModel::KindNameRole).toString(), QStringLiteral("Coaching"));
        QCOMPARE(t.at(0, HoursLedgerModel::SpentTextRole).toString(), QStringLiteral("1.5"));
        // 32 this year + 20.5 saved; 1.5 spent from the oldest (saved) hours first.
        QCOMPARE(t.model.carriedInText(), QStringLiteral("20.5"));
        QCOMPARE(t.model.availableText(), QStringLiteral("52.5"));
        QCOMPARE(t.model.balanceText(), QStringLiteral("51"));
        QCOMPARE(t.model.overspentText(), QString());
        const QVariantList expiring = t.model.expiring();
        QCOMPARE(expiring.size(), 2);
        QCOMPARE(expiring[0].toMap()[QStringLiteral("hours")].toString(), QStringLiteral("19"));
        QCOMPARE(expiring[0].toMap()[QStringLiteral("expiresIso")].toString(),
            QStringLiteral("2029-07-31"));
        QCOMPARE(expiring[1].toMap()[QStringLiteral("hours")].toString(), QStringLiteral("32"));
        QCOMPARE(expiring[1].toMap()[QStringLiteral("expiresIso")].toString(),
            QStringLiteral("2030-07-31"));

        const qint64 id = t.at(0, HoursLedgerModel::EntryIdRole).toLongLong();
        QCOMPARE(t.model.saveEntry(id, QStringLiteral("2026-10-02"), QStringLiteral("coaching"),
                     QStringLiteral("Coaching"), QString(), QStringLiteral("60")),
            QString());
        QCOMPARE(t.model.overspentText(), QStringLiteral("7.5"));
        QCOMPARE(t.model.spentShare(), 1.0);
        QCOMPARE(t.model.removeEntry(id), QString());
        QCOMPARE(t.model.rowCount(), 0);
        QCOMPARE(
            t.model.setBirthYear(2020), QStringLiteral("Enter a birth year from 1930 to 2011."));
    }

    void exportWritesThePdfWhereTheTeacherChose()
    {
        AppJournal j;
        QVERIFY(addGoal(j, QStringLiteral("Eigenaarschap geven")));
        PopExport exporter;
        exporter.setJournal(&j.service());
        QCOMPARE(exporter.schoolYearLabel(), QStringLiteral("2026-2027"));
        QVERIFY(
            exporter.suggestedFile().toLocalFile().endsWith(QStringLiteral("POP 2026-2027.pdf")));

        QVERIFY(!exporter.exportTo(QUrl::fromLocalFile(j.path())));
        QCOMPARE(exporter.errorText(),
            QStringLiteral("That is your journal itself; choose another file."));
        QCOMPARE(j.storedCount(), 0); // and the journal is still a journal
        QVERIFY(j.service().pop()->goals().ok());

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("pop.pdf"));
        QVERIFY2(exporter.exportTo(QUrl::fromLocalFile(pdf)), qPrintable(exporter.errorText()));
        QCOMPARE(exporter.writtenPath(), pdf);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));

        QVERIFY(!exporter.exportTo(
            QUrl::fromLocalFile(dir.filePath(QStringLiteral("nergens/pop.pdf")))));
        QVERIFY(!exporter.errorText().isEmpty());
        QCOMPARE(exporter.writtenPath(), QString());
    }
};

QTEST_MAIN(TestPopModels)
#include "tst_pop_models.moc"
