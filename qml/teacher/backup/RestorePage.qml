import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// Restoring a backup: from Instellingen, or on the first start of a new phone next to starting
// fresh (firstRun: the teacher's role is chosen once the journal is back). A journal that already
// has entries is put aside as a file, after the teacher said yes, never thrown away.
Page {
    id: page

    /** Opened from the first start: a restored journal makes this device the teacher's. */
    property bool firstRun: false
    property bool busy: false
    /** The backup to restore (chosen on the page, or given when it opens). */
    property alias file: restorer.file
    /** The page's controller, for tests. */
    readonly property alias restorer: restorer

    background: Rectangle { color: Theme.background }

    BackupRestorer {
        id: restorer
        objectName: "restoreController"
        journal: Journal
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "\u2039"
                font.pixelSize: 24
                Accessible.name: qsTr("Back")
                enabled: !page.busy
                onClicked: Navigator.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Restore a backup")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    Timer {
        id: start
        interval: 60
        onTriggered: {
            const done = restorer.restore(passphrase.text, confirm.checked)
            page.busy = false
            if (done)
                passphrase.clear()
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            FormSection {
                Layout.fillWidth: true
                visible: restorer.resultText === ""
                title: qsTr("Backup file")
                hint: qsTr("A .kwbackup file you made in Kernwijzer, on this device or another.")
                Label {
                    objectName: "restoreFile"
                    Layout.fillWidth: true
                    visible: String(restorer.file) !== ""
                    text: decodeURIComponent(String(restorer.file).replace(/^file:\/\//, ""))
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
                Label {
                    objectName: "restoreFileInfo"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: restorer.fileText
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "chooseBackupButton"
                    text: String(restorer.file) === "" ? qsTr("Choose backup…") : qsTr("Another file…")
                    enabled: !page.busy
                    onClicked: fileDialog.open()
                }
            }

            FormSection {
                Layout.fillWidth: true
                visible: restorer.fileReadable && restorer.resultText === ""
                title: qsTr("Passphrase")
                hint: qsTr("The passphrase you chose when you made this backup.")
                TextField {
                    id: passphrase
                    objectName: "restorePassphrase"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase")
                    enabled: !page.busy
                }
            }

            FormSection {
                Layout.fillWidth: true
                visible: restorer.fileReadable && restorer.replacesEntries && restorer.resultText === ""
                title: qsTr("Your journal on this device")
                hint: qsTr("This device already has a journal with entries. Restoring puts the backup in its place; the journal that is here now is kept as a file beside it, so nothing is lost.")
                CheckBox {
                    id: confirm
                    objectName: "confirmReplace"
                    Layout.fillWidth: true
                    text: qsTr("Put my current journal aside and restore the backup")
                    enabled: !page.busy
                }
            }

            Button {
                objectName: "restoreButton"
                Layout.fillWidth: true
                visible: restorer.resultText === ""
                highlighted: true
                enabled: !page.busy && restorer.fileReadable && passphrase.text !== ""
                         && (!restorer.replacesEntries || confirm.checked)
                text: page.busy ? qsTr("Opening the backup…") : qsTr("Restore")
                onClicked: {
                    page.busy = true
                    start.start()
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: page.busy
                running: visible
            }
            Label {
                objectName: "restoreError"
                Layout.fillWidth: true
                visible: text !== ""
                text: restorer.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }

            FormSection {
                objectName: "restoreDone"
                Layout.fillWidth: true
                visible: restorer.resultText !== ""
                title: qsTr("Your journal is back")
                Label {
                    objectName: "restoreResult"
                    Layout.fillWidth: true
                    text: restorer.resultText
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                }
                Button {
                    objectName: "restoreContinue"
                    highlighted: true
                    text: qsTr("Go to my journal")
                    onClicked: {
                        if (page.firstRun)
                            Roles.choose("leraar") // shows the teacher's pages in place of this one
                        else
                            Navigator.home()
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: restorer.resultText === ""
                text: qsTr("Forgot the passphrase? Then the backup cannot be opened, by anyone: that is what keeps it safe.")
                color: Theme.mutedText
                font.pixelSize: 13
                wrapMode: Text.Wrap
            }
        }
    }

    FileDialog {
        id: fileDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Kernwijzer backup (*.kwbackup)")]
        onAccepted: restorer.file = selectedFile
    }
}
