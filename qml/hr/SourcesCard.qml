pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One multi-select list as bars: each option's share of the check-ins that named it, for the
// school and, beside it, for one team where that is released.
Pane {
    id: card

    required property HrDashboard dashboard
    required property string listId
    required property string teamId

    readonly property real labelWidth: 220 // fixed: a width that follows the card left some rows stale on Qt 6.4

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    HrSourcesModel {
        id: sources
        dashboard: card.dashboard
        listId: card.listId
        teamId: card.teamId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: sources.question
            font.pixelSize: 17
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("School: %1").arg(sources.basis)
                  + (card.teamId !== "" ? "\n" + qsTr("%1: %2").arg(sources.teamName).arg(sources.teamBasis) : "")
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
        Repeater {
            model: sources
            delegate: RowLayout {
                id: option
                required property string optionId
                required property string name
                required property real schoolShare
                required property string schoolText
                required property string schoolReason
                required property real teamShare
                required property string teamText
                required property string teamReason
                objectName: "source-" + optionId
                Layout.fillWidth: true
                spacing: Theme.spacing
                // One column for the words, the same in every row; the bars take what is left.
                // (A wrapping Label's own implicit width would make the layout size each row
                // apart.)
                Item {
                    Layout.preferredWidth: card.labelWidth
                    implicitHeight: optionName.implicitHeight
                    Label {
                        id: optionName
                        width: parent.width
                        text: option.name
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Repeater {
                        model: card.teamId !== "" ? ["school", "team"] : ["school"]
                        delegate: Item {
                            id: bar
                            required property string modelData
                            readonly property bool isTeam: modelData === "team"
                            readonly property real share: isTeam ? option.teamShare : option.schoolShare
                            Layout.fillWidth: true
                            implicitHeight: 20
                            Rectangle {
                                visible: bar.share >= 0
                                width: Math.max(2, (bar.width - 56) * bar.share / Math.max(0.01, sources.largestShare))
                                height: parent.height
                                radius: 3
                                color: bar.isTeam ? Theme.accent : Theme.primary
                            }
                            Label {
                                visible: bar.share >= 0
                                x: Math.max(2, (bar.width - 56) * bar.share / Math.max(0.01, sources.largestShare)) + 6
                                anchors.verticalCenter: parent.verticalCenter
                                text: bar.isTeam ? option.teamText : option.schoolText
                                font.pixelSize: 12
                            }
                            Rectangle {
                                visible: bar.share < 0
                                width: notReleased.implicitWidth + 12
                                height: parent.height
                                radius: 3
                                color: Theme.emptyCell
                                Label {
                                    id: notReleased
                                    anchors.centerIn: parent
                                    text: qsTr("not released")
                                    font.pixelSize: 11
                                    color: Theme.mutedText
                                }
                                HoverHandler { id: reasonHover }
                                ToolTip.visible: reasonHover.hovered
                                ToolTip.text: bar.isTeam ? option.teamReason : option.schoolReason
                            }
                        }
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
