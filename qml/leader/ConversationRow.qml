import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// One conversation in the leader's list: the teacher, the day, where it stands.
ItemDelegate {
    id: row

    required property string conversationId
    required property string teacherName
    required property string teamName
    required property string plannedOn
    required property string stateId
    required property string stateName
    required property bool tomorrow

    objectName: "conversation-" + conversationId.slice(0, 8)
    padding: Theme.margin
    Accessible.name: qsTr("%1, %2, %3").arg(teacherName).arg(plannedOn).arg(stateName)
    onClicked: Navigator.open("leader-conversation", { conversationId: row.conversationId })

    contentItem: RowLayout {
        spacing: Theme.margin
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.teacherName
                font.pixelSize: 17
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.teamName === "" ? row.plannedOn : qsTr("%1 · %2").arg(row.plannedOn).arg(row.teamName)
                color: Theme.mutedText
                elide: Text.ElideRight
            }
        }
        Label {
            visible: row.tomorrow
            text: qsTr("Tomorrow")
            color: Theme.accent
            font.weight: Font.DemiBold
        }
        StateBadge {
            stateId: row.stateId
            stateName: row.stateName
        }
    }
    background: Rectangle {
        color: row.down ? Theme.pressedTint : Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }
}
