import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// HR's dashboard of the school's released figures: Overzicht, Trends, Heatmap, Werkdruk en
// werkplezier, Kernwaarden. Only released figures show; a withheld one shows why.
Page {
    id: page

    readonly property var tabNames: ["overview", "trends", "heatmap", "werkdruk", "kernwaarden"]
    // For the page tour and the tests: show a tab by its name.
    function showTab(name) {
        const index = tabNames.indexOf(name)
        if (index >= 0)
            tabs.currentIndex = index
    }
    readonly property alias dashboard: dashboard
    /** The export of the period shown, as CSV or an A4 report (ExportDialog.qml). */
    function openExport() {
        exportDialog.openFor("pdf", dashboard.periods.length > 0 ? dashboard.periods[dashboard.periodIndex].id : "")
        return exportDialog
    }

    background: Rectangle { color: Theme.background }

    HrDashboard {
        id: dashboard
        desk: Hr
    }

    header: Pane {
        padding: 0
        Material.background: Theme.surface
        Material.elevation: 1
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 0
            DashboardHeader {
                id: header
                Layout.fillWidth: true
                dashboard: dashboard
                actions: [
                    Button {
                        objectName: "exportButton"
                        enabled: !dashboard.empty
                        text: qsTr("Export…")
                        onClicked: page.openExport()
                    }
                ]
            }
            TabBar {
                id: tabs
                Layout.fillWidth: true
                visible: !dashboard.empty
                TabButton { text: qsTr("Overview"); objectName: "tab-overview" }
                TabButton { text: qsTr("Trends"); objectName: "tab-trends" }
                TabButton { text: qsTr("Heatmap"); objectName: "tab-heatmap" }
                TabButton { text: qsTr("Werkdruk and werkplezier"); objectName: "tab-werkdruk" }
                TabButton { text: qsTr("Kernwaarden"); objectName: "tab-kernwaarden" }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        visible: dashboard.empty
        title: dashboard.error !== "" ? qsTr("The dashboard cannot be shown")
                                      : qsTr("No released figures yet")
        message: dashboard.error !== "" ? dashboard.error
            : qsTr("Import the custodian's release (.kwvrijgave) under Releases; its figures show here.")
    }

    ExportDialog {
        id: exportDialog
    }

    StackLayout {
        anchors.fill: parent
        visible: !dashboard.empty
        currentIndex: tabs.currentIndex
        OverviewTab { dashboard: dashboard }
        TrendsTab { dashboard: dashboard }
        HeatmapTab { dashboard: dashboard }
        SourcesTab { dashboard: dashboard }
        KernwaardenTab { dashboard: dashboard }
    }
}
