import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// A kernwaarde (or tag) as a chip: coloured dot and name; checkable when used as a filter or choice.
AbstractButton {
    id: chip

    required property string name
    property color tint: Theme.primary
    property bool small: false

    checkable: true
    leftPadding: small ? 10 : 14
    rightPadding: small ? 10 : 14
    implicitHeight: small ? 28 : Theme.touchTarget
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    focusPolicy: Qt.StrongFocus
    Accessible.name: name
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: checkable
    Accessible.checked: checked

    background: Item {
        Rectangle {
            anchors.centerIn: parent
            width: parent.width
            height: chip.small ? 28 : 36
            radius: height / 2
            color: chip.checked ? chip.tint : Theme.surface
            border.width: chip.checked ? 0 : 1
            border.color: chip.visualFocus ? Theme.primary : Theme.divider
        }
    }
    contentItem: RowLayout {
        spacing: 6
        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: chip.small ? 8 : 10
            implicitHeight: implicitWidth
            radius: width / 2
            color: chip.checked ? "white" : chip.tint
        }
        Label {
            Layout.alignment: Qt.AlignVCenter
            text: chip.name
            font.pixelSize: chip.small ? 12 : 14
            color: chip.checked ? "white" : Theme.text
        }
    }
}
