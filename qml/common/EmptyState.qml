import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// A friendly message where a list or pane has nothing to show, with an optional next step.
Item {
    id: state

    property string title
    property string message
    property string actionText
    signal actionTriggered

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        spacing: Theme.margin

        Label {
            Layout.fillWidth: true
            text: state.title
            font.pixelSize: 20
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: state.message
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        Button {
            objectName: "emptyStateAction"
            Layout.alignment: Qt.AlignHCenter
            visible: state.actionText !== ""
            text: state.actionText
            highlighted: true
            onClicked: state.actionTriggered()
        }
    }
}
