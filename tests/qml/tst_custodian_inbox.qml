import QtQuick
import QtTest
import Kernwijzer

// The custodian's inbox on the simulated school: a folder with good and bad files is dropped
// (the page's drop handler, InboxPage.importUrls), imported on a worker thread, and the table
// shows each file's outcome; the counts filter it, the columns sort it.
PageTestCase {
    id: testCase
    name: "CustodianInbox"
    width: 1280
    height: 800

    Component {
        id: inboxComponent
        InboxPage {}
    }

    function folderUrl(path) {
        return "file://" + path
    }

    function filterCount(page, key) {
        const chip = find(page, "filter_" + key)
        return chip ? parseInt(chip.text.replace(/.*\((\d+)\)$/, "$1")) : -1
    }

    function test_dropAFolderOfGoodAndBadFiles() {
        const page = openPage(inboxComponent)
        const inbox = page.importer
        // The demo school's inbox (read into the custodian's database already) and a folder
        // with a corrupt and an empty file, dropped together.
        verify(page.importUrls([folderUrl(schoolFixtures.inbox), folderUrl(schoolFixtures.badInbox)]),
               inbox.errorText)
        tryCompare(inbox, "running", false, 60000)
        compare(inbox.errorText, "")
        verify(inbox.finished)

        // The filter chips were made as the import ended: their Flow places them at its next
        // polish, before which nobody could tap one (a tap then hit whichever chip lay on top).
        waitForItemPolished(find(page, "outcomeFilters"))
        const all = inbox.outcomes.count
        verify(all > 100, "the demo inbox was not read: " + all)
        compare(filterCount(page, "all"), all)
        compare(filterCount(page, "damaged"), 2)
        // Every good file is recognised: kept already, or an older revision than the one kept.
        compare(filterCount(page, "accepted"), 0)
        compare(filterCount(page, "refused"), all)
        verify(filterCount(page, "alreadyThere") >= all - 3)
        verify(find(page, "importSummary").text.indexOf(String(all)) >= 0)

        // Filter on the damaged files: the table shows those two, each with its reason.
        tap(page, "filter_damaged")
        compare(inbox.files.filter, "damaged")
        const table = find(page, "outcomeTable")
        tryCompare(table, "count", 2)
        const names = [inbox.files.get(0, "fileName"), inbox.files.get(1, "fileName")].sort()
        compare(names, ["corrupt.kwbijdrage", "leeg.kwbijdrage"])
        verify(inbox.files.get(0, "reason").length > 0)
        compare(inbox.files.get(0, "period"), "")

        // All again, sorted by file name; the same heading again turns the order round.
        tap(page, "filter_all")
        tryCompare(table, "count", all)
        tap(page, "sort_fileName")
        compare(inbox.files.sortKey, "fileName")
        verify(inbox.files.ascending)
        const first = inbox.files.get(0, "fileName")
        tap(page, "sort_fileName")
        verify(!inbox.files.ascending)
        compare(inbox.files.get(all - 1, "fileName"), first)
    }

    function test_cancelStopsTheImport() {
        const page = openPage(inboxComponent)
        const inbox = page.importer
        verify(page.importUrls([folderUrl(schoolFixtures.inbox)]), inbox.errorText)
        verify(find(page, "cancelButton").visible)
        tap(page, "cancelButton")
        tryCompare(inbox, "running", false, 60000)
        verify(inbox.cancelled)
        verify(inbox.outcomes.count < 600, "the import did not stop: " + inbox.outcomes.count)
        verify(find(page, "importSummary").text.length > 0)
    }

    function test_nothingGivenIsRefusedWithAReason() {
        const page = openPage(inboxComponent)
        verify(!page.importUrls([]))
        verify(find(page, "importError").visible)
        verify(!page.importer.running)
    }
}
