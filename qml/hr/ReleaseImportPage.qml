import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// HR imports the custodian's releases (.kwvrijgave): dropped onto the window or chosen. Each
// file is checked on its own; a refused one changes nothing and says what to do next.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property bool compact: false
    readonly property alias importer: releaseImport

    background: Rectangle { color: Theme.background }

    ReleaseImportDesk {
        id: releaseImport
        desk: Hr
    }

    header: Pane {
        padding: Theme.spacing
        leftPadding: Theme.margin
        Material.background: Theme.surface
        Material.elevation: 1
        Label {
            text: qsTr("Releases")
            font.pixelSize: 20
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
    }

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: event => {
            if (!event.hasUrls)
                return
            event.accept(Qt.CopyAction)
            releaseImport.importFiles(event.urls)
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.width < 900 ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: dropColumn.implicitHeight + 2 * Theme.margin
                radius: Theme.radius
                color: drop.containsDrag ? Theme.selectedTint : Theme.surface
                border.color: drop.containsDrag ? Theme.primary : Theme.divider
                border.width: drop.containsDrag ? 2 : 1
                ColumnLayout {
                    id: dropColumn
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Drop the custodian's release files (.kwvrijgave) or their folder here")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Each release is checked before anything is stored: the custodian's signature, your school and period, every teacher's signature on your parts, and the privacy rules again. Only group figures that pass reach your dashboard.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Button {
                            text: qsTr("Choose files…")
                            onClicked: filesDialog.open()
                        }
                        Button {
                            text: qsTr("Choose folder…")
                            onClicked: folderDialog.open()
                        }
                    }
                }
            }

            Label {
                objectName: "releaseImportError"
                Layout.fillWidth: true
                visible: text !== ""
                text: releaseImport.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }

            ListView {
                id: results
                objectName: "releaseResults"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: releaseImport.results
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: result
                    required property string fileName
                    required property bool stored
                    required property string headline
                    required property string nextStep
                    width: ListView.view.width - 12
                    implicitHeight: resultColumn.implicitHeight + 2 * Theme.margin
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: result.stored ? Theme.divider : Theme.error
                    ColumnLayout {
                        id: resultColumn
                        anchors.fill: parent
                        anchors.margins: Theme.margin
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: result.fileName
                            font.weight: Font.DemiBold
                            elide: Text.ElideMiddle
                        }
                        Label {
                            Layout.fillWidth: true
                            text: result.stored ? result.headline : qsTr("Refused: %1").arg(result.headline)
                            color: result.stored ? Theme.text : Theme.error
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: result.nextStep !== ""
                            text: qsTr("What to do: %1").arg(result.nextStep)
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }

        // The releases HR's database holds.
        Rectangle {
            Layout.preferredWidth: page.width < 900 ? -1 : 320
            Layout.fillWidth: page.width < 900
            Layout.fillHeight: page.width >= 900
            Layout.alignment: Qt.AlignTop
            implicitHeight: importedColumn.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            ColumnLayout {
                id: importedColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.margin
                spacing: 4
                Label {
                    text: releaseImport.imported.length > 0 ? qsTr("Imported releases")
                                                            : qsTr("No release imported yet.")
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: releaseImport.imported
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.topMargin: 4
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: modelData.number > 1
                                  ? qsTr("%1, re-release %2").arg(modelData.period).arg(modelData.number)
                                  : modelData.period
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("imported %1").arg(modelData.imported)
                            color: Theme.mutedText
                            font.pixelSize: 13
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: filesDialog
        title: qsTr("Choose the custodian's releases")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Kernwijzer releases (*.kwvrijgave)"), qsTr("All files (*)")]
        onAccepted: releaseImport.importFiles(selectedFiles)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder of releases")
        onAccepted: releaseImport.importFiles([selectedFolder])
    }
}
