import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Trends: each instrument over every period, one view at a time, as large as the page allows.
Item {
    id: tab

    required property HrDashboard dashboard

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        TrendChartCard {
            objectName: "trendsCard"
            Layout.fillWidth: true
            Layout.fillHeight: true
            dashboard: tab.dashboard
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Point at a period for its figures. A grey column is a period whose figure was not released: the line breaks there; it is not a zero.")
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
