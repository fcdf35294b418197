import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The custodian the profile names: their key (from their public key file), where teachers send
// their files, and the handovers that brought them.
FormBox {
    id: box

    required property ProfileEditor editor

    title: qsTr("Custodian (vertrouwenshouder)")
    Label {
        Layout.fillWidth: true
        text: box.editor.custodian.fingerprint !== ""
              ? qsTr("%1 (%2)").arg(box.editor.custodian.name).arg(box.editor.custodian.role)
              : qsTr("No custodian's key chosen yet.")
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: box.editor.custodian.fingerprint !== ""
        text: qsTr("Key %1").arg(String(box.editor.custodian.fingerprint).replace(/ /g, "\u00a0"))
        font.family: "monospace"
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    ProblemLabel { editor: box.editor; field: "keys" }
    Button {
        objectName: "chooseCustodianButton"
        text: box.editor.custodian.fingerprint !== "" ? qsTr("Another custodian…") : qsTr("Choose the custodian's key…")
        onClicked: keyDialog.open()
    }
    Label { text: qsTr("Where teachers send their files (e-mail or upload page)") }
    TextField {
        objectName: "custodianContactField"
        Layout.fillWidth: true
        text: box.editor.custodian.contact
        onTextEdited: box.editor.setText("custodianContact", text)
    }
    ProblemLabel { editor: box.editor; field: "custodian" }
    Repeater {
        model: box.editor.handovers
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            text: qsTr("Handover of %1: %2 (key %3) to %4 (key %5)")
                .arg(modelData.signedOn).arg(modelData.from).arg(modelData.fromFingerprint)
                .arg(modelData.to).arg(modelData.toFingerprint)
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
    }
    Button {
        text: qsTr("Add a handover…")
        flat: true
        onClicked: handoverDialog.open()
    }

    FileDialog {
        id: keyDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Public key files (*.kwsleutel.pub)")]
        onAccepted: box.editor.chooseCustodianKey(selectedFile)
    }
    FileDialog {
        id: handoverDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Handovers (*.kwoverdracht)")]
        onAccepted: box.editor.addHandover(selectedFile)
    }
}
