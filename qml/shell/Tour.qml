import QtQuick
import Kernwijzer

// The pages --screenshot and --self-test visit (app/gui/page_tour.cpp creates this for the main
// window and drives it): each page is opened through the Navigator, without transitions.
QtObject {
    id: tour

    required property Main window
    /** The tour runs on a throw-away demo journal: it may set the app lock's PIN to show it. */
    property bool demoJournal: false
    /** The PIN the tour sets on its demo journal. */
    readonly property string lockPin: "2468"

    /** The page names of each role, in order. A goal gets a page of its own only on a phone;
        wider screens show it beside the POP list. The school's roles are desktop first; their
        page names start with the role, as their screenshot files do. */
    readonly property var pagesByRole: !window ? ({}) : ({
        "leraar": ["journal", "search", "entry", "kernwaarden", "pop", "pop-export"]
            .concat(window.formFactor === "phone" ? ["goal"] : [])
            .concat(["goal-editor", "hours", "wellbeing", "trends", "checkin", "settings", "backup", "restore",
                     "exchange", "contribution", "gesprek", "gesprek-prepare", "gesprek-preview",
                     "gesprek-verslag"])
            // The app lock last: its wrong tries leave a wait the fixed clock never ends.
            .concat(demoJournal ? ["settings-lock", "lock-pin", "lock", "lock-forgot", "lock-wait"] : []),
        "hr": ["hr-overview", "hr-trends", "hr-heatmap", "hr-werkdruk", "hr-kernwaarden",
               "hr-export", "hr-releases", "hr-profile", "hr-bestuur", "hr-keys", "hr-settings"],
        "leidinggevende": ["leader-conversations", "leader-teachers", "leader-conversation",
                           "leader-gespreksmodus", "leader-turned", "leader-profile", "leader-keys",
                           "leader-settings"],
        "vertrouwenshouder": ["custodian-inbox", "custodian-release", "custodian-profile",
                              "custodian-keys", "custodian-settings"]
    })
    /** The pages of the role in use. */
    readonly property var pages: pagesByRole[Roles.current] || []
    /** A page transition or the POP export dialog's opening runs: a capture now would blend
        every colour. */
    readonly property bool busy: (Navigator.stack ? Navigator.stack.busy : false)
        || (Navigator.popExport ? Navigator.popExport.visible && !Navigator.popExport.opened : false)
        || (openedDialog ? openedDialog.visible && !openedDialog.opened : false)
    /** A dialog a page of the tour opened (HR's export): closed before the next page. */
    property var openedDialog: null

    readonly property Component goalsComponent: Component {
        GoalListModel { journal: Journal }
    }
    readonly property Component leaderConversationsComponent: Component {
        LeaderConversationModel { desk: Leader }
    }

    /** The leader's conversation to show: the first still open (to talk), else the newest. */
    function leaderConversationId(): string {
        const list = leaderConversationsComponent.createObject(tour) as LeaderConversationModel
        let id = ""
        for (let i = 0; i < list.count && id === ""; ++i) {
            if (list.get(i, "stateId") !== "closed")
                id = list.get(i, "conversationId")
        }
        if (id === "" && list.count > 0)
            id = list.get(0, "conversationId")
        list.destroy()
        return id
    }
    readonly property Component conversationsComponent: Component {
        ConversationListModel { journal: Journal }
    }

    /** Shows the page @p name of pages; false when it cannot (the journal failed to open). */
    function show(name) {
        Navigator.immediate = true
        Navigator.closeDialogs()
        if (openedDialog) {
            openedDialog.close()
            openedDialog = null
        }
        if (name.startsWith("lock") || name === "settings-lock") {
            if (!Lock.enabled && Lock.enable(lockPin, lockPin) !== "")
                return false
            if (name === "lock" || name === "lock-forgot" || name === "lock-wait") {
                Lock.lockNow()
                const screen = window.lockScreen
                if (!screen)
                    return false
                screen.forgotShown = name === "lock-forgot"
                for (let i = 0; name === "lock-wait" && Lock.secondsUntilNextTry === 0 && i < 10; ++i)
                    Lock.unlock("0000")
                return name !== "lock-wait" || Lock.secondsUntilNextTry > 0
            }
        }
        if (Lock.locked && Lock.unlock(lockPin) !== "")
            return false
        Navigator.home()
        const shell = Navigator.stack ? Navigator.stack.currentItem as AppShell : null
        if (!shell)
            return false
        switch (name) {
        case "entry":
            return Navigator.open("editor", { reflectionId: 0 }) !== null
        case "checkin":
            return Navigator.open("checkin", { instrumentId: "who5" }) !== null
        case "goal":
        case "goal-editor": {
            // The first goal of this school year.
            const goals = goalsComponent.createObject(tour) as GoalListModel
            const goalId = goals.idAt(0)
            goals.destroy()
            if (goalId === 0)
                return false
            return (name === "goal" ? Navigator.open("goal", { goalId: goalId })
                                    : Navigator.open("goal-editor", { goalId: goalId, schoolYear: 0 })) !== null
        }
        case "pop-export":
            if (!shell.showSection("pop"))
                return false
            Navigator.openPopExport(0)
            return true
        case "hours":
            return Navigator.open("hours", { schoolYear: 0 }) !== null
        case "exchange":
            return Navigator.open("exchange", {}) !== null
        case "settings-lock":
        case "lock-pin": {
            if (!shell.showSection("settings"))
                return false
            const settings = shell.sectionPage("settings") as SettingsPage
            if (!settings)
                return false
            settings.showLockSettings()
            if (name === "lock-pin")
                openedDialog = settings.lockSettings.openPinDialog("change")
            return true
        }
        case "hr-overview":
        case "hr-trends":
        case "hr-heatmap":
        case "hr-werkdruk":
        case "hr-kernwaarden":
        case "hr-export": {
            if (!shell.showSection("hr-dashboard"))
                return false
            const dashboard = shell.sectionPage("hr-dashboard")
            if (!dashboard)
                return false
            if (name === "hr-export")
                openedDialog = dashboard.openExport()
            else
                dashboard.showTab(name.slice(3))
            return true
        }
        case "custodian-profile": {
            // The custodian reads the demo school's profile as it would before co-signing.
            if (!shell.showSection("custodian-profile"))
                return false
            const page = shell.sectionPage("custodian-profile")
            return page !== null && page.coSigning.open(Custodian.demoProfile)
        }
        case "leader-conversation":
        case "leader-gespreksmodus":
        case "leader-turned": {
            const id = leaderConversationId()
            if (id === "")
                return false
            if (name === "leader-conversation")
                return Navigator.open("leader-conversation", { conversationId: id }) !== null
            const talk = Navigator.open("gespreksmodus", { conversationId: id })
            if (talk && name === "leader-turned")
                talk.turned = true
            return talk !== null
        }
        case "backup":
        case "restore":
        case "gesprek":
        case "gesprek-prepare":
        case "gesprek-preview":
            return Navigator.open(name, {}) !== null
        case "gesprek-verslag": {
            // The verslag to answer, else the last one answered; without one, the way to import.
            const conversations = conversationsComponent.createObject(tour) as ConversationListModel
            const conversationId = conversations.firstWithVerslag()
            conversations.destroy()
            return Navigator.open(name, { conversationId: conversationId }) !== null
        }
        case "contribution": {
            // The last closed period, as a teacher sees it before exporting.
            const periods = Exchange.periods
            if (periods.length === 0)
                return false
            return Navigator.open("contribution", { periodId: periods[0].id }) !== null
        }
        }
        // A section: "search" is the journal with a sample search, "trends" the wellbeing page
        // scrolled to its charts; "hr-keys" the key section of HR.
        const shared = /^(?:hr|custodian|leader)-(keys|settings)$/.exec(name)
        const key = shared ? shared[1] : name === "search" ? "journal" : name === "trends" ? "wellbeing" : name
        if (!shell.showSection(key))
            return false
        const journal = shell.sectionPage("journal") as JournalPage
        if (journal)
            journal.showSearch(name === "search" ? "ouders" : "")
        if (name === "trends")
            (shell.sectionPage("wellbeing") as WellbeingPage).showTrends()
        return true
    }
}
