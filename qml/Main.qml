pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kernwijzer

ApplicationWindow {
    id: window

    // phone < 600 px wide: one column, bottom navigation; tablet: two panes; desktop: side navigation
    readonly property string formFactor: width < 600 ? "phone" : (width < 1100 ? "tablet" : "desktop")
    // The pages --screenshot and --self-test visit, in order.
    readonly property var tourPages: ["journal", "search", "entry", "kernwaarden", "wellbeing", "trends", "checkin",
        "settings"]

    function openEditor(reflectionId) {
        stack.push(editorPage, { reflectionId: reflectionId })
    }
    function openCheckin(instrumentId) {
        stack.push(checkinPage, { instrumentId: instrumentId })
    }
    function openDetail(reflectionId) {
        stack.push(detailPage, { reflectionId: reflectionId })
    }
    // Shows one of tourPages; false when it cannot (the journal failed to open).
    function showPage(name) {
        stack.pop(null)
        const shell = stack.currentItem as AppShell
        if (!shell)
            return false
        if (name === "entry") {
            openEditor(0)
            return true
        }
        if (name === "checkin") {
            openCheckin("who5")
            return true
        }
        return shell.showSection(name)
    }

    width: 390
    height: 844
    visible: true
    title: qsTr("Kernwijzer")
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: Journal.ready ? shellComponent : openErrorComponent
    }

    Component {
        id: shellComponent
        AppShell {
            formFactor: window.formFactor
            onNewReflectionRequested: window.openEditor(0)
            onEditRequested: id => window.openEditor(id)
            onDetailRequested: id => window.openDetail(id)
            onCheckinRequested: id => window.openCheckin(id)
        }
    }
    Component {
        id: editorPage
        ReflectionEditorPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: checkinPage
        CheckinPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: detailPage
        ReflectionDetailPage {
            onEditRequested: id => window.openEditor(id)
            onRemoved: stack.pop()
            onBack: stack.pop()
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
        enabled: Journal.ready
        onActivated: window.openEditor(0)
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
