pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Kernwaarden: reflections per colleague on each kernwaarde, over the periods and in the period
// shown, the most reflected-on first: which values are lived.
Item {
    id: tab

    required property HrDashboard dashboard
    readonly property bool wide: width >= 1100

    HrKernwaardenModel {
        id: values
        dashboard: tab.dashboard
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: tab.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.margin

        TrendChartCard {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            Layout.minimumHeight: 280
            dashboard: tab.dashboard
            viewId: "kernwaarden"
            showViews: false
        }

        Pane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            padding: Theme.margin
            Material.background: Theme.surface
            Material.elevation: 1

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("In %1").arg(tab.dashboard.periodLabel)
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Reflections per colleague that touched each kernwaarde.")
                    color: Theme.mutedText
                    font.pixelSize: 12
                    wrapMode: Text.Wrap
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.margin
                    model: values
                    delegate: ColumnLayout {
                        id: value
                        required property string kernwaardeId
                        required property string name
                        required property string description
                        required property string color
                        required property real mean
                        required property string value
                        required property string interval
                        required property string count
                        required property string reason
                        required property string change
                        required property string direction
                        objectName: "kernwaarde-" + kernwaardeId
                        width: ListView.view.width
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: value.name
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                ToolTip.visible: nameHover.hovered && value.description !== ""
                                ToolTip.text: value.description
                                HoverHandler { id: nameHover }
                            }
                            Label {
                                text: value.mean >= 0 ? value.value : qsTr("not released")
                                font.weight: Font.DemiBold
                                color: value.mean >= 0 ? Theme.text : Theme.mutedText
                            }
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            implicitHeight: 8
                            radius: 4
                            color: Theme.emptyCell
                            Rectangle {
                                visible: value.mean >= 0
                                width: parent.width * Math.max(0, value.mean) / Math.max(0.01, values.largest)
                                height: parent.height
                                radius: 4
                                color: value.color !== "" ? value.color : Theme.primary
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: value.mean >= 0
                                ? [value.interval, value.count].filter(t => t !== "").join(" · ")
                                  + (value.change !== "" ? "\n" + (value.direction === "up" ? "▲ " : value.direction === "down" ? "▼ " : "") + value.change : "")
                                : value.reason
                            color: Theme.mutedText
                            font.pixelSize: 11
                            wrapMode: Text.Wrap
                        }
                    }
                }
                PrivacyLegend {
                    Layout.fillWidth: true
                    dashboard: tab.dashboard
                }
            }
        }
    }
}
