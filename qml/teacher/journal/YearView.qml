pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Kernwijzer

// The year in pixels: a row per month, a cell per day, coloured by the kernwaarde reflected on most.
Row {
    id: view

    required property YearCellsModel cells
    readonly property real gap: width < 500 ? 1 : 2
    readonly property int labelWidth: 30
    readonly property real cellSize: Math.max(5, Math.min(20, (width - labelWidth - 31 * gap) / 31))
    // Rows never get lower than a readable month label, even when a phone makes cells narrow.
    readonly property real rowHeight: Math.max(cellSize, 12)

    spacing: view.gap

    Column {
        spacing: view.gap
        Repeater {
            model: view.cells.monthLabels
            delegate: Label {
                required property string modelData
                width: view.labelWidth
                height: view.rowHeight
                text: modelData
                font.pixelSize: 10
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
                height: view.rowHeight
                radius: 2
                color: !real ? "transparent" : (cellColor !== "" ? cellColor : Theme.emptyCell)
                opacity: future ? 0.45 : 1
                Accessible.name: label
                Accessible.ignored: !real
            }
        }
    }
}
