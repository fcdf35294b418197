pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kernwijzer

// The window: the page stack with the shell of the teacher's sections as its first page, and the
// Navigator that pages use to open the others (shell/Navigator.qml).
ApplicationWindow {
    id: window

    // phone < 600 px wide: one column, bottom navigation; tablet: two panes; desktop: side navigation
    readonly property string formFactor: width < 600 ? "phone" : (width < 1100 ? "tablet" : "desktop")

    // A school profile opened with the app: the sharing page, with the import dialog over it.
    function importProfile(url: var) {
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
        const page = firstPage()
        stack.replace(null, page, page === shellComponent ? { role: Roles.current } : {},
                      StackView.Immediate)
    }

    StackView {
        id: stack
        anchors.fill: parent
    }
    Connections {
        target: Roles
        function onChanged() {
            window.showFirstPage()
        }
    }
    Component.onCompleted: {
        Navigator.window = window
        Navigator.stack = stack
        showFirstPage()
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
        enabled: Journal.ready && Roles.current === "leraar"
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
