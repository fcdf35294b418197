import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Turned towards the teacher: the agenda and the agreements in large, clean type, to show across
// the table. Read-only; what the teacher brought, nothing else.
Rectangle {
    id: view

    required property LeaderConversation conversation
    required property ConversationNotes notes
    readonly property int fontSize: width > 900 ? 24 : 21

    color: Theme.surface

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 4 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(2 * Theme.margin, (flick.width - width) / 2)
            y: 2 * Theme.margin
            width: Math.min(flick.width - 4 * Theme.margin, 960)
            spacing: Theme.margin * 1.5

            Label {
                Layout.fillWidth: true
                text: qsTr("Our conversation, %1").arg(view.conversation.plannedOn)
                font.pixelSize: view.fontSize + 8
                font.weight: Font.DemiBold
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            Repeater {
                model: view.conversation.parts
                delegate: ColumnLayout {
                    id: part
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        Layout.fillWidth: true
                        text: (part.index + 1) + ". " + part.modelData.name
                        font.pixelSize: view.fontSize + 2
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: part.modelData.items
                        delegate: Label {
                            id: itemLabel
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.leftMargin: Theme.margin
                            text: "\u2022 " + (itemLabel.modelData.title !== "" ? itemLabel.modelData.title : itemLabel.modelData.text)
                            font.pixelSize: view.fontSize
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                text: qsTr("What we agree")
                font.pixelSize: view.fontSize + 2
                font.weight: Font.DemiBold
                color: Theme.primary
            }
            AgreementsList {
                objectName: "turnedAgreements"
                Layout.fillWidth: true
                notes: view.notes
                fontSize: view.fontSize
            }
        }
    }
}
