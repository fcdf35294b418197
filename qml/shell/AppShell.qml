import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The navigation frame: bottom bar on a phone, side navigation on tablet and desktop.
// No "ComponentBehavior: Bound" here: on Qt 6.4 Loaders cannot create bound inline components.
Page {
    id: shell

    required property string formFactor
    readonly property bool phone: formFactor === "phone"
    readonly property var sections: [
        { key: "journal", glyph: "\u270E", label: qsTr("Journal") },
        { key: "kernwaarden", glyph: "\u25C6", label: qsTr("Kernwaarden") },
        { key: "pop", glyph: "\u2691", label: qsTr("POP") },
        { key: "wellbeing", glyph: "\u2661", label: qsTr("Wellbeing") },
        { key: "settings", glyph: "\u2699", label: qsTr("Settings") }
    ]
    property int currentIndex: 0
    property var visited: [0]
    onCurrentIndexChanged: {
        if (visited.indexOf(currentIndex) < 0)
            visited = visited.concat([currentIndex])
    }

    signal newReflectionRequested
    signal editRequested(int reflectionId)
    signal detailRequested(int reflectionId)
    signal checkinRequested(string instrumentId)
    signal goalRequested(int goalId)
    signal goalEditorRequested(int goalId, int schoolYear)
    signal hoursRequested(int schoolYear)
    signal popExportRequested(int schoolYear)
    signal exchangeRequested

    // For the page tour: "search" is the journal with a sample search, "trends" the wellbeing
    // page scrolled to its charts.
    function showSection(name) {
        const key = name === "search" ? "journal" : name === "trends" ? "wellbeing" : name
        const index = sections.findIndex(s => s.key === key)
        if (index < 0)
            return false
        currentIndex = index
        journalPage.showSearch(name === "search" ? "ouders" : "")
        if (name === "trends")
            wellbeingLoader.item.showTrends()
        return true
    }

    background: Rectangle { color: Theme.background }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Loader {
            active: !shell.phone
            visible: active
            Layout.fillHeight: true
            sourceComponent: SideNavigation {
                expanded: shell.formFactor === "desktop"
                sections: shell.sections
                currentIndex: shell.currentIndex
                onSectionChosen: index => shell.currentIndex = index
                onNewReflectionRequested: shell.newReflectionRequested()
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: shell.currentIndex

                JournalPage {
                    id: journalPage
                    twoPane: !shell.phone
                    onEditRequested: id => shell.editRequested(id)
                    onDetailRequested: id => shell.detailRequested(id)
                    onNewReflectionRequested: shell.newReflectionRequested()
                }
                // Built the first time they are shown, and loaded by URL: a page named here as a
                // type would be loaded with its imports (Qt Charts for the wellbeing trends)
                // before the first frame, even while its Loader is inactive.
                Loader {
                    active: shell.visited.indexOf(1) >= 0
                    source: "../teacher/journal/KernwaardenPage.qml"
                    onLoaded: item.compact = Qt.binding(() => shell.phone)
                }
                Loader {
                    active: shell.visited.indexOf(2) >= 0
                    source: "../teacher/pop/PopPage.qml"
                    onLoaded: {
                        item.twoPane = Qt.binding(() => !shell.phone)
                        item.goalRequested.connect(id => shell.goalRequested(id))
                        item.newGoalRequested.connect(year => shell.goalEditorRequested(0, year))
                        item.editGoalRequested.connect(id => shell.goalEditorRequested(id, 0))
                        item.hoursRequested.connect(year => shell.hoursRequested(year))
                        item.exportRequested.connect(year => shell.popExportRequested(year))
                    }
                }
                Loader {
                    id: wellbeingLoader
                    active: shell.visited.indexOf(3) >= 0
                    source: "../teacher/wellbeing/WellbeingPage.qml"
                    onLoaded: {
                        item.compact = Qt.binding(() => shell.phone)
                        item.checkinRequested.connect(id => shell.checkinRequested(id))
                    }
                }
                Loader {
                    active: shell.visited.indexOf(4) >= 0
                    source: "SettingsPage.qml"
                    onLoaded: item.exchangeRequested.connect(() => shell.exchangeRequested())
                }
            }

            Loader {
                active: shell.phone
                visible: active
                Layout.fillWidth: true
                sourceComponent: BottomNavigation {
                    sections: shell.sections
                    currentIndex: shell.currentIndex
                    onSectionChosen: index => shell.currentIndex = index
                }
            }
        }
    }

    // One tap to a new reflection from every page on a phone.
    RoundButton {
        visible: shell.phone
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: 72 + Theme.margin
        width: 64
        height: 64
        text: "+"
        font.pixelSize: 30
        highlighted: true
        Material.elevation: 6
        Accessible.name: qsTr("New reflection")
        onClicked: shell.newReflectionRequested()
    }
}
