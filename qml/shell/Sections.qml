pragma Singleton
import QtQuick

// The sections of the app per role, in navigation order: adding a role is adding its rows here.
// A row: key (also the tour's page name), glyph and label for the navigation, and page, the URL
// the shell loads the first time the section is shown. The teacher's journal has no URL: it is
// the first page, built into the shell so it is ready with the first frame (and its detail pane,
// loaded by URL, crashed Qt Quick Layouts under xvfb).
QtObject {
    readonly property var byRole: ({
        "leraar": [
            { key: "journal", glyph: "\u270E", label: qsTr("Journal"), page: "" },
            { key: "kernwaarden", glyph: "\u25C6", label: qsTr("Kernwaarden"),
              page: Qt.resolvedUrl("../teacher/journal/KernwaardenPage.qml") },
            { key: "pop", glyph: "\u2691", label: qsTr("POP"),
              page: Qt.resolvedUrl("../teacher/pop/PopPage.qml") },
            { key: "wellbeing", glyph: "\u2661", label: qsTr("Wellbeing"),
              page: Qt.resolvedUrl("../teacher/wellbeing/WellbeingPage.qml") },
            { key: "settings", glyph: "\u2699", label: qsTr("Settings"),
              page: Qt.resolvedUrl("SettingsPage.qml") }
        ],
        "leidinggevende": [
            { key: "leader-conversations", glyph: "\u2630", label: qsTr("Conversations"),
              page: Qt.resolvedUrl("../leader/ConversationsPage.qml") },
            { key: "leader-teachers", glyph: "\u263A", label: qsTr("Teachers"),
              page: Qt.resolvedUrl("../leader/TeachersPage.qml") },
            { key: "leader-profile", glyph: "\u270D", label: qsTr("School profile"),
              page: Qt.resolvedUrl("../leader/LeaderProfilePage.qml") },
            { key: "keys", glyph: "\u2318", label: qsTr("Key"),
              page: Qt.resolvedUrl("../school/KeyPage.qml") },
            { key: "settings", glyph: "\u2699", label: qsTr("Settings"),
              page: Qt.resolvedUrl("SettingsPage.qml") }
        ],
        "hr": [
            { key: "hr-dashboard", glyph: "\u25A6", label: qsTr("Dashboard"),
              page: Qt.resolvedUrl("../hr/DashboardPage.qml") },
            { key: "hr-releases", glyph: "\u21E9", label: qsTr("Releases"),
              page: Qt.resolvedUrl("../hr/ReleaseImportPage.qml") },
            { key: "hr-profile", glyph: "\u270D", label: qsTr("School profile"),
              page: Qt.resolvedUrl("../hr/ProfileEditorPage.qml") },
            { key: "hr-bestuur", glyph: "\u2637", label: qsTr("Bestuur"),
              page: Qt.resolvedUrl("../hr/BestuurPage.qml") },
            { key: "keys", glyph: "\u2318", label: qsTr("Key"),
              page: Qt.resolvedUrl("../school/KeyPage.qml") },
            { key: "settings", glyph: "\u2699", label: qsTr("Settings"),
              page: Qt.resolvedUrl("SettingsPage.qml") }
        ],
        "vertrouwenshouder": [
            { key: "custodian-inbox", glyph: "\u2709", label: qsTr("Inbox"),
              page: Qt.resolvedUrl("../custodian/InboxPage.qml") },
            { key: "custodian-release", glyph: "\u2696", label: qsTr("Release"),
              page: Qt.resolvedUrl("../custodian/ReleasePage.qml") },
            { key: "custodian-profile", glyph: "\u270D", label: qsTr("School profile"),
              page: Qt.resolvedUrl("../custodian/CoSignPage.qml") },
            { key: "keys", glyph: "\u2318", label: qsTr("Key"),
              page: Qt.resolvedUrl("../school/KeyPage.qml") },
            { key: "settings", glyph: "\u2699", label: qsTr("Settings"),
              page: Qt.resolvedUrl("SettingsPage.qml") }
        ]
    })

    /** Every role this build offers (Roles.available), with what the choice shows of it. */
    readonly property var roleInfo: ({
        "leraar": { label: qsTr("Teacher"), glyph: "\u270E",
            description: qsTr("Your journal, kernwaarden, POP and wellbeing. What you write stays on this device.") },
        "leidinggevende": { label: qsTr("Team leader"), glyph: "\u2637",
            description: qsTr("Waarderingsgesprekken with the teachers of your teams.") },
        "hr": { label: qsTr("HR / P&O"), glyph: "\u25A6",
            description: qsTr("The school profile, and the school's anonymised vitality and kernwaarden figures.") },
        "vertrouwenshouder": { label: qsTr("Vertrouwenshouder"), glyph: "\u2696",
            description: qsTr("The custodian: receives the teachers' sealed files and releases group figures under the school's rules.") }
    })

    /** The rows of @p role; none for a role without sections. */
    function of(role: string): var {
        return byRole[role] || []
    }
    /** "HR / P&O": the name of @p role as people say it. */
    function roleLabel(role: string): string {
        return roleInfo[role] ? roleInfo[role].label : role
    }
}
