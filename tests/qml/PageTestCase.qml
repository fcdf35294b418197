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

    /** Scrolls the views around @p item until it is in their sight, as a teacher would. */
    function scrollIntoView(item) {
        const inWindow = item.mapToItem(null, 0, 0).y
        if (inWindow >= 0 && inWindow + item.height <= testCase.height)
            return
        for (let up = item.parent; up; up = up.parent) {
            if (!up.hasOwnProperty("contentY") || !up.hasOwnProperty("flicking"))
                continue
            const at = item.mapToItem(up, 0, 0).y // where the view shows it now
            if (at >= 0 && at + item.height <= up.height)
                continue
            up.contentY = Math.max(0, Math.min(up.contentY + at - up.height / 3,
                                               up.contentHeight - up.height))
        }
    }

    /** Taps a control a teacher can see (scrolled to first); fails when it is hidden. */
    function tap(root, objectName) {
        const item = find(root, objectName)
        verify(item.visible, objectName + " is not visible")
        scrollIntoView(item)
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
