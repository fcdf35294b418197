pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Heatmap: teams, roles or age bands × the wellbeing figures of the period shown, coloured from
// worse (orange) to better (blue) on each figure's own scale; withheld cells grey with the
// reason, n in every cell.
Flickable {
    id: tab

    required property HrDashboard dashboard
    readonly property int nameWidth: Math.min(260, Math.max(170, width * 0.18))
    readonly property real cellWidth: (column.width - nameWidth) / Math.max(1, heatmap.columns.length)

    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}

    function toneColor(tone) {
        // Orange (worse) through a pale middle to blue (better): readable for red-green colour blindness.
        const worse = Qt.rgba(0.93, 0.55, 0.25, 1), middle = Qt.rgba(0.96, 0.95, 0.90, 1), better = Qt.rgba(0.25, 0.50, 0.78, 1)
        const mix = (a, b, t) => Qt.rgba(a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, 1)
        return tone < 0.5 ? mix(worse, middle, tone * 2) : mix(middle, better, (tone - 0.5) * 2)
    }

    HrHeatmapModel {
        id: heatmap
        dashboard: tab.dashboard
    }

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: tab.width - 2 * Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Rows:")
                color: Theme.mutedText
            }
            Repeater {
                model: [{ id: "team", name: qsTr("Teams") }, { id: "role", name: qsTr("Roles") },
                        { id: "age_band", name: qsTr("Age bands") }]
                delegate: Button {
                    required property var modelData
                    objectName: "rows-" + modelData.id
                    text: modelData.name
                    // The chosen one in the accent colour and bold: a raised, highlighted button
                    // loses its fill in the software renderer and shows white on white.
                    flat: true
                    checked: heatmap.dimension === modelData.id
                    font.weight: checked ? Font.DemiBold : Font.Normal
                    Material.foreground: checked ? Theme.accent : Theme.text
                    onClicked: heatmap.dimension = modelData.id
                }
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("%n cell(s) not released", "", heatmap.withheldCount)
                color: Theme.mutedText
                visible: heatmap.withheldCount > 0
            }
        }

        // Column titles.
        Row {
            Layout.fillWidth: true
            Item { width: tab.nameWidth; height: 1 }
            Repeater {
                model: heatmap.columns
                delegate: Label {
                    required property string modelData
                    width: tab.cellWidth
                    text: modelData
                    horizontalAlignment: Text.AlignHCenter
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
            }
        }

        Repeater {
            model: heatmap
            delegate: Row {
                id: heatRow
                required property string name
                required property string cellId
                required property bool isSchool
                required property var cells
                objectName: "heatRow-" + (isSchool ? "school" : cellId)
                Layout.fillWidth: true
                Label {
                    width: tab.nameWidth
                    height: 64
                    text: heatRow.name
                    font.weight: heatRow.isSchool ? Font.DemiBold : Font.Normal
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Repeater {
                    model: heatRow.cells
                    delegate: Rectangle {
                        id: cell
                        required property var modelData
                        objectName: "heatCell-" + (heatRow.isSchool ? "school" : heatRow.cellId) + "-" + modelData.metricId
                        readonly property bool released: modelData.released
                        readonly property string reason: modelData.reason
                        width: tab.cellWidth
                        height: 64
                        color: released ? tab.toneColor(modelData.tone) : Theme.emptyCell
                        border.color: Theme.surface
                        border.width: 2
                        radius: 6
                        Column {
                            anchors.centerIn: parent
                            width: parent.width - 8
                            Label {
                                width: parent.width
                                horizontalAlignment: Text.AlignHCenter
                                text: cell.released ? cell.modelData.value : qsTr("not released")
                                font.pixelSize: cell.released ? 17 : 12
                                font.weight: cell.released ? Font.DemiBold : Font.Normal
                                color: cell.released ? Theme.text : Theme.mutedText
                                elide: Text.ElideRight
                            }
                            Label {
                                width: parent.width
                                horizontalAlignment: Text.AlignHCenter
                                visible: cell.released
                                text: cell.modelData.count
                                font.pixelSize: 11
                                color: Theme.text
                                opacity: 0.75
                            }
                        }
                        HoverHandler { id: cellHover }
                        ToolTip.visible: cellHover.hovered
                        ToolTip.text: heatRow.name + " · " + modelData.title + "\n"
                            + (released ? modelData.value + " (" + modelData.interval + "; " + modelData.count + ")"
                                        : qsTr("Not released:") + " " + reason)
                        Accessible.role: Accessible.Cell
                        Accessible.name: heatRow.name + ", " + modelData.title + ": "
                            + (released ? modelData.value + ", " + modelData.count : reason)
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing
            Label { text: qsTr("worse"); color: Theme.mutedText; font.pixelSize: 12 }
            Rectangle {
                implicitWidth: 180
                implicitHeight: 12
                radius: 3
                gradient: Gradient {
                    orientation: Gradient.Horizontal
                    GradientStop { position: 0; color: tab.toneColor(0) }
                    GradientStop { position: 0.5; color: tab.toneColor(0.5) }
                    GradientStop { position: 1; color: tab.toneColor(1) }
                }
            }
            Label { text: qsTr("better, on each figure's own scale (for the shares at or below a cut-off, lower is better)"); color: Theme.mutedText; font.pixelSize: 12; Layout.fillWidth: true; wrapMode: Text.Wrap }
        }
        PrivacyLegend {
            Layout.fillWidth: true
            dashboard: tab.dashboard
        }
    }
}
