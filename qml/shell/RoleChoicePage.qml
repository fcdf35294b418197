import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The first start: who uses Kernwijzer on this device. One tap chooses; the settings switch
// later. Each role keeps its own files, so choosing never mixes a journal with a school's data.
Page {
    id: page

    property bool compact: false

    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Math.max(Theme.margin, (flick.height - implicitHeight) / 3)
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: qsTr("Welcome to Kernwijzer")
                font.pixelSize: 26
                font.weight: Font.DemiBold
                color: Theme.primary
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Who uses Kernwijzer on this device? You can change this later in the settings; each role keeps its own files.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            Repeater {
                model: Roles.available
                delegate: ItemDelegate {
                    id: choice
                    required property string modelData
                    readonly property var info: Sections.roleInfo[modelData]
                    objectName: "role-" + modelData
                    Layout.fillWidth: true
                    padding: Theme.margin
                    Accessible.name: info.label
                    onClicked: Roles.choose(modelData)
                    background: Rectangle {
                        color: choice.down ? Theme.pressedTint : Theme.surface
                        radius: Theme.radius
                        border.color: Theme.divider
                    }
                    contentItem: RowLayout {
                        spacing: Theme.margin
                        Label {
                            text: choice.info.glyph
                            font.pixelSize: 30
                            color: Theme.primary
                            Layout.preferredWidth: 40
                            horizontalAlignment: Text.AlignHCenter
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: choice.info.label
                                font.pixelSize: 17
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: choice.info.description
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }

            // A teacher on a new phone: their journal back from a backup, instead of starting fresh.
            ItemDelegate {
                objectName: "restoreOnFirstRun"
                Layout.fillWidth: true
                text: qsTr("New phone? Restore your journal from a backup")
                font.underline: true
                Material.foreground: Theme.primary
                onClicked: Navigator.open("restore", { firstRun: true })
            }
        }
    }
}
