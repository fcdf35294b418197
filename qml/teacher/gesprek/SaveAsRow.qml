import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// Where a file will be saved, and the choice of another place: as the contribution export does.
// The teacher sends the file themselves (mail, USB, shared drive).
RowLayout {
    id: row

    property url file
    /** "Waarderingsgesprek (*.kwgesprek)" */
    property string nameFilter
    property string suffix

    Label {
        objectName: "saveAsPath"
        Layout.fillWidth: true
        text: qsTr("Save as: %1").arg(decodeURIComponent(String(row.file).replace(/^file:\/\//, "")))
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        color: Theme.mutedText
        font.pixelSize: 13
    }
    Button {
        flat: true
        text: qsTr("Choose…")
        onClicked: dialog.open()
    }

    FileDialog {
        id: dialog
        fileMode: FileDialog.SaveFile
        nameFilters: [row.nameFilter]
        defaultSuffix: row.suffix
        selectedFile: row.file
        onAccepted: row.file = selectedFile
    }
}
