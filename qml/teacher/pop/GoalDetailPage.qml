import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One goal on a phone: the goal detail with a back button.
Page {
    id: page

    required property int goalId
    signal back
    onBack: Navigator.back()

    background: Rectangle { color: Theme.background }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "\u2039"
                font.pixelSize: 24
                Accessible.name: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("POP goal")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    GoalDetail {
        anchors.fill: parent
        goalId: page.goalId
        onEditRequested: id => Navigator.open("goal-editor", { goalId: id, schoolYear: 0 })
        onRemoved: page.back()
    }
}
