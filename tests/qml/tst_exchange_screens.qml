import QtQuick
import QtTest
import Kernwijzer

// The states of issue 12 in the whole window, in Dutch, on a phone, a tablet and a desktop: a
// first install asking for the verification code, a custodian change side by side, the sharing
// page with the handover, the code and the cohort, and the warning before the school profile is
// removed. Each must fit the window with its buttons in reach. With KW_SCREENSHOT_DIR set, each
// is also saved as <state>-<w>x<h>.png there, to look at.
TestCase {
    id: testCase
    name: "ExchangeScreens"
    when: windowShown

    readonly property var sizes: [Qt.size(390, 844), Qt.size(1024, 768), Qt.size(1440, 900)]
    property var window: null

    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: editorComponent
        ReflectionEditor { journal: Journal }
    }

    function initTestCase() {
        Language.choice = "nl"
        Navigator.immediate = true // no transitions: a capture mid-fade blends every colour
        for (const [text, day, value] of [["Met een collega de toetsweek voorbereid", "2026-09-10", "verbinding"],
                                          ["Een ouder gesprek goed afgerond", "2026-10-02", "vertrouwen"]]) {
            const editor = createTemporaryObject(editorComponent, testCase)
            editor.startNew()
            editor.text = text
            editor.day = day
            editor.valueIds = [value]
            editor.outcome = 4
            verify(editor.save(), editor.errorText)
        }
        window = createTemporaryObject(mainComponent, testCase)
        verify(window)
    }

    /** Whether @p item (or a dialog) lies wholly inside the window, so nothing of it is cut off. */
    function inWindow(target) {
        const item = target.mapToItem ? target : target.contentItem.parent // a popup: its item
        const p = item.mapToItem(null, 0, 0)
        return p.x >= 0 && p.y >= 0 && p.x + item.width <= window.width + 0.5
            && p.y + item.height <= window.height + 0.5
    }

    function capture(state) {
        wait(300) // lists, combo boxes and the dialog's layout settle
        if (exchangeFixtures.screenshots === "")
            return
        let root = window.contentItem
        while (root.parent)
            root = root.parent // the window's root: the overlay with the dialogs is in it
        const file = exchangeFixtures.screenshots + "/" + state + "-" + window.width + "x" + window.height + ".png"
        grabImage(root).save(file) // throws when it cannot write
    }

    function openDialogOf(page, file) {
        page.importFile(file)
        const dialog = findChild(page, "importDialog")
        tryCompare(dialog, "opened", true)
        verify(inWindow(dialog), "the import dialog does not fit")
        verify(inWindow(findChild(page, "installButton")), "Install is out of reach")
        return dialog
    }

    function test_statesAtEverySize() {
        for (const size of sizes) {
            window.width = size.width
            window.height = size.height
            tryCompare(window, "width", size.width)
            Navigator.home()

            // A first install: the code field, grouped as typed, with where the code comes from.
            let page = Navigator.open("exchange", {})
            let dialog = openDialogOf(page, exchangeFixtures.linde)
            const field = findChild(page, "codeField")
            verify(field.visible && inWindow(field))
            field.text = exchangeFixtures.lindeCode.slice(0, 14)
            verify(inWindow(findChild(page, "codeHelp")))
            capture("import-new")
            field.text = exchangeFixtures.lindeCode
            mouseClick(findChild(page, "installButton"))
            tryCompare(dialog, "visible", false)
            compare(Exchange.schoolName, "Kindcentrum De Linde")

            // Another custodian, with Carla's handover: old and new side by side.
            dialog = openDialogOf(page, exchangeFixtures["new-custodian"])
            const before = findChild(page, "previousCustodianCard")
            const after = findChild(page, "newCustodianCard")
            verify(inWindow(before) && inWindow(after))
            verify(before.x + before.width <= after.x, "not side by side at " + size)
            capture("import-custodian")
            mouseClick(findChild(page, "installButton"))
            tryCompare(dialog, "visible", false)
            compare(Exchange.custodian.name, "Victor Vertrouwenspersoon")

            // The sharing page: keys, handover, code, and the cohort in plain words.
            Exchange.optedIn = true
            Exchange.setCohort("bovenbouw", "ib", "45-54") // the longest role
            Navigator.home()
            page = Navigator.open("exchange", {})
            verify(findChild(page, "handoverNote").visible)
            compare(findChild(page, "teamBox").currentDetail, "13 collega's")
            capture("exchange-handover")
            // Further down: the cohort in plain words and the choosers with their staff counts.
            const flick = findChild(page, "exchangeFlick")
            const cohort = findChild(page, "cohortExplanation")
            flick.contentY = Math.min(cohort.mapToItem(flick.contentItem, 0, 0).y - 80,
                                      Math.max(0, flick.contentHeight - flick.height))
            const role = findChild(page, "roleBox")
            verify(inWindow(role), "the role chooser is out of sight")
            verify(inWindow(findChild(role, "choiceDetail")), "the staff count is cut off")
            capture("exchange-cohort")
            role.popup.open() // each role with its staff count
            tryCompare(role.popup, "opened", true)
            verify(inWindow(role.popup), "the role list does not fit")
            capture("exchange-rolelist")
            role.popup.close()
            tryCompare(role.popup, "visible", false)

            // Settings: the warning before the profile goes.
            Navigator.home()
            const shell = Navigator.stack.currentItem
            verify(shell.showSection("settings"))
            tryVerify(() => shell.sectionPage("settings") !== null)
            const settings = shell.sectionPage("settings")
            const remove = findChild(settings, "removeProfileDialog")
            remove.open()
            tryCompare(remove, "opened", true)
            verify(inWindow(remove), "the remove dialog does not fit")
            verify(inWindow(findChild(settings, "confirmRemoveButton")))
            capture("remove-profile")
            mouseClick(findChild(settings, "confirmRemoveButton"))
            tryCompare(remove, "visible", false)
            compare(Exchange.isDemoSchool, true)
            verify(shell.showSection("journal"))
        }
    }
}
