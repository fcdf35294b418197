import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One POP goal in full: why, success criteria, status, its actions and the reflections that show
// progress. Changes are saved as they are made; editing the goal itself opens the editor.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes the Repeater delegates fail to load.
Item {
    id: detail

    property int goalId: 0
    signal editRequested(int goalId)
    signal removed

    function reload() {
        if (goalId !== 0 && Journal.ready)
            goal.edit(goalId)
    }
    onGoalIdChanged: reload()
    Component.onCompleted: reload()

    GoalEditor {
        id: goal
        journal: Journal
        onRemoved: detail.removed()
    }
    GoalActionListModel {
        id: actions
        journal: Journal
        goalId: detail.goalId
    }
    EvidenceListModel {
        id: evidence
        journal: Journal
        goalId: detail.goalId
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
                objectName: "goalTitle"
                Layout.fillWidth: true
                text: goal.title
                font.pixelSize: 22
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: goal.valueIds
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
                visible: goal.themeName !== ""
                text: qsTr("School theme: %1").arg(goal.themeName)
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: goal.targetDate !== "" ? qsTr("School year %1 · target date %2").arg(goal.schoolYearLabel).arg(Language.formatDay(goal.targetDate))
                                             : qsTr("School year %1").arg(goal.schoolYearLabel)
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Label {
                text: qsTr("Status")
                font.weight: Font.DemiBold
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: goal.statuses
                    delegate: ValueChip {
                        required property var modelData
                        objectName: "status-" + modelData.id
                        name: modelData.name
                        tint: Theme.primary
                        checked: goal.status === modelData.id
                        onClicked: goal.saveStatus(modelData.id)
                    }
                }
            }

            Label {
                text: qsTr("How I will know")
                font.weight: Font.DemiBold
                visible: goal.successCriteria !== ""
            }
            Label {
                Layout.fillWidth: true
                visible: goal.successCriteria !== ""
                text: goal.successCriteria
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: actions.count > 0 ? qsTr("Actions (%1 of %2 done)").arg(actions.doneCount).arg(actions.count)
                                        : qsTr("Actions")
                font.pixelSize: 17
                font.weight: Font.DemiBold
            }
            Repeater {
                model: actions
                delegate: RowLayout {
                    id: actionRow
                    required property int actionId
                    required property string title
                    required property string dueLabel
                    required property bool done
                    required property bool overdue
                    Layout.fillWidth: true
                    spacing: 0
                    CheckBox {
                        objectName: "actionDone-" + actionRow.actionId
                        checked: actionRow.done
                        Accessible.name: actionRow.title
                        onClicked: actionError.text = actions.setDone(actionRow.actionId, checked)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: actionRow.title
                            wrapMode: Text.Wrap
                            font.strikeout: actionRow.done
                            color: actionRow.done ? Theme.mutedText : Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: actionRow.dueLabel !== ""
                            text: actionRow.overdue ? qsTr("was due %1").arg(actionRow.dueLabel) : qsTr("due %1").arg(actionRow.dueLabel)
                            color: actionRow.overdue ? Theme.error : Theme.mutedText
                            font.pixelSize: 12
                        }
                    }
                    ToolButton {
                        text: "\u2715"
                        Accessible.name: qsTr("Remove action %1").arg(actionRow.title)
                        onClicked: actionError.text = actions.remove(actionRow.actionId)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    id: newAction
                    objectName: "newActionField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("A next step, e.g. \"Plan the weekly task together\"")
                    onAccepted: addAction.clicked()
                }
                Button {
                    objectName: "actionDueButton"
                    flat: true
                    text: newActionDue.selectedDate !== "" ? Language.formatDay(newActionDue.selectedDate) : qsTr("Due…")
                    Accessible.name: qsTr("Due date of the new action")
                    onClicked: {
                        if (newActionDue.selectedDate === "")
                            newActionDue.selectedDate = Journal.today
                        newActionDue.open()
                    }
                }
                Button {
                    id: addAction
                    objectName: "addActionButton"
                    text: qsTr("Add")
                    enabled: newAction.text.trim() !== ""
                    onClicked: {
                        actionError.text = actions.add(newAction.text, newActionDue.selectedDate)
                        if (actionError.text === "") {
                            newAction.clear()
                            newActionDue.selectedDate = ""
                        }
                    }
                }
            }
            Label {
                id: actionError
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.error
                wrapMode: Text.Wrap
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Reflections as evidence (%1)").arg(evidence.count)
                font.pixelSize: 17
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                visible: evidence.count === 0
                text: qsTr("Link reflections that show how this goal is going: from here, or from a reflection in your journal.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Repeater {
                model: evidence
                delegate: EvidenceRow {
                    Layout.fillWidth: true
                    onUnlinkRequested: id => actionError.text = evidence.setLinked(id, false)
                }
            }
            Button {
                objectName: "linkEvidenceButton"
                text: qsTr("Link a reflection")
                flat: true
                onClicked: picker.open()
            }

            Label {
                Layout.fillWidth: true
                visible: goal.errorText !== ""
                text: goal.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing
                Button {
                    objectName: "editGoalButton"
                    text: qsTr("Edit goal")
                    highlighted: true
                    onClicked: detail.editRequested(detail.goalId)
                }
                Button {
                    objectName: "removeGoalButton"
                    text: qsTr("Delete")
                    flat: true
                    Material.foreground: Theme.error
                    onClicked: confirmRemove.open()
                }
            }
        }
    }

    DatePickerDialog {
        id: newActionDue
        selectedDate: ""
    }
    EvidencePickerDialog {
        id: picker
        objectName: "evidencePicker"
        evidence: evidence
    }
    Dialog {
        id: confirmRemove
        objectName: "confirmRemoveGoal"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, parent ? parent.width - 32 : 420)
        modal: true
        title: qsTr("Delete this goal?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        contentItem: Label {
            wrapMode: Text.Wrap
            text: evidence.count > 0
                  ? qsTr("The goal and its actions are deleted. The %n linked reflection(s) stay in your journal.", "", evidence.count)
                  : qsTr("The goal and its actions are deleted.")
        }
        onAccepted: goal.remove(true)
    }
}
