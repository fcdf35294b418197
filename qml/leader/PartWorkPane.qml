import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The right pane of the gespreksmodus: for the chosen agenda part, what the teacher brings, the
// leader's own points and the notes written while talking (kept as they are typed); below, the
// agreements, added while talking.
Flickable {
    id: pane

    required property var part
    required property ConversationNotes notes
    readonly property int fontSize: 18

    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: pane.width - 2 * Theme.margin
        spacing: Theme.margin

        PreparationPart {
            Layout.fillWidth: true
            part: pane.part
            fontSize: pane.fontSize
        }

        Label {
            text: qsTr("Your own points")
            font.pixelSize: pane.fontSize - 2
            font.weight: Font.DemiBold
        }
        TextArea {
            id: ownPoints
            objectName: "ownPointsArea"
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            wrapMode: TextEdit.Wrap
            font.pixelSize: pane.fontSize
            readOnly: !pane.notes.editable
            placeholderText: qsTr("What you want to bring up in this part")
            text: pane.notes.version >= 0 ? pane.notes.ownPoints(pane.part.part) : ""
            onTextChanged: pane.notes.setOwnPoints(pane.part.part, text)
        }

        Label {
            text: qsTr("Notes")
            font.pixelSize: pane.fontSize - 2
            font.weight: Font.DemiBold
        }
        TextArea {
            id: notesArea
            objectName: "notesArea"
            Layout.fillWidth: true
            Layout.minimumHeight: 140
            wrapMode: TextEdit.Wrap
            font.pixelSize: pane.fontSize
            readOnly: !pane.notes.editable
            placeholderText: qsTr("What you talk about: the teacher reads this in the verslag")
            text: pane.notes.version >= 0 ? pane.notes.notes(pane.part.part) : ""
            onTextChanged: pane.notes.setNotes(pane.part.part, text)
        }

        Label {
            Layout.topMargin: Theme.spacing
            text: qsTr("Agreements")
            font.pixelSize: pane.fontSize + 1
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
        AgreementsList {
            Layout.fillWidth: true
            notes: pane.notes
            removable: pane.notes.editable
            fontSize: pane.fontSize - 1
        }
        AgreementForm {
            Layout.fillWidth: true
            visible: pane.notes.editable
            notes: pane.notes
        }
        Label {
            objectName: "notesError"
            Layout.fillWidth: true
            visible: text !== ""
            text: pane.notes.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
