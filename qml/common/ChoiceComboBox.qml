import QtQuick
import QtQuick.Controls

// A ComboBox over [{id, name}] that shows the stored id and reports the one chosen. Its index
// follows `value` whenever the value or the list changes: a bare currentIndex binding on
// indexOfValue() would run before the list is there and show the first entry instead.
ComboBox {
    id: box

    property string value
    signal chosen(string choice)

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
}
