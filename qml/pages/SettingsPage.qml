pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Language and what the app knows about where your data lives.
Page {
    id: page

    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                text: qsTr("Settings")
                font.pixelSize: 22
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }

            Label {
                text: qsTr("Language")
                font.weight: Font.DemiBold
            }
            ButtonGroup { id: languageGroup }
            Repeater {
                model: [
                    { code: "", label: qsTr("Follow the system") },
                    { code: "nl", label: "Nederlands" },
                    { code: "en", label: "English" }
                ]
                delegate: RadioButton {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.label
                    checked: Language.choice === modelData.code
                    ButtonGroup.group: languageGroup
                    onClicked: Language.choice = modelData.code
                }
            }

            MenuSeparator { Layout.fillWidth: true }

            Label {
                text: qsTr("Your school")
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: Profile.schoolName
                wrapMode: Text.Wrap
            }

            MenuSeparator { Layout.fillWidth: true }

            Label {
                text: qsTr("Privacy")
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("What you write stays on this device. Kernwijzer sends nothing anywhere by itself.")
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Your journal: %1").arg(Journal.path)
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
