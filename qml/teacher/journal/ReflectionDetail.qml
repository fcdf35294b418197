pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One reflection in full, with edit and delete (undo comes from the snackbar).
Item {
    id: detail

    property int reflectionId: 0
    signal editRequested(int reflectionId)
    signal removed

    function reload() {
        if (reflectionId !== 0 && Journal.ready)
            shown.edit(reflectionId)
    }
    onReflectionIdChanged: reload()
    Component.onCompleted: reload()

    ReflectionEditor {
        id: shown
        journal: Journal
    }
    GoalListModel {
        id: linkedGoals
        journal: Journal
        reflectionId: detail.reflectionId
    }
    GoalListModel {
        id: thisYearsGoals
        journal: Journal
    }
    Connections {
        target: Journal
        function onChanged() { detail.reload() }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Theme.margin * 1.5
            y: Theme.margin
            width: Math.min(flick.width - 3 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: Language.formatDayLong(shown.day)
                font.pixelSize: 22
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: shown.valueIds
                    delegate: ValueChip {
                        required property string modelData
                        name: Profile.valueName(modelData)
                        tint: Profile.valueColor(modelData)
                        checked: true
                        checkable: false
                        enabled: false
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: shown.text
                wrapMode: Text.Wrap
                font.pixelSize: 16
                lineHeight: 1.25
                textFormat: Text.PlainText
            }
            RowLayout {
                spacing: Theme.margin * 1.5
                ScoreBadge {
                    label: qsTr("How it went")
                    text: qsTr("How it went: %1/5").arg(value)
                    value: shown.outcome
                    font.pixelSize: 15
                }
                ScoreBadge {
                    visible: shown.energy > 0
                    label: qsTr("Energy")
                    text: qsTr("Energy: %1/5").arg(value)
                    value: shown.energy
                    font.pixelSize: 15
                }
            }
            Label {
                Layout.fillWidth: true
                visible: shown.tagIds.length > 0
                text: qsTr("Context: %1").arg(Profile.tagNames(shown.tagIds))
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: shown.editedLabel !== "" ? qsTr("Written %1 · changed %2").arg(shown.createdLabel).arg(shown.editedLabel)
                                               : qsTr("Written %1").arg(shown.createdLabel)
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: shown.errorText !== ""
                text: shown.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    text: qsTr("Evidence for your POP")
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: linkedGoals
                    delegate: RowLayout {
                        id: linkedGoal
                        required property int goalId
                        required property string title
                        required property string schoolYearLabel
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: linkedGoal.title + " (" + linkedGoal.schoolYearLabel + ")"
                            wrapMode: Text.Wrap
                        }
                        ToolButton {
                            text: "\u2715"
                            Accessible.name: qsTr("Unlink from goal %1").arg(linkedGoal.title)
                            onClicked: shownError.text = linkedGoals.setLinked(linkedGoal.goalId, false)
                        }
                    }
                }
                Button {
                    objectName: "linkToGoalButton"
                    flat: true
                    visible: thisYearsGoals.count > 0
                    text: qsTr("Link to a goal")
                    onClicked: goalMenu.open()
                    Menu {
                        id: goalMenu
                        Repeater {
                            model: thisYearsGoals
                            delegate: MenuItem {
                                required property int goalId
                                required property string title
                                text: title
                                checkable: true
                                checked: linkedGoals.contains(goalId)
                                onTriggered: shownError.text = linkedGoals.setLinked(goalId, checked)
                            }
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: thisYearsGoals.count === 0 && linkedGoals.count === 0
                    text: qsTr("Add goals to your POP to link reflections as evidence.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Button {
                    text: qsTr("Edit")
                    highlighted: true
                    onClicked: detail.editRequested(detail.reflectionId)
                }
                Button {
                    text: qsTr("Delete")
                    flat: true
                    Material.foreground: Theme.error
                    onClicked: {
                        const error = Journal.remove(detail.reflectionId)
                        if (error === "")
                            detail.removed()
                        else
                            shownError.text = error
                    }
                }
            }
            Label {
                id: shownError
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
    }
}
