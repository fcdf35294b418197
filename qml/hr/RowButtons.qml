import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Up, down and remove for one row of a list in the profile editor.
RowLayout {
    id: buttons

    required property ProfileEditor editor
    required property string list
    required property int index
    required property int count

    spacing: 0
    ToolButton {
        text: "\u2191"
        enabled: buttons.index > 0
        Accessible.name: qsTr("Move up")
        onClicked: buttons.editor.moveItem(buttons.list, buttons.index, buttons.index - 1)
    }
    ToolButton {
        text: "\u2193"
        enabled: buttons.index < buttons.count - 1
        Accessible.name: qsTr("Move down")
        onClicked: buttons.editor.moveItem(buttons.list, buttons.index, buttons.index + 1)
    }
    ToolButton {
        objectName: buttons.list + "Remove" + buttons.index
        text: "\u2715"
        Accessible.name: qsTr("Remove")
        onClicked: buttons.editor.removeItem(buttons.list, buttons.index)
    }
}
