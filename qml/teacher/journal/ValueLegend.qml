pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kernwijzer

// The school's kernwaarden with their colours, wrapping onto as many lines as the width needs.
Flow {
    spacing: Theme.margin
    Repeater {
        model: Profile.kernwaarden
        delegate: Row {
            id: legendItem
            required property var modelData
            spacing: 4
            Rectangle {
                width: 10
                height: 10
                radius: 2
                color: legendItem.modelData.color
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                text: legendItem.modelData.name
                font.pixelSize: 12
                color: Theme.mutedText
            }
        }
    }
}
