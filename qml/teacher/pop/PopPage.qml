import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The POP (persoonlijk ontwikkelplan) of one school year: the goals, the professionaliseringsuren
// at a glance and the export for the bekwaamheidsdossier. On wide screens the chosen goal is shown
// beside the list.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property bool twoPane: false
    property int selectedId: 0
    property int schoolYear: 0 // 0: the current one


    function step(delta) {
        schoolYear = goals.shownYear + delta
    }

    background: Rectangle { color: Theme.background }

    GoalListModel {
        id: goals
        journal: Journal
        schoolYear: page.schoolYear
    }
    HoursLedgerModel {
        id: hoursLedger
        journal: Journal
        schoolYear: page.schoolYear
    }

    header: Pane {
        padding: Theme.spacing
        leftPadding: Theme.margin
        Material.background: Theme.surface
        Material.elevation: 1

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("My POP")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Item { Layout.fillWidth: true }
            SchoolYearSwitcher {
                label: goals.shownYearLabel
                isCurrent: goals.shownYear === goals.currentYear
                onStepped: delta => page.step(delta)
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            Layout.fillHeight: true
            Layout.fillWidth: !page.twoPane
            Layout.preferredWidth: page.twoPane ? Math.max(380, page.width * 0.42) : -1

            ListView {
                id: list
                objectName: "goalList"
                anchors.fill: parent
                clip: true
                model: width > 0 && height > 0 ? goals : null
                spacing: Theme.spacing
                topMargin: Theme.spacing
                bottomMargin: 96
                header: ColumnLayout {
                    width: ListView.view.width
                    spacing: Theme.spacing
                    // It grows once its wrapped texts know their width (the conversation card): a
                    // list still near its top goes back to it, so nothing of the header is cut off.
                    onHeightChanged: {
                        const view = ListView.view
                        if (view && !view.moving && view.contentY - view.originY < 2 * Theme.touchTarget)
                            Qt.callLater(view.positionViewAtBeginning)
                    }
                    GesprekCard {
                        objectName: "gesprekCard"
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing
                        Layout.rightMargin: Theme.spacing
                    }
                    HoursSummaryCard {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing
                        Layout.rightMargin: Theme.spacing
                        ledger: hoursLedger
                        tappable: true
                        onOpenRequested: Navigator.open("hours", { schoolYear: hoursLedger.shownYear })
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Goals (%1)").arg(goals.count)
                            font.pixelSize: 17
                            font.weight: Font.DemiBold
                        }
                        Button {
                            objectName: "exportPopButton"
                            flat: true
                            text: qsTr("PDF")
                            Accessible.name: qsTr("Export the POP as PDF")
                            onClicked: Navigator.openPopExport(goals.shownYear)
                        }
                        Button {
                            objectName: "newGoalButton"
                            text: qsTr("New goal")
                            highlighted: true
                            onClicked: Navigator.open("goal-editor", { goalId: 0, schoolYear: goals.shownYear })
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.margin
                        Layout.rightMargin: Theme.margin
                        visible: goals.error !== "" || goals.count === 0
                        text: goals.error !== "" ? goals.error
                              : qsTr("No goals for %1 yet. What do you want to grow in? Link it to a kernwaarde, add a few steps and collect reflections that show your progress.").arg(goals.shownYearLabel)
                        color: goals.error !== "" ? Theme.error : Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
                delegate: GoalCard {
                    width: ListView.view.width
                    selected: page.twoPane && goalId === page.selectedId
                    onClicked: {
                        page.selectedId = goalId
                        if (!page.twoPane)
                            Navigator.open("goal", { goalId: goalId })
                    }
                }
                ScrollIndicator.vertical: ScrollIndicator {}
            }
        }

        Rectangle {
            visible: page.twoPane
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }

        Item {
            visible: page.twoPane
            Layout.fillWidth: true
            Layout.fillHeight: true

            Loader {
                anchors.fill: parent
                active: page.twoPane
                visible: page.selectedId !== 0
                sourceComponent: GoalDetail {
                    goalId: page.selectedId
                    onEditRequested: id => Navigator.open("goal-editor", { goalId: id, schoolYear: 0 })
                    onRemoved: page.selectedId = 0
                }
            }
            EmptyState {
                anchors.fill: parent
                visible: page.selectedId === 0
                title: goals.count > 0 ? qsTr("Choose a goal") : qsTr("Your POP starts with one goal")
                message: goals.count > 0 ? qsTr("Its actions and the reflections that show progress appear here.")
                                         : qsTr("A goal says what you want to grow in and why; actions and linked reflections show how it goes.")
            }
        }
    }

    // On wide screens keep a goal selected so the detail pane is never blank.
    function keepSelection() {
        if (twoPane && !goals.contains(selectedId))
            selectedId = goals.idAt(0)
    }
    onTwoPaneChanged: keepSelection()
    Component.onCompleted: keepSelection()
    Connections {
        target: goals
        function onLoaded() { page.keepSelection() }
    }
}
