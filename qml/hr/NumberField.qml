import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// A whole number of the profile (k, hours …) with its label. What is typed goes to the editor
// as typed and stays in the field, also when the editor refuses it.
RowLayout {
    id: row

    required property ProfileEditor editor
    required property string field
    required property string label
    property alias input: input

    spacing: Theme.spacing
    Label {
        Layout.fillWidth: true
        text: row.label
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        objectName: row.field + "Field"
        Layout.preferredWidth: 90
        text: String(row.editor.numbers[row.field])
        inputMethodHints: Qt.ImhDigitsOnly
        horizontalAlignment: Text.AlignRight
        Accessible.name: row.label
        onTextEdited: row.editor.setNumber(row.field, text)
    }
}
