import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The school as the profile describes it, and the thresholds that protect its teachers.
Pane {
    id: box

    required property ProfileCoSigning coSigning
    readonly property var school: coSigning.school

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    function staffText(items) {
        return items ? items.map(i => qsTr("%1 (%2)").arg(i.name).arg(i.staffCount)).join(", ") : ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            objectName: "schoolName"
            Layout.fillWidth: true
            text: box.school.name || ""
            font.pixelSize: 20
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Profile version %1 from %2, valid until %3").arg(box.school.version)
                .arg(box.coSigning.fileName).arg(box.school.validUntil || qsTr("(no end date)"))
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: 6
            Label { text: qsTr("Smallest group, wellbeing"); color: Theme.mutedText }
            Label {
                objectName: "kWellbeing"
                Layout.fillWidth: true
                text: qsTr("%1 colleagues").arg(box.school.minGroupWellbeing)
                font.weight: Font.DemiBold
            }
            Label { text: qsTr("Smallest group, counts"); color: Theme.mutedText }
            Label {
                objectName: "kCounts"
                Layout.fillWidth: true
                text: qsTr("%1 colleagues").arg(box.school.minGroupCounts)
                font.weight: Font.DemiBold
            }
            Label { text: qsTr("Periods"); color: Theme.mutedText }
            Label {
                Layout.fillWidth: true
                text: qsTr("%n month(s), from 1 August", "", box.school.periodMonths || 0)
            }
            Label { text: qsTr("Kernwaarden"); color: Theme.mutedText }
            Label {
                Layout.fillWidth: true
                text: box.school.kernwaarden ? box.school.kernwaarden.join(", ") : ""
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Teams (staff)"); color: Theme.mutedText }
            Label {
                Layout.fillWidth: true
                text: box.staffText(box.school.teams)
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Roles (staff)"); color: Theme.mutedText }
            Label {
                Layout.fillWidth: true
                text: box.staffText(box.school.roles)
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Age bands"); color: Theme.mutedText }
            Label {
                Layout.fillWidth: true
                text: box.school.ageBands ? box.school.ageBands.join(", ") : ""
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("HR only ever sees a figure that at least this many colleagues gave; you release only what passes these rules.")
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
    }
}
