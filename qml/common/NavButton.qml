import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// One navigation destination: a glyph and a label, stacked (bars, rails) or side by side.
AbstractButton {
    id: button

    required property string glyph
    required property string label
    property bool selected: false
    property bool vertical: true

    implicitHeight: Theme.touchTarget
    Accessible.name: label
    Accessible.role: Accessible.PageTab
    Accessible.checked: selected

    background: Rectangle {
        radius: Theme.radius
        color: button.selected ? Theme.selectedTint : (button.pressed ? Theme.pressedTint : "transparent")
        anchors.fill: parent
        anchors.margins: 4
    }
    contentItem: GridLayout {
        columns: button.vertical ? 1 : 2
        rowSpacing: 2
        columnSpacing: 12
        Label {
            Layout.alignment: button.vertical ? Qt.AlignHCenter : Qt.AlignVCenter
            Layout.leftMargin: button.vertical ? 0 : 12
            text: button.glyph
            font.pixelSize: 22
            color: button.selected ? Theme.primary : Theme.mutedText
        }
        Label {
            Layout.alignment: button.vertical ? Qt.AlignHCenter : Qt.AlignVCenter
            Layout.fillWidth: !button.vertical
            text: button.label
            font.pixelSize: button.vertical ? 12 : 15
            font.weight: button.selected ? Font.DemiBold : Font.Normal
            color: button.selected ? Theme.primary : Theme.text
            elide: Text.ElideRight
        }
    }
}
