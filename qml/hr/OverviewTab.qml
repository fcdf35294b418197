pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Overzicht: participation, WHO-5 with its interval and cut-off shares, the pulse questions,
// each with its change since the previous period, and the WHO-5 trend underneath.
Flickable {
    id: tab

    required property HrDashboard dashboard
    readonly property bool wide: width >= 1100

    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}

    HrOverviewModel {
        id: overview
        dashboard: tab.dashboard
    }

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: tab.width - 2 * Theme.margin
        spacing: Theme.margin

        GridLayout {
            Layout.fillWidth: true
            columns: tab.wide ? 4 : 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            FigureCard {
                objectName: "participationCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Participation")
                value: overview.participation < 0 ? String(overview.contributions)
                                                  : Math.round(overview.participation * 100) + " %"
                interval: ""
                count: ""
                released: true
                reason: ""
                change: overview.participationText
                worsened: overview.participationLow
                warn: overview.participationLow
                fraction: overview.participation < 0 ? -1 : Math.min(1, overview.participation)
            }
            Repeater {
                model: overview
                delegate: FigureCard {
                    required property string metricId
                    required change
                    required direction
                    required improved
                    required worsened
                    required fraction
                    objectName: "overview-" + metricId
                    visible: !metricId.startsWith("item.")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            text: qsTr("Weekly pulse (1–5, higher is better)")
            font.pixelSize: 17
            font.weight: Font.DemiBold
        }
        GridLayout {
            Layout.fillWidth: true
            columns: tab.wide ? 4 : 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin
            Repeater {
                model: overview
                delegate: FigureCard {
                    required property string metricId
                    required change
                    required direction
                    required improved
                    required worsened
                    required fraction
                    objectName: "overview-" + metricId
                    visible: metricId.startsWith("item.")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                }
            }
        }

        TrendChartCard {
            Layout.fillWidth: true
            Layout.preferredHeight: tab.wide ? 300 : 280
            dashboard: tab.dashboard
            viewId: "who5"
            showViews: false
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("A change is called a change only when the 95 % intervals say so: a difference within the margin can be chance.")
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
        PrivacyLegend {
            Layout.fillWidth: true
            dashboard: tab.dashboard
        }
    }
}
