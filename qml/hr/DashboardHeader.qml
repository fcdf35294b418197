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

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
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
            visible: !header.dashboard.empty
        }
        ComboBox {
            id: periodBox
            objectName: "periodSelector"
            visible: !header.dashboard.empty
            Layout.preferredWidth: 220
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
