import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Before Ondertekenen: what still stops signing, what this version changes, and with whose key
// it is signed.
FormBox {
    id: box

    required property ProfileEditor editor

    title: box.editor.problemList.length === 0 ? qsTr("Ready to sign version %1").arg(box.editor.version)
                                               : qsTr("Before you can sign")
    Repeater {
        model: box.editor.problemList
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: "\u2022 " + modelData
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
    Label {
        Layout.fillWidth: true
        visible: box.editor.hasCurrent
        text: box.editor.changes.length === 0
              ? qsTr("Nothing changed yet against version %1.").arg(box.editor.version - 1)
              : qsTr("What changes against version %1:").arg(box.editor.version - 1)
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Repeater {
        model: box.editor.changes
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: "\u2022 " + modelData
            wrapMode: Text.Wrap
        }
    }
    Label {
        Layout.fillWidth: true
        text: Hr.key.unlocked
              ? qsTr("Signed with HR's key %1 (%2).").arg(Hr.key.fingerprint).arg(Hr.key.holderName)
              : qsTr("HR's key is locked: unlock it on the Keys page before signing.")
        color: Hr.key.unlocked ? Theme.mutedText : Theme.error
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Ondertekenen writes the file; the custodian checks and co-signs it, and only then do teachers' apps accept it.")
        color: Theme.mutedText
        font.pixelSize: 12
        wrapMode: Text.Wrap
    }
}
