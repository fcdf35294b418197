import QtQuick
import QtQuick.Controls
import Kernwijzer

// A goal's status as a small coloured label.
Label {
    id: badge

    required property string status
    required property string name

    readonly property color tint: status === "actief" ? Theme.primary
                                : status === "afgerond" ? "#2E7D32"
                                : status === "idee" ? Theme.accent : Theme.mutedText
    text: name
    color: tint
    font.pixelSize: 12
    font.weight: Font.DemiBold
    leftPadding: 8
    rightPadding: 8
    topPadding: 3
    bottomPadding: 3
    background: Rectangle {
        radius: height / 2
        color: "transparent"
        border.color: badge.tint
        border.width: 1
    }
}
