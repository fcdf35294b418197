import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The dashboard's title line: the school, the period chosen, and room for actions (export).
Item {
    id: header

    required property HrDashboard dashboard
    // Buttons placed here sit at the right, beside the period.
    property alias actions: actionRow.data

    implicitHeight: row.implicitHeight + 2 * Theme.spacing

    // One line on a desk; on a narrow screen the period and actions go under the title.
    readonly property bool narrow: width < 640

    GridLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        columns: header.narrow ? 2 : 4
        columnSpacing: Theme.margin
        rowSpacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.columnSpan: header.narrow ? 2 : 1
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: qsTr("Dashboard")
                font.pixelSize: 22
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: header.dashboard.schoolName
                color: Theme.mutedText
                elide: Text.ElideRight
            }
        }
        Label {
            text: qsTr("Period")
            color: Theme.mutedText
            visible: !header.dashboard.empty && !header.narrow
        }
        ComboBox {
            id: periodBox
            objectName: "periodSelector"
            visible: !header.dashboard.empty
            Layout.preferredWidth: 220
            Layout.fillWidth: header.narrow
            model: header.dashboard.periods
            textRole: "label"
            valueRole: "id"
            currentIndex: header.dashboard.periodIndex
            onActivated: index => header.dashboard.periodIndex = index
            Accessible.name: qsTr("Period")
        }
        Row {
            id: actionRow
            spacing: Theme.spacing
        }
    }
}
