import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// A short message at the bottom with one action (Undo); hides itself after a few seconds.
Popup {
    id: bar

    property string message
    property string actionText
    signal actionTriggered

    function show(text, actionLabel) {
        message = text
        actionText = actionLabel
        open()
        hideTimer.restart()
    }

    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: parent.height - height - 96
    width: Math.min(parent.width - 2 * Theme.margin, 480)
    padding: Theme.spacing
    leftPadding: Theme.margin
    closePolicy: Popup.NoAutoClose
    Material.background: "#323232"
    Material.elevation: 6

    contentItem: RowLayout {
        Label {
            Layout.fillWidth: true
            text: bar.message
            color: "white"
            wrapMode: Text.Wrap
        }
        Button {
            flat: true
            text: bar.actionText
            Material.foreground: "#FFB74D"
            onClicked: {
                bar.actionTriggered()
                bar.close()
            }
        }
    }

    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: bar.close()
    }
}
