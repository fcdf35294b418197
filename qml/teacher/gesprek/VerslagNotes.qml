pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// What the leader wrote per part of the agenda: their own preparation and their notes. There are
// no hidden notes: this is all of it.
FormSection {
    id: box

    required property VerslagResponse response

    title: qsTr("Your leader's notes")
    hint: qsTr("Everything %1 wrote about your conversation is here: there are no hidden notes.").arg(box.response.leaderName)

    Repeater {
        model: box.response.notes
        delegate: ColumnLayout {
            id: part
            required property var modelData
            Layout.fillWidth: true
            Layout.topMargin: 4
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: part.modelData.name
                font.weight: Font.DemiBold
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: part.modelData.ownPoints !== ""
                text: qsTr("Points of %1: %2").arg(box.response.leaderName).arg(part.modelData.ownPoints)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: part.modelData.notes !== ""
                text: part.modelData.notes
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: box.response.notes.length === 0
        text: qsTr("Your leader wrote no notes.")
        color: Theme.mutedText
    }
}
