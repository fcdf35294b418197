import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The bestuur's view: several schools' aggregates side by side, per period and metric, with the
// bestuur's figure merged under the same rules. Aggregates (.kwaggregaat) are dropped here or
// chosen; a school's first one pins its HR key, so its verification code is shown to compare.
Page {
    id: page

    readonly property int columnWidth: Math.max(120, Math.min(200,
        (flick.width - 2 * Theme.margin - groupWidth) / Math.max(1, board.columns.length)))
    readonly property int groupWidth: Math.min(220, flick.width * 0.22)

    background: Rectangle { color: Theme.background }

    BestuurBoard {
        id: board
        desk: Hr
    }

    Connections {
        target: Hr
        function onChanged() { board.reload() }
    }

    DropArea {
        id: drop
        anchors.fill: parent
        onDropped: (event) => {
            if (event.hasUrls)
                board.importFiles(event.urls)
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        visible: board.periods.length > 0 || board.outcomes.length > 0 || board.error !== ""

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Bestuur")
                        font.pixelSize: 22
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("The schools' released figures side by side, and the bestuur's figure merged under the same rules: a school that withheld a figure is left out of the sum, and a sum is shown only with at least k colleagues.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
                Button {
                    objectName: "importAggregates"
                    text: qsTr("Import aggregates…")
                    highlighted: true
                    onClicked: fileDialog.open()
                }
            }

            // What the last import did; a new school's verification code to compare.
            Pane {
                objectName: "importOutcomes"
                visible: board.outcomes.length > 0
                Layout.fillWidth: true
                padding: Theme.margin
                Material.elevation: 1
                Material.background: Theme.surface
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacing
                    Repeater {
                        model: board.outcomes
                        delegate: ColumnLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: (modelData.file ? modelData.file + ": " : "") + modelData.text
                                color: modelData.ok ? Theme.text : Theme.error
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            }
                            Label {
                                objectName: "newSchoolCode"
                                Layout.fillWidth: true
                                visible: modelData.newSchool === true
                                text: visible ? qsTr("New school: %1. Its HR key (%2) is trusted from now on. Compare verification code %3 with the code the school published before you rely on its figures.")
                                                .arg(modelData.schoolName).arg(modelData.hrKey).arg(modelData.verificationCode) : ""
                                color: Theme.accent
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: board.error !== ""
                text: board.error
                color: Theme.error
                wrapMode: Text.Wrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.margin
                visible: board.periods.length > 0
                RowLayout {
                    Label { text: qsTr("Period") }
                    ComboBox {
                        objectName: "bestuurPeriod"
                        implicitWidth: 200
                        model: board.periods
                        textRole: "label"
                        valueRole: "id"
                        currentIndex: board.periods.findIndex(p => p.id === board.period)
                        onActivated: board.period = currentValue
                    }
                }
                RowLayout {
                    Label { text: qsTr("Figure") }
                    ComboBox {
                        objectName: "bestuurMetric"
                        implicitWidth: 300
                        model: board.metrics
                        textRole: "label"
                        valueRole: "id"
                        currentIndex: board.metrics.findIndex(m => m.id === board.metric)
                        onActivated: board.metric = currentValue
                    }
                }
            }

            // The whole school per column, as bars on the figure's own scale.
            Pane {
                objectName: "bestuurChart"
                visible: board.chart.length > 0
                Layout.fillWidth: true
                padding: Theme.margin
                Material.elevation: 1
                Material.background: Theme.surface
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Whole school")
                        font.weight: Font.DemiBold
                    }
                    Repeater {
                        model: board.chart
                        delegate: RowLayout {
                            id: bar
                            required property var modelData
                            required property int index
                            readonly property bool merged: index === board.chart.length - 1
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            // The school's name in a column of fixed width: a width that followed the
                            // page kept these rows at their first (zero) width on Qt 6.4.
                            Item {
                                Layout.preferredWidth: 220
                                Layout.minimumWidth: 220
                                implicitHeight: barName.implicitHeight
                                Label {
                                    id: barName
                                    width: parent.width
                                    text: bar.modelData.name
                                    font.weight: bar.merged ? Font.DemiBold : Font.Normal
                                    elide: Text.ElideRight
                                    horizontalAlignment: Text.AlignRight
                                }
                            }
                            Item {
                                Layout.fillWidth: true
                                implicitHeight: 28
                                Rectangle {
                                    anchors.fill: parent
                                    color: Theme.background
                                }
                                Rectangle {
                                    visible: bar.modelData.value !== undefined && bar.modelData.value !== null
                                    width: parent.width * (visible ? bar.modelData.value : 0)
                                    height: parent.height
                                    color: bar.merged ? Theme.accent : Theme.primary
                                }
                                Label {
                                    visible: bar.modelData.withheld || !bar.modelData.present
                                    anchors.fill: parent
                                    leftPadding: Theme.spacing
                                    verticalAlignment: Text.AlignVCenter
                                    text: bar.modelData.reason
                                    color: Theme.mutedText
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                    ToolTip.visible: withheldHover.hovered
                                    ToolTip.text: bar.modelData.reason
                                    HoverHandler { id: withheldHover }
                                }
                            }
                            Label {
                                Layout.preferredWidth: 150
                                text: bar.modelData.withheld ? qsTr("withheld")
                                      : bar.modelData.present ? qsTr("%1 (n = %2)").arg(bar.modelData.text).arg(bar.modelData.n) : "—"
                                color: bar.modelData.withheld ? Theme.mutedText : Theme.text
                                font.weight: Font.DemiBold
                            }
                        }
                    }
                }
            }

            // Every group the merge keeps, schools as columns and the bestuur last.
            Pane {
                objectName: "bestuurTable"
                visible: board.columns.length > 0
                Layout.fillWidth: true
                padding: 0
                Material.elevation: 1
                Material.background: Theme.surface
                ColumnLayout {
                    width: parent.width
                    spacing: 0
                    Row {
                        Layout.fillWidth: true
                        Label {
                            width: page.groupWidth
                            padding: Theme.spacing
                            text: qsTr("Group")
                            font.weight: Font.DemiBold
                        }
                        Repeater {
                            model: board.columns
                            delegate: Label {
                                required property string modelData
                                required property int index
                                width: page.columnWidth
                                padding: Theme.spacing
                                text: modelData
                                objectName: "bestuurColumn"
                                font.weight: Font.DemiBold
                                color: index === board.columns.length - 1 ? Theme.accent : Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                    Repeater {
                        model: board
                        delegate: Rectangle {
                            id: line
                            required property string cellName
                            required property string dimensionName
                            required property var figures
                            required property int index
                            Layout.fillWidth: true
                            implicitHeight: cells.implicitHeight
                            color: index % 2 === 0 ? Theme.background : Theme.surface
                            Row {
                                id: cells
                                Column {
                                    width: page.groupWidth
                                    padding: Theme.spacing
                                    Label {
                                        width: parent.width - 2 * Theme.spacing
                                        text: line.cellName
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        text: line.dimensionName
                                        color: Theme.mutedText
                                        font.pixelSize: 12
                                    }
                                }
                                Repeater {
                                    model: line.figures
                                    delegate: Column {
                                        id: figure
                                        required property var modelData
                                        width: page.columnWidth
                                        padding: Theme.spacing
                                        Label {
                                            text: figure.modelData.withheld ? qsTr("Withheld")
                                                  : figure.modelData.present ? figure.modelData.text : "—"
                                            font.weight: Font.DemiBold
                                            color: figure.modelData.withheld ? Theme.mutedText : Theme.text
                                        }
                                        Label {
                                            width: parent.width - 2 * Theme.spacing
                                            visible: text !== ""
                                            text: figure.modelData.withheld ? figure.modelData.reason
                                                  : figure.modelData.present
                                                    ? qsTr("n = %1 · %2").arg(figure.modelData.n).arg(figure.modelData.interval)
                                                      + (figure.modelData.schools ? "\n" + figure.modelData.schools : "")
                                                    : ""
                                            color: Theme.mutedText
                                            font.pixelSize: 12
                                            wrapMode: Text.Wrap
                                            maximumLineCount: 3
                                            elide: Text.ElideRight
                                            ToolTip.visible: figure.modelData.withheld && reasonHover.hovered
                                            ToolTip.text: figure.modelData.reason
                                            HoverHandler { id: reasonHover }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: board.columns.length > 0
                text: qsTr("Teams are not merged: each school has teams of its own. Roles and age bands are merged by their id. The bestuur's database: %1").arg(board.databasePath)
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
        }
    }

    EmptyState {
        anchors.fill: parent
        visible: !flick.visible
        title: qsTr("No schools yet")
        message: qsTr("Each school's HR writes an aggregate per period (kernwijzer-cli aggregate). Drop the .kwaggregaat files here, or choose them, to see the schools side by side.")
        actionText: qsTr("Import aggregates…")
        onActionTriggered: fileDialog.open()
    }

    Rectangle {
        anchors.fill: parent
        visible: drop.containsDrag
        color: Theme.selectedTint
        border.color: Theme.primary
        border.width: 2
        Label {
            anchors.centerIn: parent
            text: qsTr("Drop aggregate files to import them")
            font.pixelSize: 18
            color: Theme.primary
        }
    }

    FileDialog {
        id: fileDialog
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Aggregates (*.kwaggregaat)")]
        onAccepted: board.importFiles(selectedFiles)
    }
}
