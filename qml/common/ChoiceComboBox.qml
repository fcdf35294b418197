pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// A ComboBox over [{id, name, detail}] that shows the stored id and reports the one chosen. Its
// index follows `value` whenever the value or the list changes: a bare currentIndex binding on
// indexOfValue() would run before the list is there and show the first entry instead.
// An entry's detail ("13 staff"), when it has one, stays in sight on the right, muted, in the
// box and in its list; a long name is elided before it.
ComboBox {
    id: box

    property string value
    signal chosen(string choice)
    /** The detail of the entry shown, or "". */
    readonly property string currentDetail: currentIndex >= 0 && model && model[currentIndex]
        ? (model[currentIndex].detail ?? "") : ""

    function sync() {
        currentIndex = Math.max(0, indexOfValue(value))
    }

    textRole: "name"
    valueRole: "id"
    onValueChanged: sync()
    onCountChanged: sync()
    onModelChanged: Qt.callLater(sync)
    Component.onCompleted: sync()
    onActivated: chosen(currentValue)

    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            leftPadding: box.mirrored ? 0 : 12
            text: box.displayText
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        Label {
            objectName: "choiceDetail"
            visible: text !== ""
            text: box.currentDetail
            color: Theme.mutedText
            font.pixelSize: 13
            verticalAlignment: Text.AlignVCenter
        }
    }

    delegate: MenuItem {
        id: item
        required property var modelData
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        highlighted: box.highlightedIndex === index
        hoverEnabled: box.hoverEnabled
        Material.foreground: box.currentIndex === index ? box.Material.accent : box.Material.foreground
        text: modelData.name
        contentItem: RowLayout {
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: item.modelData.name
                color: item.Material.foreground
                wrapMode: Text.Wrap // the list has the room the closed box has not
            }
            Label {
                visible: text !== ""
                text: item.modelData.detail ?? ""
                color: Theme.mutedText
                font.pixelSize: 13
            }
        }
    }
}
