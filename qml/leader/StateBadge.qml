import QtQuick
import QtQuick.Controls
import Kernwijzer

// Where a conversation stands: prepared (the teacher's preparation is in), held (the verslag is
// made and sent), closed (the teacher responded).
Label {
    id: badge

    required property string stateId
    property string stateName

    text: stateName
    font.pixelSize: 13
    font.weight: Font.DemiBold
    leftPadding: 10
    rightPadding: 10
    topPadding: 3
    bottomPadding: 3
    color: stateId === "closed" ? Theme.mutedText : stateId === "held" ? Theme.primary : Theme.accent
    background: Rectangle {
        radius: height / 2
        color: "transparent"
        border.color: badge.color
    }
}
