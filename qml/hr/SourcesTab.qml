pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Werkdruk en werkplezier: where werkdruk comes from and what brings joy, as shares of the
// check-ins; the school, and one team beside it where its figures are released.
Flickable {
    id: tab

    required property HrDashboard dashboard
    property string teamId: ""

    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}

    HrSourcesModel {
        id: teams // the profile's teams, for the comparison
        dashboard: tab.dashboard
    }

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: tab.width - 2 * Theme.margin
        spacing: Theme.margin

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Compare with team")
                color: Theme.mutedText
            }
            ComboBox {
                objectName: "teamSelector"
                Layout.preferredWidth: 260
                model: [{ id: "", name: qsTr("(school only)") }].concat(teams.teams)
                textRole: "name"
                valueRole: "id"
                onActivated: tab.teamId = currentValue
            }
            Row {
                spacing: Theme.margin
                Layout.leftMargin: Theme.margin
                Row {
                    spacing: 4
                    Rectangle { width: 14; height: 10; radius: 2; color: Theme.primary; anchors.verticalCenter: parent.verticalCenter }
                    Label { text: qsTr("School"); font.pixelSize: 12; color: Theme.mutedText }
                }
                Row {
                    visible: tab.teamId !== ""
                    spacing: 4
                    Rectangle { width: 14; height: 10; radius: 2; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter }
                    Label { text: qsTr("Team"); font.pixelSize: 12; color: Theme.mutedText }
                }
            }
            Item { Layout.fillWidth: true }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: tab.width >= 1000 ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin
            Repeater {
                model: tab.dashboard.choiceLists
                delegate: SourcesCard {
                    required property var modelData
                    objectName: "sources-" + modelData.id
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    dashboard: tab.dashboard
                    listId: modelData.id
                    teamId: tab.teamId
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A share is of the check-ins that asked the question: how often colleagues named it. Several answers per check-in are possible, so the shares do not add up to 100 %.")
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
