pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The school's kernwaarden: what each means, how often you reflected on it, and your year in pixels.
Page {
    id: page

    property bool compact: false

    background: Rectangle { color: Theme.background }

    KernwaardeSummaryModel {
        id: summary
        journal: Journal
    }
    YearCellsModel {
        id: cells
        journal: Journal
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 1100)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: qsTr("Kernwaarden of %1").arg(Profile.schoolName)
                font.pixelSize: page.compact ? 19 : 22
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                Material.background: Theme.surface
                Material.elevation: 1

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: cells.valueId === "" ? qsTr("Your year in kernwaarden")
                                                       : qsTr("Your year: %1").arg(Profile.valueName(cells.valueId))
                            font.pixelSize: 17
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        ToolButton {
                            text: "\u2039"
                            font.pixelSize: 22
                            Accessible.name: qsTr("Previous year")
                            onClicked: cells.year = cells.year - 1
                        }
                        Label {
                            text: cells.year
                            font.weight: Font.DemiBold
                        }
                        ToolButton {
                            text: "\u203A"
                            font.pixelSize: 22
                            enabled: cells.year < parseInt(Journal.today.slice(0, 4))
                            Accessible.name: qsTr("Next year")
                            onClicked: cells.year = cells.year + 1
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%n day(s) with a reflection", "", cells.daysWithReflection)
                              + (cells.valueId !== "" ? " · " + qsTr("tap the kernwaarde again to see all") : "")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    YearView {
                        Layout.fillWidth: true
                        cells: cells
                    }
                    ValueLegend {
                        Layout.fillWidth: true
                    }
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.compact ? 1 : (page.width > 1200 ? 3 : 2)
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing
                Repeater {
                    model: summary
                    delegate: KernwaardeCard {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        selected: cells.valueId === valueId
                        onClicked: cells.valueId = selected ? "" : valueId
                    }
                }
            }

        }
    }
}
