import QtQuick
import Kernwijzer

// Quick entry: write, choose a kernwaarde and how it went, save; a refused save; the draft that
// survives closing the page.
PageTestCase {
    id: testCase
    name: "QuickEntry"
    width: 480 // a phone

    Component {
        id: editorPage
        ReflectionEditorPage {}
    }
    Component {
        id: journalList
        ReflectionListModel { journal: Journal }
    }
    Component {
        id: draftCleaner
        ReflectionEditor { journal: Journal }
    }

    function init() {
        // Every test starts without a draft left by the one before.
        const editor = createTemporaryObject(draftCleaner, testCase)
        editor.discard()
    }

    /** The reflections the journal holds with @p word in them, as the journal page lists them. */
    function reflectionsWith(word) {
        const model = createTemporaryObject(journalList, testCase, { searchText: word })
        const found = []
        for (let row = 0; row < model.rowCount(); ++row)
            found.push({ text: model.data(model.index(row, 0), ReflectionListModel.TextRole),
                         valueIds: model.data(model.index(row, 0), ReflectionListModel.ValueIdsRole),
                         outcome: model.data(model.index(row, 0), ReflectionListModel.OutcomeRole),
                         day: model.data(model.index(row, 0), ReflectionListModel.DayRole) })
        return found
    }

    function test_saveANewReflection() {
        const page = openPage(editorPage)
        const done = signalSpy(page, "done")
        compare(find(page, "restoredDraftLabel").visible, false)

        typeInto(page, "reflectionText", "kringgesprek over pesten")
        tap(page, "valueChip-verbinding")
        compare(find(page, "valueChip-verbinding").checked, true)
        tap(find(page, "outcomeSelector"), "score4")
        compare(find(find(page, "outcomeSelector"), "score4").checked, true)
        tap(page, "saveButton")

        compare(done.count, 1)
        compare(find(page, "errorLabel").visible, false)
        const saved = reflectionsWith("kringgesprek")
        compare(saved.length, 1)
        compare(saved[0].text, "kringgesprek over pesten")
        compare(saved[0].valueIds, ["verbinding"])
        compare(saved[0].outcome, 4)
        compare(saved[0].day, Journal.today)
    }

    function test_saveWithoutKernwaardeIsRefused() {
        const page = openPage(editorPage)
        const done = signalSpy(page, "done")
        const text = typeInto(page, "reflectionText", "lastige ochtend")
        tap(find(page, "outcomeSelector"), "score2")
        tap(page, "saveButton")

        const error = find(page, "errorLabel")
        compare(error.visible, true)
        compare(error.text, "Choose at least one kernwaarde.")
        compare(done.count, 0)
        compare(text.text, "lastige ochtend")
        compare(reflectionsWith("lastige").length, 0)

        tap(page, "valueChip-eigenaarschap") // fixing it clears the message
        compare(error.visible, false)
        tap(page, "saveButton")
        compare(done.count, 1)
        compare(reflectionsWith("lastige").length, 1)
    }

    function test_unsavedReflectionIsBackNextTime() {
        let page = openPage(editorPage)
        typeInto(page, "reflectionText", "half af")
        tap(page, "valueChip-vertrouwen")
        page.destroy() // closing the page (or the app) keeps what was typed
        wait(0)

        page = openPage(editorPage)
        const restored = find(page, "restoredDraftLabel")
        compare(restored.visible, true)
        compare(restored.text, "Your unsaved reflection from last time is back.")
        compare(find(page, "reflectionText").text, "half af")
        compare(find(page, "valueChip-vertrouwen").checked, true)
        compare(reflectionsWith("half").length, 0)
    }
}
