import QtQuick
import QtTest
import Kernwijzer

// The teacher's waarderingsgesprek, as a teacher works it on a phone: preparing (a reflection
// ticked, another unticked, the preview shows only the ticked one's text, wellbeing only when
// switched on), sending, and responding to a verslag the real leader code made (akkoord on one
// agreement, gezien on another: only the first becomes a POP action).
// With KW_SCREENSHOT_DIR set, each page is saved as gesprek-<page>-<w>x<h>.png there.
PageTestCase {
    id: testCase
    name: "GesprekTeacher"
    width: 390
    height: 844

    readonly property string privateText: "Oudergesprek over Sem, alleen voor mij"
    readonly property string sharedText: "Rekenles met blokjes werkte beter dan het werkblad"
    readonly property string agreedWhat: "Een collega uitnodigen bij de rekenles"
    readonly property string seenWhat: "Elke week een extra rapportage invullen"
    property int sharedId: 0
    property int privateId: 0
    property url sentFile

    Component {
        id: prepareComponent
        PreparePage {}
    }
    Component {
        id: previewComponent
        PreviewPage {}
    }
    Component {
        id: verslagComponent
        VerslagPage {}
    }
    Component {
        id: gesprekComponent
        GesprekPage {}
    }
    Component {
        id: popComponent
        PopPage {}
    }
    Component {
        id: savingEditor
        ReflectionEditor { journal: Journal }
    }
    Component {
        id: goalsComponent
        GoalListModel { journal: Journal }
    }
    Component {
        id: checkinComponent
        CheckinForm { journal: Journal; instrumentId: "who5" }
    }

    function saveReflection(text, day, valueIds) {
        const editor = createTemporaryObject(savingEditor, testCase)
        const spy = signalSpy(editor, "saved")
        editor.startNew()
        editor.text = text
        editor.day = day
        editor.valueIds = valueIds
        editor.outcome = 4
        verify(editor.save(), editor.errorText)
        return spy.signalArguments[0][0]
    }

    /** Every text of the preview's rows, and their sources. */
    function previewRows(model) {
        const rows = []
        for (let i = 0; i < model.rowCount(); ++i) {
            const at = model.index(i, 0)
            rows.push({ source: model.data(at, PreparationPreviewModel.SourceRole),
                        title: model.data(at, PreparationPreviewModel.TitleRole),
                        text: model.data(at, PreparationPreviewModel.TextRole) })
        }
        return rows
    }

    function capture(page, state) {
        if (exchangeFixtures.screenshots === "")
            return
        wait(200)
        grabImage(page).save(exchangeFixtures.screenshots + "/gesprek-" + state + "-" + page.width + "x" + page.height + ".png")
    }

    /** Scrolls the page's Flickable so that @p item is in view, as a teacher scrolls to it. */
    function reveal(item) {
        let flick = item.parent
        while (flick && flick.flicking === undefined) // the Flickable (or ListView) it is in
            flick = flick.parent
        if (!flick)
            return item
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - flick.height / 3, flick.contentHeight - flick.height))
        waitForRendering(flick)
        return item
    }
    /** Taps the control named @p name after scrolling it into view. */
    function tapShown(root, name) {
        const item = reveal(find(root, name))
        verify(item.visible, name + " is not visible")
        mouseClick(item)
        return item
    }

    /** Whether the item named @p name lies within the page's width, and at most a column wide. */
    function fits(page, name) {
        const item = find(page, name)
        const p = item.mapToItem(page, 0, 0)
        return p.x >= 0 && p.x + item.width <= page.width + 0.5 && item.width <= Theme.contentMaxWidth
    }

    function initTestCase() {
        // The school's profile that lists the leader, installed as a teacher does, in their team.
        verify(Exchange.checkImport(gesprekFixtures.profile), Exchange.errorText)
        verify(Exchange.confirmImport(gesprekFixtures.profileCode), Exchange.errorText)
        Exchange.setCohort(gesprekFixtures.team, "", "")
        sharedId = saveReflection(sharedText, "2026-10-02", ["vertrouwen"])
        privateId = saveReflection(privateText, "2026-10-05", ["verbinding"])
        const checkin = createTemporaryObject(checkinComponent, testCase)
        for (let item = 0; item < checkin.items.length; ++item)
            checkin.setAnswer(item, 3)
        verify(checkin.save(), checkin.errorText)
    }

    function test_a_prepare() {
        const page = openPage(prepareComponent)
        const editor = findChild(page, "preparationEditor")
        verify(editor)
        compare(editor.state, "new")
        editor.plannedOn = "2026-11-22" // the day after tomorrow: the reminder is due
        editor.teacherName = "Tess Teacher"
        compare(find(page, "leaderLabel").text.indexOf(gesprekFixtures.leaderName) >= 0, true,
                "the leader of the teacher's team is chosen by default")

        reveal(find(page, "pointField-2"))
        typeInto(page, "pointField-2", "Mijn rooster")
        tapShown(page, "addPoint-2")
        compare(editor.points.length, 1)

        // Both reflections ticked in the picker, then the private one unticked on the page.
        tapShown(page, "chooseReflectionsButton")
        const picker = find(page, "reflectionPicker")
        tryCompare(picker, "opened", true)
        // A dialog lives in the window's overlay: look for its rows in its own content.
        tap(picker.contentItem, "reflectionChoice-" + sharedId)
        tap(picker.contentItem, "reflectionChoice-" + privateId)
        compare(Object.keys(editor.reflectionParts).length, 2)
        picker.close()
        tryCompare(picker, "visible", false)
        tapShown(page, "chosenReflection-" + privateId)
        compare(Object.keys(editor.reflectionParts), [String(sharedId)])

        // Wellbeing is off unless switched on, and says why it matters.
        const wellbeing = find(page, "wellbeingSwitch")
        compare(wellbeing.checked, false)
        verify(find(page, "wellbeingWarning").text.indexOf("health data") >= 0)
        verify(fits(page, "previewButton"), "the preview button is cut off")
        capture(page, "prepare")
        verify(editor.flush(), editor.errorText)

        let preview = openPage(previewComponent)
        let model = findChild(preview, "previewModel")
        verify(model.ready, model.errorText)
        let rows = previewRows(model)
        verify(rows.some(r => r.text === sharedText), "the ticked reflection's text is in the preview")
        verify(!rows.some(r => (r.text + r.title).indexOf(privateText) >= 0), "the unticked reflection's text is not")
        verify(rows.some(r => r.source === "own" && r.text === "Mijn rooster"))
        verify(!rows.some(r => r.source === "wellbeing"), "no wellbeing unless switched on")
        compare(model.sharesWellbeing, false)
        capture(preview, "preview")

        // Switched on, the trend is there; off again, it is gone before anything is sent.
        preview.visible = false // back on the preparation
        mouseClick(reveal(wellbeing))
        verify(editor.shareWellbeing)
        verify(editor.flush())
        model.refresh()
        verify(previewRows(model).some(r => r.source === "wellbeing"), "the WHO-5 trend once switched on")
        mouseClick(wellbeing)
        verify(!editor.shareWellbeing)
        verify(editor.flush())
        model.refresh()
        verify(!previewRows(model).some(r => r.source === "wellbeing"))
        preview.visible = true

        // The reminder two days ahead: the draft is not sent yet.
        Reminders.checkConversations()
        compare(Reminders.conversations.length, 1)
        compare(Reminders.conversations[0].sent, false)

        preview.file = "file://" + schoolFixtures.scratch + "/gesprek.kwgesprek"
        tapShown(preview, "sendButton")
        verify(model.writtenPath !== "", model.errorText)
        sentFile = preview.file
        compare(Reminders.conversations[0].sent, true)
        compare(model.newRevision, false) // sending again would change nothing

        // The draft survives closing the page (and the app): a new editor reads it back.
        page.destroy()
        const again = openPage(prepareComponent)
        const reread = findChild(again, "preparationEditor")
        compare(reread.state, "sent")
        compare(reread.plannedOn, "2026-11-22")
        compare(Object.keys(reread.reflectionParts), [String(sharedId)])
        // The conversations page says the same: sent, to change and send again.
        const list = openPage(gesprekComponent)
        compare(findChild(list, "conversationListModel").draftState, "sent")
        verify(find(list, "preparationCard").hint.indexOf("Sent for") === 0, find(list, "preparationCard").hint)
    }

    function test_b_respond() {
        verify(String(sentFile) !== "", "test_a_prepare sent the preparation")
        const verslag = gesprekFixtures.verslagFor(sentFile, [
            { what: agreedWhat, kernwaardeId: "", goalRef: "", due: "2027-01-15" },
            { what: seenWhat, kernwaardeId: "eigenaarschap", goalRef: "", due: "" }])
        verify(String(verslag) !== "", gesprekFixtures.error)

        const goalsBefore = createTemporaryObject(goalsComponent, testCase).count

        // A file that is no verslag is refused in plain words, and nothing changes.
        const bad = openPage(verslagComponent, { importUrl: exchangeFixtures.tampered })
        const badResponse = findChild(bad, "verslagResponse")
        compare(badResponse.hasVerslag, false)
        verify(find(bad, "verslagProblem").text.indexOf("Nothing was changed") >= 0)

        const page = openPage(verslagComponent, { importUrl: verslag })
        const response = findChild(page, "verslagResponse")
        verify(response.hasVerslag, response.errorText)
        compare(response.state, "held")
        compare(response.agreements.length, 2)
        compare(find(page, "signButton").enabled, false)

        tapShown(page, "akkoord-1")
        tapShown(page, "gezien-2")
        // The first names no goal: it becomes a new goal, whose kernwaarde the teacher chooses.
        verify(response.agreements[0].newGoal)
        response.setKernwaarde(response.agreements[0].id, "vertrouwen")
        const reaction = find(page, "reaction-2")
        reaction.forceActiveFocus()
        for (const c of "Liever maandelijks")
            keyClick(c)
        verify(response.complete)
        capture(page, "verslag")

        page.file = "file://" + schoolFixtures.scratch + "/gesprek.kwreactie"
        tapShown(page, "signButton")
        tryCompare(response, "state", "closed")
        verify(response.writtenPath !== "", response.errorText)
        compare(response.agreements[1].reaction, "Liever maandelijks")

        // Akkoord became an action on a new goal; gezien did not go into the POP.
        compare(response.popChanges.length, 1)
        compare(response.popChanges[0].actionTitle, agreedWhat)
        verify(response.popChanges[0].newGoal)
        const goals = createTemporaryObject(goalsComponent, testCase)
        compare(goals.count, goalsBefore + 1)
        let agreedGoal = -1
        for (let row = 0; row < goals.count; ++row) {
            const title = goals.data(goals.index(row, 0), GoalListModel.TitleRole)
            verify(title.indexOf(seenWhat) < 0, "a gezien agreement is no goal")
            if (title === agreedWhat)
                agreedGoal = row
        }
        verify(agreedGoal >= 0, "the accepted agreement is a goal of the POP")
        compare(goals.data(goals.index(agreedGoal, 0), GoalListModel.ActionsDoneRole), 0)
        compare(goals.data(goals.index(agreedGoal, 0), GoalListModel.ActionsTotalRole), 1)
        verify(find(page, "popChange-" + response.popChanges[0].goalId).visible)
        capture(page, "verslag-closed")

        // The list: closed, with its open agreement; the POP's card leads here.
        const list = openPage(gesprekComponent)
        const conversations = findChild(list, "conversationListModel")
        compare(conversations.count, 1)
        compare(conversations.data(conversations.index(0, 0), ConversationListModel.StateRole), "closed")
        compare(conversations.data(conversations.index(0, 0), ConversationListModel.OpenAgreementsRole), 1)
        capture(list, "list")
        const pop = openPage(popComponent)
        verify(find(pop, "gesprekButton").visible)

        // The next preparation brings the open agreement to the terugblik by itself.
        const next = openPage(prepareComponent, { startNew: true })
        const editor = findChild(next, "preparationEditor")
        compare(editor.state, "new")
        compare(editor.openAgreements.length, 1)
        compare(editor.openAgreements[0].what, agreedWhat)
        verify(find(next, "openAgreementsBox").visible)
    }

    // A desktop window: every page keeps a readable column, centred, with data in it.
    function test_c_wideScreens() {
        testCase.width = 1440
        testCase.height = 900
        const prepare = openPage(prepareComponent)
        const editor = findChild(prepare, "preparationEditor")
        editor.plannedOn = "2027-03-10"
        editor.addPoint(1, "De toetsweek samen voorbereid")
        editor.addPoint(4, "Volgend jaar groep 5")
        editor.setReflectionChosen(sharedId, true, 3)
        verify(editor.flush(), editor.errorText)
        for (const name of ["previewButton", "chooseReflectionsButton", "wellbeingSwitch"])
            verify(fits(prepare, name), name + " is not in a centred column")
        const button = find(prepare, "previewButton")
        fuzzyCompare(button.mapToItem(prepare, 0, 0).x + button.width / 2, prepare.width / 2, 2)
        capture(prepare, "prepare")

        const preview = openPage(previewComponent)
        verify(findChild(preview, "previewModel").ready, findChild(preview, "previewModel").errorText)
        verify(fits(preview, "previewIntro"))
        capture(preview, "preview")

        const list = openPage(gesprekComponent)
        verify(fits(list, "preparationCard"))
        capture(list, "list")
        const conversationId = findChild(list, "conversationListModel").firstWithVerslag()
        const verslag = openPage(verslagComponent, { conversationId: conversationId })
        compare(findChild(verslag, "verslagResponse").state, "closed")
        verify(fits(verslag, "closedLabel"))
        capture(verslag, "verslag-closed")
    }
}
