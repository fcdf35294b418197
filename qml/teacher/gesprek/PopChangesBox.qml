pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// What the agreements you accepted became in your POP, each with a way to the goal.
FormSection {
    id: box

    required property VerslagResponse response

    title: qsTr("In your POP")
    hint: box.response.popChanges.length > 0 ? qsTr("The agreements you accepted are actions in your POP now.")
                                             : qsTr("You accepted no agreement: your POP did not change.")

    Repeater {
        model: box.response.popChanges
        delegate: ItemDelegate {
            id: change
            required property var modelData
            objectName: "popChange-" + modelData.goalId
            Layout.fillWidth: true
            onClicked: Navigator.open("goal", { goalId: change.modelData.goalId })
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: (change.modelData.newGoal ? qsTr("New goal: %1") : qsTr("Goal: %1")).arg(change.modelData.goalTitle)
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Action: %1").arg(change.modelData.actionTitle)
                          + (change.modelData.due ? " (" + Language.formatDay(change.modelData.due) + ")" : "")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    Button {
        objectName: "openPopButton"
        text: qsTr("Open my POP")
        onClicked: {
            Navigator.home()
            const shell = Navigator.stack ? Navigator.stack.currentItem as AppShell : null
            if (shell)
                shell.showSection("pop")
        }
    }
}
