import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The gespreksmodus, for the conversation itself: large, calm type; the four agenda parts on the
// left and, for the chosen part, the teacher's items, the leader's points and notes and the
// agreements on the right (stacked in portrait). Everything is kept as it is typed. "Turn
// towards" shows the agenda and agreements large and read-only, to show across the table.
Page {
    id: page
    objectName: "gespreksmodusPage"

    required property string conversationId
    property int selectedPart: 1
    property bool turned: false
    readonly property bool landscape: width >= height
    readonly property alias notes: talkNotes
    readonly property alias conversation: record

    background: Rectangle { color: Theme.background }

    LeaderConversation {
        id: record
        desk: Leader
        conversationId: page.conversationId
    }
    ConversationNotes {
        id: talkNotes
        desk: Leader
        conversationId: page.conversationId
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            ToolButton {
                text: "\u2190"
                font.pixelSize: 20
                Accessible.name: qsTr("Back")
                onClicked: {
                    talkNotes.saveNow()
                    Navigator.back()
                }
            }
            Label {
                Layout.fillWidth: true
                text: page.turned ? record.teacherName : qsTr("Gespreksmodus · %1").arg(record.teacherName)
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                objectName: "savedText"
                visible: !page.turned && text !== ""
                text: talkNotes.savedText
                color: Theme.mutedText
            }
            Button {
                objectName: "turnButton"
                text: page.turned ? qsTr("Back to my notes") : qsTr("Turn towards %1").arg(record.teacherName)
                highlighted: !page.turned
                onClicked: {
                    talkNotes.saveNow()
                    page.turned = !page.turned
                }
            }
        }
    }

    GridLayout {
        id: work
        visible: !page.turned
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.landscape ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: page.landscape ? Math.min(380, page.width * 0.34) : -1
            Layout.fillWidth: !page.landscape
            Layout.fillHeight: page.landscape
            Layout.alignment: Qt.AlignTop
            spacing: Theme.margin

            AgendaPartList {
                Layout.fillWidth: true
                parts: record.parts
                notes: talkNotes
                stacked: !page.landscape
                selectedPart: page.selectedPart
                onSelectedPartChanged: page.selectedPart = selectedPart
            }
            NoHiddenNotes {
                Layout.fillWidth: true
                large: page.landscape
            }
            Item {
                visible: page.landscape
                Layout.fillHeight: true
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider

            PartWorkPane {
                id: workPane
                anchors.fill: parent
                anchors.margins: 1
                part: record.parts[page.selectedPart - 1]
                notes: talkNotes
            }
        }
    }

    TurnTowardsView {
        objectName: "turnedView"
        visible: page.turned
        anchors.fill: parent
        conversation: record
        notes: talkNotes
    }

    Component.onDestruction: talkNotes.saveNow()
}
