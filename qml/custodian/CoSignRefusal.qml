import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kernwijzer

// Why this profile cannot be co-signed, or that it was co-signed already, above everything else.
Pane {
    id: box

    required property ProfileCoSigning coSigning

    visible: coSigning.opened && (coSigning.refusal !== "" || coSigning.alreadyStored)
    padding: Theme.margin
    Material.background: coSigning.refusal !== "" ? "#FDECEA" : "#E8F0FE"
    Material.elevation: 0

    Label {
        objectName: "refusalText"
        width: parent.width
        text: box.coSigning.refusal !== ""
              ? box.coSigning.refusal
              : qsTr("You co-signed this version already; it is in your records. Co-signing again writes the same file.")
        color: box.coSigning.refusal !== "" ? Theme.error : Theme.text
        wrapMode: Text.Wrap
    }
}
