import QtQuick
import Kernwijzer

// The teacher's backup and restore through their pages: a backup made with a passphrase, a wrong
// passphrase refused without a change, and the backup restored over a journal that has moved on
// (asked first; the journal that was there kept as a file), after which every page reads the
// restored journal.
PageTestCase {
    id: testCase
    name: "Backup"

    readonly property string passphrase: "lange zin voor de back-up"
    readonly property url backupFile: "file://" + schoolFixtures.scratch + "/mijn-dagboek.kwbackup"

    Component {
        id: backupPage
        BackupPage {}
    }
    Component {
        id: restorePage
        RestorePage {}
    }
    Component {
        id: reflections
        ReflectionListModel { journal: Journal }
    }

    function reflectionCount() {
        const model = createTemporaryObject(reflections, testCase)
        return model.totalCount
    }

    function initTestCase() {
        seed("Ouders bedankten voor de excursie", "2026-11-10", ["verbinding"])
        seed("Leerlingen kozen zelf hun leerdoel", "2026-10-05", ["eigenaarschap"])
    }

    function test_1_makeABackup() {
        const page = openPage(backupPage, { file: backupFile })
        compare(find(page, "lastBackup").text, "No backup made yet.")
        verify(!find(page, "makeBackupButton").enabled, "a backup without a passphrase")

        typeInto(page, "backupPassphrase", "te kort")
        typeInto(page, "backupRepeat", "te kort")
        verify(find(page, "passphraseProblem").visible)
        verify(!find(page, "makeBackupButton").enabled)

        find(page, "backupPassphrase").text = passphrase
        find(page, "backupRepeat").text = passphrase + "!"
        verify(find(page, "passphraseProblem").text.indexOf("not the same") >= 0)
        find(page, "backupRepeat").text = passphrase

        tap(page, "makeBackupButton")
        tryVerify(() => find(page, "backupResult").text !== "", 30000, "no backup made: " + find(page, "backupError").text)
        compare(find(page, "backupError").text, "")
        verify(find(page, "backupResult").text.indexOf("2 reflections") >= 0,
               find(page, "backupResult").text)
        verify(find(page, "lastBackup").text.indexOf("Last backup:") === 0)
        compare(find(page, "backupPassphrase").text, "", "the passphrase stays on screen")
    }

    function test_2_aWrongPassphraseChangesNothing() {
        seed("Na de back-up geschreven", "2026-11-19", ["vertrouwen"])
        compare(reflectionCount(), 3)
        const page = openPage(restorePage, { file: backupFile })
        verify(find(page, "restoreFileInfo").text.indexOf("Made on") === 0)
        verify(find(page, "confirmReplace").visible, "restoring over entries without asking")

        typeInto(page, "restorePassphrase", "een verkeerde zin")
        verify(!find(page, "restoreButton").enabled, "restoring over entries before the yes")
        tap(page, "confirmReplace")
        tap(page, "restoreButton")
        tryVerify(() => find(page, "restoreError").text !== "", 30000)
        verify(find(page, "restoreError").text.indexOf("passphrase") >= 0,
               find(page, "restoreError").text)
        compare(reflectionCount(), 3)
    }

    function test_3_restoreOverAJournalThatMovedOn() {
        const page = openPage(restorePage, { file: backupFile })
        typeInto(page, "restorePassphrase", passphrase)
        tap(page, "confirmReplace")
        tap(page, "restoreButton")
        tryVerify(() => find(page, "restoreResult").text !== "", 30000,
                  "not restored: " + page.restorer.errorText)
        verify(find(page, "restoreDone").visible)
        verify(page.restorer.keptPath.indexOf("voor-terugzetten") >= 0, page.restorer.keptPath)
        // Every reader sees the restored journal: the reflection written after the backup is in
        // the kept file, not here.
        compare(reflectionCount(), 2)
    }
}
