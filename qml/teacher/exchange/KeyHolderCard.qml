import QtQuick
import QtQuick.Controls
import Kernwijzer

// One of the two key holders of the school profile: who they are and their key's fingerprint,
// so a teacher can compare it with what the school published.
// A Column, not a ColumnLayout: on Qt 6.4 a layout kept a wrapped name's old two-line height
// after it fit on one line again, and the fingerprint overlapped what came after the card.
Column {
    id: card

    required property string title
    required property var holder // {name, role, fingerprint}

    spacing: 2
    Label {
        width: card.width
        text: card.title
        color: Theme.mutedText
        font.pixelSize: 12
    }
    Label {
        width: card.width
        text: card.holder.role ? qsTr("%1 (%2)").arg(card.holder.name).arg(card.holder.role)
                               : card.holder.name
        wrapMode: Text.Wrap
    }
    Label {
        width: card.width
        // The fingerprint never breaks inside: on a narrow column it goes to a line of its own.
        text: qsTr("Key %1").arg(String(card.holder.fingerprint).replace(/ /g, "\u00a0"))
        color: Theme.mutedText
        font.family: "monospace"
        font.pixelSize: 12
        wrapMode: Text.Wrap
    }
}
