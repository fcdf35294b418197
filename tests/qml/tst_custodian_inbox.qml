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
        verify(page.importUrls([folderUrl(schoolFixtures.mixedInbox)]), inbox.errorText)
        tryCompare(inbox, "running", false, 30000)
        compare(inbox.errorText, "")
        verify(inbox.finished)

        // The demo's files are kept already; the corrupt one and the profile are refused.
        const good = schoolFixtures.mixedInboxGood
        compare(inbox.outcomes.count, good + 2)
        compare(filterCount(page, "all"), good + 2)
        compare(filterCount(page, "alreadyThere"), good)
        compare(filterCount(page, "damaged"), 2)
        compare(filterCount(page, "refused"), good + 2)
        verify(find(page, "importSummary").text.length > 0)

        // Filter on the damaged files: the table shows those two, each with its reason.
        tap(page, "filter_damaged")
        compare(inbox.files.filter, "damaged")
        tryCompare(inbox.files, "count", 2)
        const table = find(page, "outcomeTable")
        tryCompare(table, "count", 2)
        const names = [inbox.files.get(0, "fileName"), inbox.files.get(1, "fileName")].sort()
        compare(names, ["corrupt.kwbijdrage", "school.kwprofiel"])
        verify(inbox.files.get(0, "reason").length > 0)

        // All again, sorted by outcome: the damaged files come before "already there"… in the
        // UI language's order; sorting twice turns the order round.
        tap(page, "filter_all")
        tryCompare(table, "count", good + 2)
        tap(page, "sort_fileName")
        compare(inbox.files.sortKey, "fileName")
        const first = inbox.files.get(0, "fileName")
        tap(page, "sort_fileName")
        verify(!inbox.files.ascending)
        verify(inbox.files.get(0, "fileName") !== first)
        compare(inbox.files.get(good + 1, "fileName"), first)
    }

    function test_cancelStopsTheImport() {
        const page = openPage(inboxComponent)
        const inbox = page.importer
        verify(page.importUrls([folderUrl(schoolFixtures.inbox)]), inbox.errorText)
        inbox.cancel()
        tryCompare(inbox, "running", false, 30000)
        verify(inbox.cancelled)
        verify(inbox.outcomes.count < schoolFixtures.inboxFiles, "the import did not stop")
        verify(find(page, "importSummary").text.length > 0)
    }

    function test_nothingGivenIsRefusedWithAReason() {
        const page = openPage(inboxComponent)
        verify(!page.importUrls([]))
        verify(find(page, "importError").visible)
        verify(!page.importer.running)
    }
}
