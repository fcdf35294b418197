pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The phone's bottom bar: one button per section, each a full 48 px touch target or more.
Pane {
    id: bar

    required property var sections
    required property int currentIndex
    signal sectionChosen(int index)

    padding: 0
    height: 72
    Material.elevation: 8
    Material.background: Theme.surface

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Repeater {
            model: bar.sections
            delegate: NavButton {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.fillHeight: true
                glyph: modelData.glyph
                label: modelData.label
                selected: index === bar.currentIndex
                vertical: true
                onClicked: bar.sectionChosen(index)
            }
        }
    }
}
