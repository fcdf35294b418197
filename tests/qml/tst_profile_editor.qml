import QtQuick
import QtTest
import Kernwijzer

// HR's profile editor on the simulated school (tst_qml_school.cpp: Hr's key unlocked): a k of 3
// is refused with a message and stays as typed; a valid edit is signed into a file that the
// custodian can co-sign, and the co-sign screen then shows what changed.
PageTestCase {
    id: testCase
    name: "ProfileEditor"
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ProfileEditorPage {}
    }
    Component {
        id: coSignComponent
        CoSignPage {}
    }

    function test_aKOfThreeIsRefusedAndKeepsWhatWasTyped() {
        const page = openPage(pageComponent)
        const editor = page.editor
        verify(editor.hasCurrent, "HR's current profile was not loaded: " + editor.errorText)
        compare(editor.problemList.length, 0, editor.problemList.join("; "))
        const field = find(page, "minGroupWellbeingField")
        field.selectAll()
        field.forceActiveFocus()
        field.selectAll()
        keyClick("3")
        compare(field.text, "3")
        compare(editor.numbers.minGroupWellbeing, 3, "the draft keeps what was typed")
        verify(editor.problems.minGroupWellbeing !== undefined, "no message for k = 3")
        verify(String(editor.problems.minGroupWellbeing).indexOf("5") >= 0, editor.problems.minGroupWellbeing)
        verify(!find(page, "signButton").enabled, "signing must wait")
        verify(!editor.sign("file://" + schoolFixtures.folder + "/never.kwprofiel"))
        compare(field.text, "3", "the field keeps what was typed")
        // Fixed, the problem goes.
        keyClick(Qt.Key_Backspace)
        keyClick("1")
        keyClick("2")
        compare(field.text, "12")
        compare(editor.problems.minGroupWellbeing, undefined)
    }

    function test_aValidEditIsSignedAndTheCustodianSeesTheChange() {
        const page = openPage(pageComponent)
        const editor = page.editor
        const team = find(page, "teamsStaff0")
        team.forceActiveFocus()
        team.selectAll()
        const grown = Number(team.text) + 1
        for (const c of String(grown))
            keyClick(c)
        compare(editor.problemList.length, 0, editor.problemList.join("; "))
        verify(editor.changes.length === 1, editor.changes.join("; "))
        const out = schoolFixtures.folder + "/profile-update.kwprofiel"
        verify(editor.sign("file://" + out), editor.errorText)
        compare(editor.signedPath, out)

        const cosign = openPage(coSignComponent)
        const coSigning = cosign.coSigning
        verify(coSigning.open("file://" + out), coSigning.errorText)
        compare(coSigning.refusal, "")
        verify(coSigning.canCoSign)
        compare(coSigning.changes.length, 1)
        compare(coSigning.changes[0].area, "teams")
        verify(coSigning.changes[0].text.indexOf(String(grown)) >= 0, coSigning.changes[0].text)
        // Co-signed, the file verifies and the custodian keeps it.
        const cosigned = schoolFixtures.folder + "/profile-update-cosigned.kwprofiel"
        verify(coSigning.coSign("file://" + cosigned), coSigning.errorText)
        verify(coSigning.alreadyStored)
        // HR adds the co-signed file: it becomes the current profile.
        verify(editor.addCoSigned("file://" + cosigned), editor.errorText)
        compare(editor.version, coSigning.school.version + 1)
    }
}
