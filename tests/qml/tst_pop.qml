import QtQuick
import Kernwijzer

// The POP as a teacher works it: write a goal (a refused save keeps the text), add and tick off
// actions, link a reflection as evidence, delete a goal with evidence only after confirming, and
// log professionaliseringsuren.
PageTestCase {
    id: testCase
    name: "Pop"
    width: 480 // a phone
    height: 1600

    Component {
        id: editorPage
        GoalEditorPage {}
    }
    Component {
        id: detailPage
        GoalDetailPage {}
    }
    Component {
        id: hoursPage
        HoursPage {}
    }
    Component {
        id: goalsComponent
        GoalListModel { journal: Journal }
    }
    Component {
        id: ledgerComponent
        HoursLedgerModel { journal: Journal }
    }

    function goals() {
        return createTemporaryObject(goalsComponent, testCase)
    }

    function test_1_writeAGoal() {
        const page = openPage(editorPage)
        const done = signalSpy(page, "done")
        tap(page, "goalValue-eigenaarschap")
        tap(page, "saveGoalButton")
        const error = find(page, "goalErrorLabel")
        compare(error.visible, true)
        compare(error.text, "Give the goal a title.")
        compare(done.count, 0)
        compare(goals().count, 0)

        typeInto(page, "goalTitleField", "Leerlingen eigenaarschap geven")
        compare(error.visible, false)
        tap(page, "goalTheme-maatwerk")
        tap(page, "saveGoalButton")
        compare(done.count, 1)
        const saved = goals()
        compare(saved.count, 1)
        compare(saved.data(saved.index(0, 0), GoalListModel.TitleRole), "Leerlingen eigenaarschap geven")
        compare(saved.data(saved.index(0, 0), GoalListModel.ValueIdsRole), ["eigenaarschap"])
        compare(saved.data(saved.index(0, 0), GoalListModel.ThemeNameRole), "Maatwerk")
        compare(saved.data(saved.index(0, 0), GoalListModel.StatusRole), "actief")
    }

    function test_2_actionsAndEvidence() {
        seed("Leerlingen plannen zelf hun weektaak", Journal.today, ["eigenaarschap"])
        const goalId = goals().idAt(0)
        verify(goalId !== 0)
        const page = openPage(detailPage, { goalId: goalId })
        compare(find(page, "goalTitle").text, "Leerlingen eigenaarschap geven")

        typeInto(page, "newActionField", "Weektaak samen plannen")
        tap(page, "addActionButton")
        compare(find(page, "newActionField").text, "")
        const list = goals()
        compare(list.data(list.index(0, 0), GoalListModel.ActionsTotalRole), 1)

        const actions = createTemporaryObject(actionsComponent, testCase, { goalId: goalId })
        const actionId = actions.data(actions.index(0, 0), GoalActionListModel.ActionIdRole)
        tap(page, "actionDone-" + actionId)
        const ticked = goals()
        compare(ticked.data(ticked.index(0, 0), GoalListModel.ActionsDoneRole), 1)

        tap(page, "linkEvidenceButton")
        const reflections = createTemporaryObject(reflectionsComponent, testCase)
        const reflectionId = reflections.idAt(0)
        const picker = find(page, "evidencePicker")
        tryCompare(picker, "opened", true)
        // A dialog lives in the window's overlay: look for its rows in its own content.
        const choice = tap(picker.contentItem, "evidenceChoice-" + reflectionId)
        tryCompare(choice, "checked", true)
        const after = goals()
        compare(after.data(after.index(0, 0), GoalListModel.EvidenceCountRole), 1)
    }

    function test_3_deletingAGoalWithEvidenceAsksFirstAndKeepsTheReflection() {
        const goalId = goals().idAt(0)
        const page = openPage(detailPage, { goalId: goalId })
        const back = signalSpy(page, "back")
        tap(page, "removeGoalButton")
        const confirm = find(page, "confirmRemoveGoal")
        tryCompare(confirm, "opened", true)
        compare(goals().count, 1) // nothing is removed before the teacher confirms
        confirm.accept()
        compare(goals().count, 0)
        compare(back.count, 1)
        compare(createTemporaryObject(reflectionsComponent, testCase).totalCount, 1)
    }

    function test_4_logProfessionaliseringsuren() {
        const page = openPage(hoursPage)
        tap(page, "addHoursButton")
        typeInto(page, "hoursDescription", "Cursus feedback")
        typeInto(page, "hoursSpent", "veel")
        tap(page, "saveHours")
        compare(find(page, "hoursError").text, "Enter hours as a number, such as 2, 1,5 or 1:30.")
        compare(createTemporaryObject(ledgerComponent, testCase).count, 0)

        const spent = find(page, "hoursSpent")
        spent.text = ""
        typeInto(page, "hoursSpent", "1,5")
        tap(page, "saveHours")
        const ledger = createTemporaryObject(ledgerComponent, testCase)
        compare(ledger.count, 1)
        compare(ledger.spentText, "1.5")
        compare(ledger.data(ledger.index(0, 0), HoursLedgerModel.DescriptionRole), "Cursus feedback")
    }

    Component {
        id: actionsComponent
        GoalActionListModel { journal: Journal }
    }
    Component {
        id: reflectionsComponent
        ReflectionListModel { journal: Journal }
    }
}
