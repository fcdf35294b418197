import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// What is wrong with one field of the profile editor, in red below it; hidden when nothing is.
Label {
    required property ProfileEditor editor
    required property string field

    Layout.fillWidth: true
    visible: text !== ""
    text: editor.problems[field] || ""
    color: Theme.error
    wrapMode: Text.Wrap
}
