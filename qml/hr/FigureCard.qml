import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One released figure as a card: its value large, the interval and n below, the change since
// the previous period; or, when withheld, grey with the reason.
Pane {
    id: card

    required property string title
    required property string value
    required property string interval
    required property string count
    required property bool released
    required property string reason
    property string change: ""
    property string direction: ""
    property bool improved: false
    property bool worsened: false
    property real fraction: -1 // where the value lies on its scale, for the bar; -1: no bar
    property bool warn: false

    padding: Theme.margin
    Material.background: released ? Theme.surface : Theme.emptyCell
    Material.elevation: released ? 1 : 0
    Accessible.name: title + ": " + (released ? value : reason)

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: card.title
            font.pixelSize: 14
            font.weight: Font.DemiBold
            color: Theme.mutedText
            elide: Text.ElideRight
        }
        Label {
            objectName: "figureValue"
            Layout.fillWidth: true
            visible: card.released
            text: card.value
            font.pixelSize: 34
            font.weight: Font.DemiBold
            color: card.warn ? Theme.error : Theme.text
        }
        Rectangle {
            Layout.fillWidth: true
            visible: card.released && card.fraction >= 0
            implicitHeight: 6
            radius: 3
            color: Theme.emptyCell
            Rectangle {
                width: parent.width * Math.max(0, Math.min(1, card.fraction))
                height: parent.height
                radius: 3
                color: card.warn ? Theme.error : Theme.primary
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.released && text !== ""
            text: [card.interval, card.count].filter(t => t !== "").join(" · ")
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "figureChange"
            Layout.fillWidth: true
            visible: card.released && card.change !== ""
            text: (card.direction === "up" ? "▲ " : card.direction === "down" ? "▼ " : "") + card.change
            color: card.improved ? "#2E7D32" : card.worsened ? Theme.error : Theme.mutedText
            font.pixelSize: 12
            font.weight: card.improved || card.worsened ? Font.DemiBold : Font.Normal
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "figureReason"
            Layout.fillWidth: true
            visible: !card.released
            text: qsTr("Not released") + "\n" + card.reason
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
    }
}
