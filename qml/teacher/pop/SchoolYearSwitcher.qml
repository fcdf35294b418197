import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// ‹ 2026-2027 ›: steps through school years; the label says which one is shown.
RowLayout {
    id: switcher

    required property string label
    property bool isCurrent: true
    signal stepped(int delta)

    spacing: 0
    ToolButton {
        objectName: "previousYear"
        text: "\u2039"
        font.pixelSize: 24
        Accessible.name: qsTr("Previous school year")
        onClicked: switcher.stepped(-1)
    }
    Label {
        text: switcher.isCurrent ? switcher.label : qsTr("%1 (not this year)").arg(switcher.label)
        font.pixelSize: 15
        font.weight: Font.DemiBold
        Accessible.name: qsTr("School year %1").arg(switcher.label)
    }
    ToolButton {
        objectName: "nextYear"
        text: "\u203A"
        font.pixelSize: 24
        Accessible.name: qsTr("Next school year")
        onClicked: switcher.stepped(1)
    }
}
