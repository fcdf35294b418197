import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// What teachers will see of this profile: the school card of their Sharing page and their
// kernwaarden, in the teacher's own look, from the draft as it is now.
FormBox {
    id: box

    required property ProfileEditor editor

    title: qsTr("Preview: what teachers see")
    Label {
        Layout.fillWidth: true
        text: box.editor.schoolName
        font.pixelSize: 18
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("School profile version %1, valid until %2").arg(box.editor.version).arg(Language.formatDayLong(box.editor.validUntil))
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    KeyHolderCard {
        Layout.fillWidth: true
        title: qsTr("Custodian")
        holder: box.editor.custodian
    }
    KeyHolderCard {
        Layout.fillWidth: true
        title: qsTr("HR")
        holder: ({ name: Hr.key.holderName, role: "", fingerprint: Hr.key.fingerprint })
    }
    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("Kernwaarden")
        font.weight: Font.DemiBold
    }
    Repeater {
        model: box.editor.kernwaarden
        delegate: Rectangle {
            id: card
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: cardText.implicitHeight + 2 * Theme.spacing + 4
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            Rectangle {
                width: 6
                height: parent.height - 2 * Theme.radius
                anchors.verticalCenter: parent.verticalCenter
                radius: 3
                color: card.modelData.color
            }
            ColumnLayout {
                id: cardText
                x: Theme.margin
                y: Theme.spacing + 2
                width: card.width - 2 * Theme.margin
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.name !== "" ? card.modelData.name : qsTr("(no name yet)")
                    font.pixelSize: 16
                    font.weight: Font.DemiBold
                    color: card.modelData.color
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.modelData.description
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
