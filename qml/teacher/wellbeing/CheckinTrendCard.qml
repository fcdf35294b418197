pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Kernwijzer

// One instrument over the past weeks as a line chart: WHO-5 with its 50 and 28 lines, the pulse
// with a line per question, energie next to werkdruk at first. For your eyes only.
Pane {
    id: card

    required property string instrumentId
    property bool compact: false
    readonly property int shownWeeks: compact ? 12 : 26

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    CheckinTrend {
        id: trend
        journal: Journal
        instrumentId: card.instrumentId
        weeks: card.shownWeeks
        onChanged: fill(chart, xAxis, yAxis)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: trend.title
            font.pixelSize: 17
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: trend.error !== "" ? trend.error
                : trend.periods === 0 ? qsTr("No check-ins in the last %1 weeks yet.").arg(card.shownWeeks)
                : qsTr("The last %1 weeks.").arg(card.shownWeeks)
            color: trend.error !== "" ? Theme.error : Theme.mutedText
            wrapMode: Text.Wrap
        }
        ChartView {
            id: chart
            Layout.fillWidth: true
            Layout.preferredHeight: card.compact ? 300 : 340
            antialiasing: true
            backgroundColor: "transparent"
            legend.visible: false
            margins { left: 0; right: 0; top: 0; bottom: 0 }

            DateTimeAxis {
                id: xAxis
                labelsFont.pixelSize: 11
            }
            ValueAxis {
                id: yAxis
                labelFormat: "%d"
                labelsFont.pixelSize: 11
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.margin
            Repeater {
                model: trend.legend
                // An item line (the pulse's questions) is switched on and off by tapping its entry.
                delegate: AbstractButton {
                    id: entry
                    required property var modelData
                    readonly property bool toggleable: modelData.id !== ""
                    objectName: "legend-" + modelData.id
                    enabled: toggleable
                    checkable: toggleable
                    checked: modelData.shown
                    implicitHeight: toggleable ? 32 : 20
                    implicitWidth: contentItem.implicitWidth
                    opacity: modelData.shown ? 1 : 0.45
                    Accessible.name: modelData.name
                    Accessible.role: toggleable ? Accessible.CheckBox : Accessible.StaticText
                    onClicked: trend.toggleItem(modelData.id)
                    contentItem: Row {
                        spacing: 4
                        Rectangle {
                            width: 14
                            height: entry.modelData.dashed ? 2 : 4
                            radius: 1
                            color: entry.modelData.color
                            anchors.verticalCenter: parent.verticalCenter
                        }
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: entry.modelData.name
                            font.pixelSize: 12
                            font.strikeout: !entry.modelData.shown
                            color: Theme.mutedText
                        }
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: trend.legend.some(entry => entry.id !== "")
            text: qsTr("Tap a question to show or hide its line.")
            color: Theme.mutedText
            font.pixelSize: 11
            wrapMode: Text.Wrap
        }
    }

    Component.onCompleted: trend.fill(chart, xAxis, yAxis)
}
