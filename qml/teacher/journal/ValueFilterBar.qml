pragma ComponentBehavior: Bound
import QtQuick
import Kernwijzer

// A horizontally scrolling row of kernwaarde chips; several may be on (any of them matches).
ListView {
    id: bar

    property var selected: []
    signal toggled(string valueId)

    implicitHeight: Theme.touchTarget
    orientation: ListView.Horizontal
    spacing: Theme.spacing
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    model: Profile.kernwaarden
    Accessible.name: qsTr("Filter by kernwaarde")
    delegate: ValueChip {
        required property var modelData
        objectName: "filterChip-" + modelData.id
        name: modelData.name
        tint: modelData.color
        checked: bar.selected.indexOf(modelData.id) >= 0
        onClicked: bar.toggled(modelData.id)
    }
}
