import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The backup lines in the teacher's Instellingen: when the last backup was made, and the way to
// make one or to restore one.
ColumnLayout {
    id: box

    spacing: Theme.spacing

    BackupMaker {
        id: backup
        journal: Journal
    }

    Label {
        text: qsTr("Backup")
        font.weight: Font.DemiBold
    }
    Label {
        objectName: "settingsLastBackup"
        Layout.fillWidth: true
        text: backup.overdue ? backup.lastBackupText + " " + qsTr("Time for a new one: a lost phone takes your journal with it.")
                             : backup.lastBackupText
        color: backup.overdue ? Theme.error : Theme.mutedText
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "backupButton"
            text: qsTr("Make a backup…")
            onClicked: Navigator.open("backup", {})
        }
        Button {
            objectName: "restoreBackupButton"
            flat: true
            text: qsTr("Restore a backup…")
            onClicked: Navigator.open("restore", {})
        }
    }
}
