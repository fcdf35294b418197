import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The privacy rule in one line, next to every figure that may be withheld.
RowLayout {
    id: legend

    required property HrDashboard dashboard

    spacing: Theme.spacing

    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 2
        implicitWidth: 14
        implicitHeight: 14
        radius: 3
        color: Theme.emptyCell
        border.color: Theme.divider
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Grey = not released: fewer colleagues than the minimum group size (%1 for wellbeing, %2 for kernwaarden and sources), or withheld to protect a smaller group. Point at a grey cell for the reason. Only group figures are ever shown, never a colleague's own.")
              .arg(legend.dashboard.groupSizes.wellbeing ?? "")
              .arg(legend.dashboard.groupSizes.counts ?? "")
        color: Theme.mutedText
        font.pixelSize: 12
        wrapMode: Text.Wrap
    }
}
