pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The POP goals of this school year: tick one to bring it with its progress (status, actions
// done, evidence), in the part it goes with.
FormSection {
    id: box

    required property PreparationEditor editor

    title: qsTr("POP goals")
    hint: qsTr("A ticked goal goes with its progress: status, actions and how many reflections show it.")

    GoalListModel {
        id: goals
        journal: Journal
    }

    Repeater {
        model: goals
        delegate: ColumnLayout {
            id: goal
            required property int goalId
            required property string title
            required property string statusName
            required property int actionsDone
            required property int actionsTotal
            readonly property var chosenPart: box.editor.goalParts[String(goalId)]
            Layout.fillWidth: true
            spacing: 2

            CheckBox {
                id: goalCheck
                objectName: "goalChoice-" + goal.goalId
                Layout.fillWidth: true
                enabled: box.editor.editable
                checked: goal.chosenPart !== undefined
                text: goal.title
                onToggled: {
                    box.editor.setGoalChosen(goal.goalId, checked, 0)
                    checked = Qt.binding(() => goal.chosenPart !== undefined)
                }
                contentItem: Label {
                    leftPadding: goalCheck.indicator.width + goalCheck.spacing
                    text: goalCheck.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 40
                text: qsTr("%1 · %2 of %3 actions done").arg(goal.statusName).arg(goal.actionsDone).arg(goal.actionsTotal)
                color: Theme.mutedText
                font.pixelSize: 13
                wrapMode: Text.Wrap
            }
            PartComboBox {
                Layout.fillWidth: true
                Layout.leftMargin: 40
                visible: goal.chosenPart !== undefined
                enabled: box.editor.editable
                parts: box.editor.parts
                part: goal.chosenPart ?? 1
                onPartChosen: part => box.editor.setGoalPart(goal.goalId, part)
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: goals.count === 0
        text: goals.error !== "" ? goals.error : qsTr("No POP goals this school year.")
        color: goals.error !== "" ? Theme.error : Theme.mutedText
        wrapMode: Text.Wrap
    }
}
