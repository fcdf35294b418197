import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Kernwijzer

// One trend over every period: lines with their 95 % interval as a band. A period whose figure
// is withheld is a gap, marked grey with the reason on hover, never a zero.
Pane {
    id: card

    required property HrDashboard dashboard
    property string viewId: ""
    property bool showViews: true
    readonly property alias trend: trend

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    HrTrendChart {
        id: trend
        dashboard: card.dashboard
        viewId: card.viewId
        onChanged: fill(chart, xAxis, yAxis)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            Label {
                Layout.fillWidth: true
                text: trend.title
                font.pixelSize: 17
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Repeater {
                model: card.showViews ? trend.views : []
                delegate: Button {
                    required property var modelData
                    objectName: "view-" + modelData.id
                    text: modelData.title
                    // The chosen one in the accent colour and bold: a raised, highlighted button
                    // loses its fill in the software renderer and shows white on white.
                    flat: true
                    checked: trend.viewId === modelData.id
                    font.weight: checked ? Font.DemiBold : Font.Normal
                    Material.foreground: checked ? Theme.accent : Theme.text
                    onClicked: card.viewId = modelData.id
                }
            }
        }

        ChartView {
            id: chart
            objectName: "trendChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 180
            antialiasing: true
            backgroundColor: "transparent"
            legend.visible: false
            margins { left: 0; right: 0; top: 0; bottom: 0 }

            CategoryAxis {
                id: xAxis
                labelsFont.pixelSize: 11
                gridVisible: false
            }
            ValueAxis {
                id: yAxis
                labelFormat: "%.0f"
                labelsFont.pixelSize: 11
                titleText: trend.unit
                titleFont.pixelSize: 11
            }

            // Each period with a withheld line: a grey column, the reason on hover.
            Repeater {
                model: trend.gaps
                delegate: Rectangle {
                    id: gap
                    required property var modelData
                    readonly property real span: xAxis.max - xAxis.min
                    objectName: "gap-" + modelData.x
                    x: chart.plotArea.x + (modelData.x - xAxis.min) / span * chart.plotArea.width - width / 2
                    y: chart.plotArea.y
                    width: Math.max(24, chart.plotArea.width / Math.max(1, trend.periodCount) * 0.5)
                    height: chart.plotArea.height
                    color: "#66BDBDBD"
                    border.color: "#9E9E9E"
                    radius: 4
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: parent.bottom
                        anchors.bottomMargin: 4
                        width: parent.width - 4
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("not released")
                        font.pixelSize: 10
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    HoverHandler { id: gapHover }
                    ToolTip.visible: gapHover.hovered
                    ToolTip.text: gap.modelData.period + "\n" + qsTr("Not released:") + "\n" + gap.modelData.reason
                    Accessible.role: Accessible.StaticText
                    Accessible.name: gap.modelData.period + ": " + qsTr("not released") + ". " + gap.modelData.reason
                }
            }

            // Pointing at a period shows every line's figure there (or why it has none).
            MouseArea {
                id: hover
                x: chart.plotArea.x
                y: chart.plotArea.y
                width: chart.plotArea.width
                height: chart.plotArea.height
                hoverEnabled: true
                acceptedButtons: Qt.NoButton
                readonly property int periodIndex: containsMouse
                    ? Math.round(xAxis.min + mouseX / width * (xAxis.max - xAxis.min)) : -1
                ToolTip.visible: containsMouse && periodIndex >= 0 && trend.describe(periodIndex) !== ""
                ToolTip.text: trend.describe(periodIndex)
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.margin
            Repeater {
                model: trend.legend
                delegate: Row {
                    id: entry
                    required property var modelData
                    spacing: 4
                    Rectangle {
                        width: 14
                        height: 4
                        radius: 1
                        color: entry.modelData.color
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Label {
                        text: entry.modelData.name
                        font.pixelSize: 12
                        color: Theme.mutedText
                    }
                }
            }
            Label {
                text: qsTr("band = 95 % interval")
                font.pixelSize: 12
                color: Theme.mutedText
            }
        }
    }

    Component.onCompleted: trend.fill(chart, xAxis, yAxis)
}
