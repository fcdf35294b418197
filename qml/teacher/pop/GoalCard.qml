import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One POP goal in a list: title, status, why (kernwaarden, theme), target date and progress.
ItemDelegate {
    id: card

    required property int goalId
    required property string title
    required property string status
    required property string statusName
    required property var valueIds
    required property string themeName
    required property string targetLabel
    required property int actionsDone
    required property int actionsTotal
    required property int evidenceCount
    property bool selected: false

    padding: Theme.margin
    Accessible.name: title + ", " + statusName
    opacity: status === "losgelaten" ? 0.7 : 1

    background: Rectangle {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        radius: Theme.radius
        color: card.selected ? Theme.selectedTint : Theme.surface
        border.color: card.selected ? Theme.primary : Theme.divider
        border.width: 1
    }

    contentItem: ColumnLayout {
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: 16
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            GoalStatusBadge {
                Layout.alignment: Qt.AlignTop
                status: card.status
                name: card.statusName
            }
        }
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: 6
            Repeater {
                model: card.valueIds
                delegate: ValueChip {
                    required property string modelData
                    small: true
                    name: Profile.valueName(modelData)
                    tint: Profile.valueColor(modelData)
                    checkable: false
                    enabled: false
                }
            }
            Label {
                visible: card.themeName !== ""
                height: 28
                verticalAlignment: Text.AlignVCenter
                text: qsTr("theme: %1").arg(card.themeName)
                color: Theme.mutedText
                font.pixelSize: 12
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            visible: card.actionsTotal > 0
            from: 0
            to: Math.max(1, card.actionsTotal)
            value: card.actionsDone
            Accessible.name: qsTr("%1 of %2 actions done").arg(card.actionsDone).arg(card.actionsTotal)
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: [card.actionsTotal > 0 ? qsTr("%1 of %2 actions done").arg(card.actionsDone).arg(card.actionsTotal)
                                         : qsTr("No actions yet"),
                   qsTr("%n reflection(s) as evidence", "", card.evidenceCount),
                   card.targetLabel !== "" ? qsTr("target %1").arg(card.targetLabel) : ""]
                  .filter(s => s !== "").join(" · ")
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.Wrap
        }
    }
}
