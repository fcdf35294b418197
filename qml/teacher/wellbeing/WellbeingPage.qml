pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Kernwijzer

// Your wellbeing, for you only: this period's check-ins, and your trends over time.
Page {
    id: page

    property bool compact: false

    // For the page tour: scroll to the trends.
    function showTrends() {
        flick.contentY = Math.max(0, Math.min(trendsHeading.y, flick.contentHeight - flick.height))
    }
    readonly property int shownMonths: compact ? 6 : 12

    background: Rectangle { color: Theme.background }

    ValueTrend {
        id: trend
        journal: Journal
        months: page.shownMonths
        onRefreshed: fill(bars, monthAxis)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 1100)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: qsTr("Check-ins")
                font.pixelSize: page.compact ? 19 : 22
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.compact ? 1 : 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing
                Repeater {
                    model: Profile.instrumentIds
                    delegate: CheckinCard {
                        required property string modelData
                        Layout.fillWidth: true
                        instrumentId: modelData
                        onOpenRequested: id => Navigator.open("checkin", { instrumentId: id })
                    }
                }
            }

            Label {
                id: trendsHeading
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Your trends")
                font.pixelSize: page.compact ? 19 : 22
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Only you see these figures; they are made on this device from what you wrote.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.compact ? 1 : 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.margin
                Repeater {
                    model: Profile.instrumentIds
                    delegate: CheckinTrendCard {
                        required property string modelData
                        Layout.fillWidth: true
                        instrumentId: modelData
                        compact: page.compact
                    }
                }
            }

            Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                Material.background: Theme.surface
                Material.elevation: 1

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Reflections per kernwaarde per month")
                        font.pixelSize: 17
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: trend.error !== "" ? trend.error
                            : trend.total === 0 ? qsTr("No reflections in these months yet. Your first one appears here.")
                            : qsTr("%n kernwaarde tick(s) in the last %1 months", "", trend.total).arg(page.shownMonths)
                        color: trend.error !== "" ? Theme.error : Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    ChartView {
                        id: chart
                        Layout.fillWidth: true
                        Layout.preferredHeight: page.compact ? 340 : 400
                        antialiasing: true
                        backgroundColor: "transparent"
                        legend.visible: false
                        margins { left: 0; right: 0; top: 0; bottom: 0 }
                        Accessible.name: qsTr("Bar chart of your reflections per kernwaarde per month")

                        StackedBarSeries {
                            id: bars
                            barWidth: 0.7
                            axisX: BarCategoryAxis {
                                id: monthAxis
                                labelsFont.pixelSize: 12
                            }
                            axisY: ValueAxis {
                                min: 0
                                max: Math.max(4, Math.ceil(trend.maximum / 4) * 4)
                                tickCount: 5
                                labelFormat: "%d"
                                labelsFont.pixelSize: 12
                            }
                        }
                    }
                    ValueLegend {
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    Component.onCompleted: trend.fill(bars, monthAxis)
}
