import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// Importing the school's profile: choose the file, see whose it is and who the custodian is, and
// only then install it. A first install needs the verification code the school published
// elsewhere; a changed custodian is shown beside the one before, with the handover they signed,
// and needs an explicit yes. Core checks both: nothing here can skip them.
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
    /** "0417-2291-5": the digits of @p text in groups of four, at most 24. */
    function grouped(text) {
        return text.replace(/\D/g, "").slice(0, 24).replace(/(\d{4})(?=\d)/g, "$1-")
    }

    readonly property var pending: Exchange.pendingImport
    readonly property string verdict: pending.verdict ?? ""
    readonly property bool needsCode: pending.needsCode ?? false
    readonly property int typedDigits: codeField.text.replace(/\D/g, "").length
    readonly property var noHolder: ({ name: "", role: "", fingerprint: "" })

    onPendingChanged: codeField.clear() // a code belongs to one school's profile

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 24 : 560)
    height: Math.min(implicitHeight, parent ? parent.height - 24 : implicitHeight)
    modal: true
    title: verdict === "" ? qsTr("School profile not imported")
         : verdict === "custodianChanged" ? qsTr("The custodian changes")
         : qsTr("School profile of %1").arg(pending.schoolName)

    // Material's title elides: a school's name is too long for that on a phone.
    header: Label {
        text: dialog.title
        wrapMode: Text.Wrap
        padding: 24
        bottomPadding: 0
        font.bold: true
        font.pixelSize: 16
    }

    // A phone in landscape, or a large font, may not fit it all: the buttons stay, the rest scrolls.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: body.implicitHeight
            contentHeight: body.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: body
                width: flick.width
                spacing: Theme.spacing + 4

                Label {
                    objectName: "importMessage"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: dialog.verdict === "" ? Theme.error : Theme.text
                    text: dialog.verdict === "" ? Exchange.errorText
                        : dialog.verdict === "same" ? qsTr("You already have this profile (version %1).").arg(dialog.pending.version)
                        : dialog.verdict === "custodianChanged"
                            ? qsTr("Version %1 names %2 as custodian instead of %3. %4 signed the handover on %5. Only install it if your school told you so: the custodian holds the second key that keeps your numbers anonymous.")
                                .arg(dialog.pending.version).arg(dialog.pending.custodian.name)
                                .arg(dialog.pending.previousCustodian.name).arg(dialog.pending.handoverFrom)
                                .arg(dialog.pending.handoverSignedOn)
                        : dialog.verdict === "update" ? qsTr("Version %1 of your school's profile, signed by HR and by the custodian.").arg(dialog.pending.version)
                        : qsTr("Signed by HR (%1) and by the custodian below. Before it is installed, check that it really comes from your school.").arg(dialog.pending.hr.name)
                }

                // A new school: who the custodian is.
                KeyHolderCard {
                    Layout.fillWidth: true
                    visible: dialog.verdict !== "" && dialog.verdict !== "custodianChanged"
                    title: qsTr("Custodian")
                    holder: dialog.pending.custodian ?? dialog.noHolder // none pending
                }

                // Another custodian: the one you had and the new one, side by side.
                GridLayout {
                    objectName: "custodianComparison"
                    Layout.fillWidth: true
                    visible: dialog.verdict === "custodianChanged"
                    columns: 2
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.spacing
                    KeyHolderCard {
                        objectName: "previousCustodianCard"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1 // equal columns, whatever the names
                        Layout.alignment: Qt.AlignTop
                        title: qsTr("Until now")
                        holder: dialog.pending.previousCustodian ?? dialog.noHolder
                    }
                    KeyHolderCard {
                        objectName: "newCustodianCard"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        title: qsTr("From now on")
                        holder: dialog.pending.custodian ?? dialog.noHolder
                    }
                }

                // A leader's new keys: named with both fingerprints, to compare with the leader.
                Label {
                    objectName: "leaderKeyChanges"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.error
                    visible: (dialog.pending.leaderKeyChanges ?? []).length > 0
                    text: qsTr("Your leader's keys change. Compare the new fingerprints with your leader before you send them a preparation:")
                        + "\n" + (dialog.pending.leaderKeyChanges ?? []).join("\n")
                }

                // A first install: the code the school published through another channel.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: dialog.needsCode
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Verification code")
                        font.weight: Font.DemiBold
                    }
                    TextField {
                        id: codeField
                        objectName: "codeField"
                        Layout.fillWidth: true
                        placeholderText: "0000-0000-0000-0000-0000-0000"
                        font.family: "monospace"
                        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                        rightPadding: digitCount.width + 8
                        Accessible.name: qsTr("Verification code")
                        // Why Install is still off: how far the teacher has come.
                        Label {
                            id: digitCount
                            objectName: "digitCount"
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("%1/24").arg(dialog.typedDigits)
                            color: dialog.typedDigits === 24 ? Theme.primary : Theme.mutedText
                            font.pixelSize: 12
                        }
                        // Grouped as it is typed; the caret stays after the same digit.
                        onTextEdited: {
                            const before = text.slice(0, cursorPosition).replace(/\D/g, "").length
                            const formatted = dialog.grouped(text)
                            if (formatted === text)
                                return
                            text = formatted
                            cursorPosition = Math.min(text.length, before + Math.max(0, Math.floor((before - 1) / 4)))
                        }
                    }
                    Label {
                        objectName: "codeHelp"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        font.pixelSize: 13
                        text: qsTr("24 digits your school publishes where HR alone cannot change them: the MR newsletter or the poster in the staff room. Never take it from the message that brought this file.")
                    }
                }

                Label {
                    objectName: "installError"
                    Layout.fillWidth: true
                    visible: dialog.verdict !== "" && Exchange.errorText !== ""
                    text: Exchange.errorText // installing failed: the import waits, nothing changed
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
            }
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
                enabled: !dialog.needsCode || dialog.typedDigits === 24
                highlighted: true
                text: dialog.verdict === "custodianChanged" ? qsTr("I checked: install") : qsTr("Install")
                onClicked: {
                    if (Exchange.confirmImport(dialog.needsCode ? codeField.text : ""))
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
