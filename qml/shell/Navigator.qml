pragma Singleton
import QtQuick
import QtQuick.Controls

// Where the app goes next. Pages call Navigator.open("goal", { goalId: id }) and
// Navigator.back() themselves, so nothing is passed up through the shell. Main.qml gives it the
// window and its page stack; without them (a page under test) nothing moves.
// Pages are pushed by URL, so each is loaded when first opened: a page named here as a type would
// be loaded (with its imports: charts, dialogs …) before the first frame.
QtObject {
    id: navigator

    /** The window's page stack; the shell is its first page. */
    property StackView stack: null
    /** Parent of the dialogs opened from here. */
    property QtObject window: null
    /** Pages change without transitions (the page tour: a capture mid-fade blends every colour). */
    property bool immediate: false

    /** The pages a route name opens, relative to this file. */
    readonly property var routes: ({
        "editor": "../teacher/journal/ReflectionEditorPage.qml", // { reflectionId }, 0: a new one
        "detail": "../teacher/journal/ReflectionDetailPage.qml", // { reflectionId }
        "checkin": "../teacher/wellbeing/CheckinPage.qml", // { instrumentId }
        "goal": "../teacher/pop/GoalDetailPage.qml", // { goalId }
        "goal-editor": "../teacher/pop/GoalEditorPage.qml", // { goalId, schoolYear }
        "hours": "../teacher/pop/HoursPage.qml", // { schoolYear }
        "exchange": "../teacher/exchange/ExchangePage.qml",
        "contribution": "../teacher/exchange/ContributionPage.qml", // { periodId }
        "leader-conversation": "../leader/ConversationPage.qml", // { conversationId }
        "gespreksmodus": "../leader/GespreksmodusPage.qml", // { conversationId }
        "gesprek": "../teacher/gesprek/GesprekPage.qml",
        "gesprek-prepare": "../teacher/gesprek/PreparePage.qml", // { startNew }
        "gesprek-preview": "../teacher/gesprek/PreviewPage.qml",
        "gesprek-verslag": "../teacher/gesprek/VerslagPage.qml", // { conversationId } or { importUrl }
        "backup": "../teacher/backup/BackupPage.qml",
        "restore": "../teacher/backup/RestorePage.qml" // { firstRun }
    })

    // Built the first time it is needed: start-up does not pay for the dialog and its FileDialog.
    property var popExport: null

    /** Pushes the page of @p route with @p properties; returns it, or null without a stack. */
    function open(route: string, properties: var): var {
        if (!stack)
            return null
        if (!(route in routes)) {
            console.warn("Navigator: no route", route)
            return null
        }
        return stack.push(Qt.resolvedUrl(routes[route]), properties || {},
                          immediate ? StackView.Immediate : StackView.Transition)
    }
    /** Back to the page before this one. */
    function back() {
        if (stack)
            stack.pop()
    }
    /** Back to the shell at once. */
    function home() {
        if (stack)
            stack.pop(null, StackView.Immediate)
    }
    /** Closes the dialogs opened from here at once, without a closing fade. */
    function closeDialogs() {
        if (popExport) {
            popExport.destroy()
            popExport = null
        }
    }
    /** The POP export dialog for @p schoolYear (0: the current one). */
    function openPopExport(schoolYear: int) {
        if (!window)
            return
        if (!popExport)
            popExport = Qt.createComponent(Qt.resolvedUrl("../teacher/pop/PopExportDialog.qml")).createObject(window)
        popExport.openFor(schoolYear)
    }
}
