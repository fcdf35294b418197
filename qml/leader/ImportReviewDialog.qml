import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The review step before a teacher's file is imported: what it is and what importing does. A new
// teacher or a teacher's changed key shows the key's digits, to compare with what the teacher's
// phone shows, and needs a tick before the file goes in.
Dialog {
    id: dialog
    objectName: "importReview"

    required property ConversationFileImport importer

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(600, parent ? parent.width - 32 : 600)
    modal: true
    title: importer.response ? qsTr("Import the response?") : qsTr("Import the preparation?")
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAboutToShow: checkedBox.checked = false
    Component.onCompleted: {
        const ok = standardButton(Dialog.Ok)
        ok.text = Qt.binding(() => qsTr("Import"))
        ok.objectName = "confirmImport"
        ok.enabled = Qt.binding(() => !dialog.importer.needsConfirmation || checkedBox.checked)
    }
    onAccepted: importer.confirm()
    onRejected: importer.cancel()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        Label {
            objectName: "importSummary"
            Layout.fillWidth: true
            text: dialog.importer.summary
            wrapMode: Text.Wrap
            font.pixelSize: 16
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("File: %1").arg(dialog.importer.fileName)
            color: Theme.mutedText
            elide: Text.ElideMiddle
        }

        ColumnLayout {
            objectName: "keyCheck"
            visible: dialog.importer.needsConfirmation
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                color: dialog.importer.keyChanged ? Theme.error : Theme.text
                text: dialog.importer.keyChanged
                    ? qsTr("The key of %1 changed. That happens with a new phone, but it can also mean someone else wrote this file.").arg(dialog.importer.teacherName)
                    : dialog.importer.firstKey
                      ? qsTr("This is the first file of %1: it brings their key.").arg(dialog.importer.teacherName)
                      : qsTr("%1 is new in your list. Their key:").arg(dialog.importer.teacherName)
            }
            GridLayout {
                columns: 2
                columnSpacing: Theme.margin
                rowSpacing: 4
                Label {
                    visible: dialog.importer.keyChanged
                    text: qsTr("Kept until now")
                    color: Theme.mutedText
                }
                Label {
                    visible: dialog.importer.keyChanged
                    text: dialog.importer.oldFingerprint
                    font.family: "monospace"
                    font.pixelSize: 18
                }
                Label {
                    text: dialog.importer.keyChanged ? qsTr("In this file") : qsTr("Key")
                    color: Theme.mutedText
                }
                Label {
                    objectName: "teacherFingerprint"
                    text: dialog.importer.fingerprint
                    font.family: "monospace"
                    font.pixelSize: 18
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: qsTr("Ask the teacher to read the digits their app shows for their conversation key, and compare them with these.")
            }
            CheckBox {
                id: checkedBox
                objectName: "keyChecked"
                Layout.fillWidth: true
                text: qsTr("I checked these digits with %1").arg(dialog.importer.teacherName)
            }
        }
    }
}
