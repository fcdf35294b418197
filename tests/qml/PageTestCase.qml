import QtQuick
import QtTest
import Kernwijzer

// A TestCase that works a page the way a teacher does: find a control by objectName, tap it, type
// into it. seed() writes reflections through the same editor the quick-entry page uses.
TestCase {
    id: testCase

    visible: true // TestCase is hidden by default, and hidden items get no taps
    width: 900
    height: 1100
    when: windowShown

    /** A page (or any item) of @p component, filling the test window. */
    function openPage(component, properties) {
        const page = createTemporaryObject(component, testCase,
                                           Object.assign({ width: width, height: height }, properties || {}))
        verify(page, "the page did not load")
        waitForItemPolished(page)
        return page
    }

    /** The item named @p objectName under @p root, waiting while views still make their delegates. */
    function find(root, objectName) {
        tryVerify(() => findChild(root, objectName) !== null, 2000, "nothing named " + objectName)
        return findChild(root, objectName)
    }

    /** Taps a control a teacher can see; fails when it is hidden. A control a positioner or
        layout has just made (a Repeater in a Flow) stands where it was made until their next
        polish: before a frame nobody could tap it, so neither does the test. */
    function tap(root, objectName) {
        const item = find(root, objectName)
        verify(item.visible, objectName + " is not visible")
        for (let up = item.parent; up; up = up.parent)
            waitForItemPolished(up)
        mouseClick(item)
        return item
    }

    /** Taps into a text field and types @p text key by key. */
    function typeInto(root, objectName, text) {
        const field = tap(root, objectName)
        verify(field.activeFocus, objectName + " did not take the keyboard focus")
        for (const c of text)
            keyClick(c)
        return field
    }

    function signalSpy(target, signalName) {
        return createTemporaryObject(spyComponent, testCase, { target: target, signalName: signalName })
    }

    /** Saves a reflection as the quick-entry page would; fails the test when it is refused. */
    function seed(text, day, valueIds) {
        const editor = createTemporaryObject(editorComponent, testCase)
        editor.startNew()
        editor.text = text
        editor.day = day
        editor.valueIds = valueIds
        editor.outcome = 3
        verify(editor.save(), editor.errorText)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
    Component {
        id: editorComponent
        ReflectionEditor { journal: Journal }
    }
}
