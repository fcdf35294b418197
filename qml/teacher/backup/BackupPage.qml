import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Making a backup: everything in the app in one file, encrypted with a passphrase the teacher
// chooses, saved where they choose (a synced cloud folder is fine: it is encrypted), checked by
// reading it back before the page says it is done.
Page {
    id: page

    property url file
    property bool busy: false

    background: Rectangle { color: Theme.background }

    BackupMaker {
        id: backup
        objectName: "backupController"
        journal: Journal
        Component.onCompleted: {
            if (String(page.file) === "")
                page.file = suggestedFile
        }
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
                onClicked: Navigator.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Make a backup")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    // Argon2id takes a moment: the page shows that it is working before the work starts.
    Timer {
        id: start
        interval: 60
        onTriggered: {
            backup.make(page.file, passphrase.text, repeat.text)
            page.busy = false
            if (backup.writtenPath !== "") {
                passphrase.clear()
                repeat.clear()
            }
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
                title: qsTr("What goes in it")
                hint: qsTr("Your reflections, POP and hours, check-ins, settings, your school profile and what you shared with your school, so a new phone carries on where this one stopped.")
                Label {
                    objectName: "lastBackup"
                    Layout.fillWidth: true
                    text: backup.lastBackupText
                    color: backup.overdue ? Theme.error : Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }

            FormSection {
                Layout.fillWidth: true
                title: qsTr("Passphrase")
                hint: qsTr("At least %1 characters. Nobody can open the backup without it, also not Kernwijzer or your school: write it down somewhere safe. A forgotten passphrase cannot be recovered.").arg(backup.minimumLength)
                TextField {
                    id: passphrase
                    objectName: "backupPassphrase"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase")
                    enabled: !page.busy
                }
                TextField {
                    id: repeat
                    objectName: "backupRepeat"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("The same passphrase again")
                    enabled: !page.busy
                }
                Label {
                    objectName: "passphraseProblem"
                    Layout.fillWidth: true
                    readonly property string problem: backup.passphraseProblem(passphrase.text, repeat.text)
                    visible: passphrase.text !== "" && repeat.text !== "" && problem !== ""
                    text: problem
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
            }

            FormSection {
                Layout.fillWidth: true
                title: qsTr("Where")
                hint: qsTr("Somewhere that survives this device: a USB stick, your own computer or a cloud folder. The file is encrypted.")
                SaveAsRow {
                    Layout.fillWidth: true
                    file: page.file
                    onFileChanged: page.file = file
                    nameFilter: qsTr("Kernwijzer backup (*.kwbackup)")
                    suffix: "kwbackup"
                }
            }

            Button {
                objectName: "makeBackupButton"
                Layout.fillWidth: true
                highlighted: true
                enabled: !page.busy && backup.passphraseProblem(passphrase.text, repeat.text) === ""
                text: page.busy ? qsTr("Making and checking the backup…") : qsTr("Make backup")
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
                objectName: "backupResult"
                Layout.fillWidth: true
                visible: text !== ""
                text: backup.resultText
                color: Theme.primary
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Label {
                objectName: "backupError"
                Layout.fillWidth: true
                visible: text !== ""
                text: backup.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
    }
}
