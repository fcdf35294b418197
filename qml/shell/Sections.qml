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
        ]
    })

    /** The rows of @p role; none for a role without sections. */
    function of(role: string): var {
        return byRole[role] || []
    }
}
