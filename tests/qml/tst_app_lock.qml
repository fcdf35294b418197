import QtQuick
import QtTest
import Kernwijzer

// The teacher's app lock in the window: while locked the journal's pages are not in the scene at
// all (not merely covered), the right PIN brings them back, and wrong tries show the wait.
// Test functions run in name order: the wait of the second, on the fixed clock, never ends.
PageTestCase {
    id: testCase
    name: "AppLock"

    readonly property string pin: "2468"

    Component {
        id: mainComponent
        Main {}
    }

    /** The app's window, unlocked, on the teacher's journal. */
    function openWindow() {
        if (!Lock.enabled)
            compare(Lock.enable(pin, pin), "")
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win, "Main did not load")
        return win
    }

    function journalShown(win) {
        return findChild(win.contentItem, "reflectionList") !== null
            && findChild(win.contentItem, "searchField") !== null
    }

    function test_1_lockedJournalIsNotInTheScene() {
        const win = openWindow()
        Lock.lockNow()
        verify(Lock.locked)
        tryVerify(() => win.lockShown)
        // Nothing of the journal exists: no page, no list, no stack to push one on.
        compare(findChild(win.contentItem, "reflectionList"), null)
        compare(findChild(win.contentItem, "searchField"), null)
        verify(!win.stack)
        verify(!Navigator.open("editor", { reflectionId: 0 }))

        const field = find(win.contentItem, "pinField")
        field.text = "1357"
        tap(win.contentItem, "unlockButton")
        verify(Lock.locked)
        compare(findChild(win.contentItem, "unlockMessage").text, "Wrong PIN or passphrase.")
        compare(findChild(win.contentItem, "reflectionList"), null)

        find(win.contentItem, "pinField").text = pin
        tap(win.contentItem, "unlockButton")
        verify(!Lock.locked)
        tryVerify(() => journalShown(win), 5000, "the journal is back after unlocking")

        // Locking again takes the pages out of the scene again.
        Lock.lockNow()
        tryVerify(() => !journalShown(win))
        compare(findChild(win.contentItem, "reflectionList"), null)
        find(win.contentItem, "pinField").text = pin
        tap(win.contentItem, "unlockButton")
        tryVerify(() => journalShown(win), 5000)
    }

    function test_2_wrongPinShowsTheWait() {
        const win = openWindow()
        Lock.lockNow()
        tryVerify(() => findChild(win.contentItem, "pinField") !== null)
        for (let i = 0; i < 5; ++i) {
            find(win.contentItem, "pinField").text = "0000"
            tap(win.contentItem, "unlockButton")
        }
        compare(Lock.secondsUntilNextTry, 30)
        const wait = find(win.contentItem, "waitLabel")
        verify(wait.visible)
        verify(wait.text.indexOf("0:30") >= 0, wait.text)
        // While waiting the field and the button take nothing, not even the right PIN.
        verify(!find(win.contentItem, "pinField").enabled)
        verify(!find(win.contentItem, "unlockButton").enabled)
        compare(Lock.unlock(pin).indexOf("0:30") >= 0, true)
        verify(Lock.locked)
        compare(findChild(win.contentItem, "reflectionList"), null)

        // The honest way out for a forgotten PIN: no back door, a backup.
        tap(win.contentItem, "forgotButton")
        const forgot = find(win.contentItem, "forgotText")
        verify(forgot.visible)
        verify(forgot.text.indexOf("backup") >= 0)
    }

    Component {
        id: settingsComponent
        SettingsPage {}
    }

    function test_3_settingsNeedTheCurrentPinToTurnItOff() {
        // The wait of test 2 is still running: turning the lock off is refused too.
        const page = openPage(settingsComponent)
        verify(find(page, "lockSwitch").checked)
        verify(find(page, "lockLimits").text.indexOf("encrypt") >= 0)
        const dialog = find(page, "pinDialog")
        tap(page, "lockSwitch")
        tryVerify(() => dialog.opened)
        compare(dialog.mode, "disable")
        find(page, "currentPinField").text = pin
        tap(page, "confirmPinButton")
        verify(Lock.enabled)
        verify(find(page, "lockSwitch").checked)
        verify(find(page, "pinDialogError").text.indexOf("0:") >= 0)
    }
}
