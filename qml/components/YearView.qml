import QtQuick
import QtQuick.Controls
import Kernwijzer

// The year in pixels: a row per month, a cell per day, coloured by the kernwaarde reflected on most.
Row {
    id: view

    required property YearCellsModel cells
    readonly property real gap: 2
    readonly property int labelWidth: 34
    readonly property real cellSize: Math.max(5, Math.min(20, (width - labelWidth - 31 * gap) / 31))

    spacing: view.gap

    Column {
        spacing: view.gap
        Repeater {
            model: view.cells.monthLabels
            delegate: Label {
                required property string modelData
                width: view.labelWidth
                height: view.cellSize
                text: modelData
                font.pixelSize: Math.min(11, view.cellSize + 1)
                verticalAlignment: Text.AlignVCenter
                color: Theme.mutedText
            }
        }
    }
    Grid {
        columns: 31
        spacing: view.gap
        Repeater {
            model: view.cells
            delegate: Rectangle {
                required property bool real
                required property bool future
                required property string cellColor
                required property string label
                width: view.cellSize
                height: view.cellSize
                radius: 2
                color: !real ? "transparent" : (cellColor !== "" ? cellColor : Theme.emptyCell)
                opacity: future ? 0.45 : 1
                Accessible.name: label
                Accessible.ignored: !real
            }
        }
    }
}
