pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kernwijzer

// The window: the page stack with the shell of the teacher's sections as its first page, and the
// Navigator that pages use to open the others (shell/Navigator.qml). While the teacher's app lock
// is locked the stack is not created at all (its Loader is inactive): the lock screen is all the
// scene holds, and unlocking builds the pages again from the journal.
ApplicationWindow {
    id: window

    // phone < 600 px wide: one column, bottom navigation; tablet: two panes; desktop: side navigation
    readonly property string formFactor: width < 600 ? "phone" : (width < 1100 ? "tablet" : "desktop")

    /** The lock is the teacher's: the other roles' pages stay open (see docs/app-lock.md). */
    readonly property bool lockShown: Lock.locked && Roles.current === "leraar"
    /** The page stack while it exists; null while locked. */
    readonly property StackView stack: content.item as StackView
    /** The lock screen while it is shown. */
    readonly property LockScreen lockScreen: lockLoader.item as LockScreen
    /** A profile opened while locked: imported once the teacher has unlocked. */
    property var pendingImport: null

    // A school profile opened with the app: the sharing page, with the import dialog over it.
    function importProfile(url: var) {
        if (lockShown) {
            pendingImport = url
            return
        }
        Navigator.home()
        const page = Navigator.open("exchange", {})
        Qt.callLater(() => page.importFile(url))
    }

    width: 390
    height: 844
    visible: true
    title: qsTr("Kernwijzer")
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    /** The first page for the role in use: the teacher's shell needs their journal. */
    function firstPage(): Component {
        if (!Roles.chosen)
            return roleChoiceComponent
        return Roles.current !== "leraar" || Journal.ready ? shellComponent : openErrorComponent
    }

    /** Shows the first page for the role in use, in place of everything on the stack. The shell
        gets its role once: a shell never changes role, another role gets a shell of its own. */
    function showFirstPage() {
        if (!stack)
            return
        const page = firstPage()
        stack.replace(null, page, page === shellComponent ? { role: Roles.current } : {},
                      StackView.Immediate)
    }

    Loader {
        id: content
        objectName: "content"
        anchors.fill: parent
        active: !window.lockShown
        source: Qt.resolvedUrl("shell/PageStack.qml")
        onLoaded: {
            window.showFirstPage()
            if (window.pendingImport) {
                const url = window.pendingImport
                window.pendingImport = null
                window.importProfile(url)
            }
        }
    }
    // At once, not when the unloaded stack is finally deleted: nothing is pushed while locked.
    Binding {
        target: Navigator
        property: "stack"
        value: window.stack
    }
    Loader {
        id: lockLoader
        objectName: "lockScreen"
        anchors.fill: parent
        active: window.lockShown
        source: Qt.resolvedUrl("shell/LockScreen.qml")
    }
    // A phone's app that is no longer in front: its task switcher preview shows only this.
    Rectangle {
        anchors.fill: parent
        visible: Lock.covered
        color: Theme.background
        z: 1000
        Label {
            anchors.centerIn: parent
            text: qsTr("Kernwijzer")
            font.pixelSize: 26
            color: Theme.primary
        }
    }
    Connections {
        target: Roles
        function onChanged() {
            window.showFirstPage()
        }
    }
    // Dialogs opened from the Navigator belong to the window, not to a page: closed on locking.
    onLockShownChanged: {
        if (lockShown)
            Navigator.closeDialogs()
    }
    Component.onCompleted: {
        Navigator.window = window
    }

    Component {
        id: shellComponent
        AppShell {
            formFactor: window.formFactor
        }
    }
    Component {
        id: roleChoiceComponent
        RoleChoicePage {
            compact: window.formFactor === "phone"
        }
    }
    Component {
        id: openErrorComponent
        EmptyState {
            title: qsTr("Kernwijzer cannot open your journal")
            message: Journal.openError + "\n\n" + Journal.path
        }
    }

    // Desktop keyboard: Ctrl+N writes a new reflection from anywhere.
    Shortcut {
        sequence: "Ctrl+N"
        enabled: Journal.ready && Roles.current === "leraar" && !window.lockShown
        onActivated: Navigator.open("editor", { reflectionId: 0 })
    }

    Snackbar {
        id: undoBar
        onActionTriggered: Journal.undoRemove()
    }
    Connections {
        target: Journal
        function onUndoChanged() {
            if (Journal.canUndoRemove)
                undoBar.show(qsTr("Reflection deleted"), qsTr("Undo"))
        }
    }
}
