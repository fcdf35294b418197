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
    // A goal gets a page of its own only on a phone; wider screens show it beside the POP list.
    readonly property var tourPages: ["journal", "search", "entry", "kernwaarden", "pop", "pop-export"]
        .concat(formFactor === "phone" ? ["goal"] : [])
        .concat(["goal-editor", "hours", "wellbeing", "trends", "checkin", "settings", "exchange",
                 "contribution"])

    // Pages are pushed by URL, so each is loaded when first opened: a page named in this file
    // as a type would be loaded (with its imports: charts, dialogs …) before the first frame.
    function pushPage(file, properties, handlers) {
        const page = stack.push(Qt.resolvedUrl(file), properties, navigation)
        for (const name in handlers)
            page[name].connect(handlers[name])
        return page
    }
    function openEditor(reflectionId) {
        pushPage("teacher/journal/ReflectionEditorPage.qml", { reflectionId: reflectionId }, { done: () => stack.pop() })
    }
    function openCheckin(instrumentId) {
        pushPage("teacher/wellbeing/CheckinPage.qml", { instrumentId: instrumentId }, { done: () => stack.pop() })
    }
    function openGoal(goalId) {
        pushPage("teacher/pop/GoalDetailPage.qml", { goalId: goalId }, {
            editRequested: id => window.openGoalEditor(id, 0),
            back: () => stack.pop()
        })
    }
    function openGoalEditor(goalId, schoolYear) {
        pushPage("teacher/pop/GoalEditorPage.qml", { goalId: goalId, schoolYear: schoolYear }, { done: () => stack.pop() })
    }
    function openHours(schoolYear) {
        pushPage("teacher/pop/HoursPage.qml", { schoolYear: schoolYear }, { back: () => stack.pop() })
    }
    function openPopExport(schoolYear) {
        if (!popExport)
            popExport = Qt.createComponent(Qt.resolvedUrl("teacher/pop/PopExportDialog.qml")).createObject(window)
        popExport.openFor(schoolYear)
    }
    function openExchange() {
        return pushPage("teacher/exchange/ExchangePage.qml", {}, {
            back: () => stack.pop(),
            periodRequested: id => window.openContribution(id)
        })
    }
    // A school profile opened with the app: the sharing page, with the import dialog over it.
    function importProfile(url: var) {
        stack.pop(null, StackView.Immediate)
        const page = openExchange()
        Qt.callLater(() => page.importFile(url))
    }
    function openContribution(periodId) {
        pushPage("teacher/exchange/ContributionPage.qml", { periodId: periodId }, { back: () => stack.pop() })
    }
    function openDetail(reflectionId) {
        pushPage("teacher/journal/ReflectionDetailPage.qml", { reflectionId: reflectionId }, {
            editRequested: id => window.openEditor(id),
            removed: () => stack.pop(),
            back: () => stack.pop()
        })
    }
    // The page tour navigates without transitions (a capture mid-fade blends every colour) and
    // captures only when none is running.
    readonly property bool tourBusy: stack.busy
    property bool touring: false
    readonly property int navigation: touring ? StackView.Immediate : StackView.Transition
    // Shows one of tourPages; false when it cannot (the journal failed to open).
    function showPage(name) {
        touring = true
        if (popExport) { // gone at once, without a closing fade
            popExport.destroy()
            popExport = null
        }
        stack.pop(null, StackView.Immediate)
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
        if (name === "goal" || name === "goal-editor") {
            // The first goal of this school year.
            const goals = tourGoals.createObject(window)
            const goalId = goals.idAt(0)
            goals.destroy()
            if (goalId === 0)
                return false
            if (name === "goal-editor")
                openGoalEditor(goalId, 0)
            else
                openGoal(goalId)
            return true
        }
        if (name === "pop-export") {
            if (!shell.showSection("pop"))
                return false
            openPopExport(0)
            return true
        }
        if (name === "hours") {
            openHours(0)
            return true
        }
        if (name === "exchange") {
            openExchange()
            return true
        }
        if (name === "contribution") {
            // The last closed period, as a teacher sees it before exporting.
            const periods = Exchange.periods
            if (periods.length === 0)
                return false
            openContribution(periods[0].id)
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
            onGoalRequested: id => window.openGoal(id)
            onGoalEditorRequested: (id, year) => window.openGoalEditor(id, year)
            onHoursRequested: year => window.openHours(year)
            onPopExportRequested: year => window.openPopExport(year)
            onExchangeRequested: window.openExchange()
        }
    }
    Component {
        id: tourGoals
        GoalListModel { journal: Journal }
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

    // Built the first time it is needed: start-up does not pay for the dialog and its FileDialog.
    property var popExport: null

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
