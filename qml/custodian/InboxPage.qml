import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The custodian's inbox: the teachers' contribution files dropped onto the window or chosen,
// imported with progress and a cancel, then a table of what happened to each file.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property bool compact: false
    readonly property alias importer: inbox

    /** Imports @p urls (file: URLs of files or folders). */
    function importUrls(urls) {
        return inbox.start(urls)
    }

    background: Rectangle { color: Theme.background }

    InboxImport {
        id: inbox
        desk: Custodian
    }

    header: Pane {
        padding: Theme.spacing
        leftPadding: Theme.margin
        Material.background: Theme.surface
        Material.elevation: 1
        Label {
            text: qsTr("Inbox")
            font.pixelSize: 20
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
    }

    // The whole page takes drops: a custodian drags a folder onto the window, not onto a target.
    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        enabled: !inbox.running
        onDropped: event => {
            if (!event.hasUrls)
                return
            event.accept(Qt.CopyAction)
            inbox.start(event.urls)
        }
    }

    ColumnLayout {
        id: top
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Rectangle {
            objectName: "dropZone"
            Layout.fillWidth: true
            implicitHeight: dropRow.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: drop.containsDrag ? Theme.selectedTint : Theme.surface
            border.color: drop.containsDrag ? Theme.primary : Theme.divider
            border.width: drop.containsDrag ? 2 : 1

            RowLayout {
                id: dropRow
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Drop the teachers' files (.kwbijdrage) or a folder of them here")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("You cannot read their numbers: each file holds only your share, and HR's part stays sealed. A file sent twice or replaced by a newer one is recognised.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
                Button {
                    text: qsTr("Choose files…")
                    enabled: !inbox.running
                    onClicked: filesDialog.open()
                }
                Button {
                    text: qsTr("Choose folder…")
                    enabled: !inbox.running
                    onClicked: folderDialog.open()
                }
            }
        }

        // While an import runs: how far it is, and a cancel that stops it.
        RowLayout {
            Layout.fillWidth: true
            visible: inbox.running
            spacing: Theme.margin
            ProgressBar {
                objectName: "importProgress"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, inbox.total)
                value: inbox.done
                indeterminate: inbox.total === 0
            }
            Label {
                text: qsTr("%1 of %2 files").arg(inbox.done).arg(inbox.total)
                color: Theme.mutedText
            }
            Button {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                onClicked: inbox.cancel()
            }
        }

        Label {
            objectName: "importSummary"
            Layout.fillWidth: true
            visible: text !== ""
            text: inbox.summaryText
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "importError"
            Layout.fillWidth: true
            visible: text !== ""
            text: inbox.errorText
            color: Theme.error
            wrapMode: Text.Wrap
        }

        // The counts, which also filter the table.
        Flow {
            objectName: "outcomeFilters"
            Layout.fillWidth: true
            visible: inbox.finished || inbox.outcomes.count > 0
            spacing: Theme.spacing
            Repeater {
                model: inbox.filters
                delegate: Button {
                    required property var modelData
                    objectName: "filter_" + modelData.key
                    checkable: true
                    checked: inbox.files.filter === modelData.key
                    flat: !checked
                    highlighted: checked
                    text: qsTr("%1 (%2)").arg(modelData.label).arg(modelData.count)
                    onClicked: inbox.files.filter = modelData.key
                }
            }
        }
    }

    // The table of outcomes, with sortable columns.
    Rectangle {
        id: table
        anchors.top: top.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: Theme.margin
        visible: inbox.outcomes.count > 0
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider

        readonly property real fileWidth: Math.max(150, width * 0.22)
        readonly property real outcomeWidth: Math.max(120, width * 0.15)
        readonly property real periodWidth: Math.max(110, width * 0.13)

        RowLayout {
            id: columns
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            height: 44
            spacing: 0
            Repeater {
                model: [
                    { key: "fileName", label: qsTr("File") },
                    { key: "outcomeName", label: qsTr("Outcome") },
                    { key: "period", label: qsTr("Period") },
                    { key: "reason", label: qsTr("Reason") }
                ]
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    objectName: "sort_" + modelData.key
                    Layout.preferredWidth: index === 0 ? table.fileWidth
                                           : index === 1 ? table.outcomeWidth
                                           : index === 2 ? table.periodWidth : -1
                    Layout.fillWidth: index === 3
                    Layout.fillHeight: true
                    font.weight: Font.DemiBold
                    text: modelData.label + (inbox.files.sortKey !== modelData.key ? ""
                                             : inbox.files.ascending ? " \u25B4" : " \u25BE")
                    onClicked: inbox.files.sortBy(modelData.key)
                }
            }
        }
        Rectangle {
            anchors.top: columns.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }

        ListView {
            id: rows
            objectName: "outcomeTable"
            anchors.top: columns.bottom
            anchors.topMargin: 1
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            clip: true
            model: inbox.files
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: row
                required property string fileName
                required property string outcomeName
                required property string period
                required property string reason
                required property bool accepted
                required property int index
                width: ListView.view.width
                height: Math.max(36, line.implicitHeight + 12)
                color: index % 2 === 0 ? Theme.surface : Theme.background
                RowLayout {
                    id: line
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing + 12
                    anchors.rightMargin: Theme.spacing + 12
                    spacing: 12
                    Label {
                        Layout.preferredWidth: table.fileWidth - 12
                        text: row.fileName
                        elide: Text.ElideMiddle
                    }
                    Label {
                        Layout.preferredWidth: table.outcomeWidth - 12
                        text: row.outcomeName
                        color: row.accepted ? Theme.primary : Theme.accent
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.preferredWidth: table.periodWidth - 12
                        text: row.period !== "" ? row.period : "\u2014"
                        color: Theme.mutedText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.reason
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    // Before the first import: what the database keeps, per period.
    ColumnLayout {
        anchors.top: top.bottom
        anchors.topMargin: Theme.margin
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        visible: !table.visible && !inbox.running
        spacing: Theme.spacing

        Label {
            text: inbox.periods.length > 0 ? qsTr("What you keep, per period")
                                           : qsTr("No contributions kept yet.")
            font.weight: Font.DemiBold
        }
        Repeater {
            model: inbox.periods
            delegate: Rectangle {
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: periodRow.implicitHeight + 2 * Theme.spacing
                color: Theme.surface
                radius: 6
                RowLayout {
                    id: periodRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.margin
                    anchors.rightMargin: Theme.margin
                    Label {
                        Layout.preferredWidth: 160
                        text: modelData.period
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 contributions kept").arg(modelData.kept)
                              + (modelData.late > 0 ? " \u00B7 " + qsTr("%1 arrived late").arg(modelData.late) : "")
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: modelData.releases === 0 ? qsTr("not released yet")
                              : modelData.releases === 1 ? qsTr("released")
                              : qsTr("released %1 times").arg(modelData.releases)
                        color: modelData.releases === 0 ? Theme.accent : Theme.mutedText
                    }
                }
            }
        }
    }

    FileDialog {
        id: filesDialog
        title: qsTr("Choose the teachers' files")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Kernwijzer contributions (*.kwbijdrage)"), qsTr("All files (*)")]
        onAccepted: inbox.start(selectedFiles)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder of teachers' files")
        onAccepted: inbox.start([selectedFolder])
    }
}
