import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// One of the two key holders of the school profile: who they are and their key's fingerprint,
// so a teacher can compare it with what the school published.
ColumnLayout {
    id: card

    required property string title
    required property var holder // {name, role, fingerprint}

    spacing: 2
    Label {
        Layout.fillWidth: true
        text: card.title
        color: Theme.mutedText
        font.pixelSize: 12
    }
    Label {
        Layout.fillWidth: true
        text: card.holder.role ? qsTr("%1 (%2)").arg(card.holder.name).arg(card.holder.role)
                               : card.holder.name
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Key %1").arg(card.holder.fingerprint)
        color: Theme.mutedText
        font.family: "monospace"
        font.pixelSize: 12
        wrapMode: Text.Wrap // at the spaces between groups, on a narrow column
    }
}
