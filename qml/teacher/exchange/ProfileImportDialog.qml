import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// Importing the school's profile: choose the file, see whose it is and who the custodian is, and
// only then install it. A changed custodian is spelled out and needs an explicit yes.
Dialog {
    id: dialog

    function start() {
        Exchange.cancelImport()
        fileDialog.open()
    }
    // For tests and the page tour: check a file without the file dialog.
    function checkFile(url) {
        Exchange.checkImport(url) // on failure the dialog shows the reason
        open()
    }

    readonly property var pending: Exchange.pendingImport
    readonly property string verdict: pending.verdict ?? ""

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 24 : 520)
    modal: true
    title: verdict === "" ? qsTr("School profile not imported")
         : verdict === "custodianChanged" ? qsTr("The custodian changes")
         : qsTr("School profile of %1").arg(pending.schoolName)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "importMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: dialog.verdict === "" ? Theme.error : Theme.text
            text: dialog.verdict === "" ? Exchange.errorText
                : dialog.verdict === "same" ? qsTr("You already have this profile (version %1).").arg(dialog.pending.version)
                : dialog.verdict === "custodianChanged"
                    ? qsTr("Version %1 names %2 as custodian instead of %3. Only install it if your school told you so: the custodian holds the second key that keeps your numbers anonymous.")
                        .arg(dialog.pending.version).arg(dialog.pending.custodian.name).arg(dialog.pending.previousCustodianName)
                : dialog.verdict === "update" ? qsTr("Version %1 of your school's profile, signed by HR and by the custodian.").arg(dialog.pending.version)
                : qsTr("Signed by HR (%1) and by the custodian. Check with your school that the custodian and key below are right.").arg(dialog.pending.hrName)
        }
        Label {
            objectName: "installError"
            Layout.fillWidth: true
            visible: dialog.verdict !== "" && Exchange.errorText !== ""
            text: Exchange.errorText // installing failed: the import waits, nothing changed
            color: Theme.error
            wrapMode: Text.Wrap
        }
        KeyHolderCard {
            Layout.fillWidth: true
            visible: dialog.verdict !== ""
            title: qsTr("Custodian")
            holder: dialog.pending.custodian ?? ({ name: "", role: "", fingerprint: "" }) // none pending
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                flat: true
                text: dialog.verdict === "" || dialog.verdict === "same" ? qsTr("Close") : qsTr("Cancel")
                onClicked: {
                    Exchange.cancelImport()
                    dialog.close()
                }
            }
            Button {
                objectName: "installButton"
                visible: dialog.verdict !== "" && dialog.verdict !== "same"
                highlighted: true
                text: dialog.verdict === "custodianChanged" ? qsTr("I checked: install") : qsTr("Install")
                onClicked: {
                    if (Exchange.confirmImport())
                        dialog.close()
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        nameFilters: [qsTr("School profiles (*.kwprofiel)"), qsTr("All files (*)")]
        onAccepted: dialog.checkFile(selectedFile)
    }
}
