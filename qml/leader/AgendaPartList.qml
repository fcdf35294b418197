import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The four parts of the agenda, large and calm: one is chosen, its items and notes show beside
// it (landscape) or below it (portrait). Each says how much the teacher brings and whether notes
// were written.
GridLayout {
    id: list

    required property var parts
    required property ConversationNotes notes
    property int selectedPart: 1
    /** Portrait: the four parts in two rows of two, to leave room below. */
    property bool stacked: false

    columns: stacked ? 2 : 1
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    Repeater {
        model: list.parts
        delegate: ItemDelegate {
            id: partButton
            required property var modelData
            required property int index
            readonly property bool chosen: partButton.modelData.part === list.selectedPart
            readonly property bool written: list.notes.version >= 0
                && (list.notes.notes(partButton.modelData.part) !== "" || list.notes.ownPoints(partButton.modelData.part) !== "")
            objectName: "part-" + partButton.modelData.partId
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            padding: list.stacked ? Theme.spacing + 4 : Theme.margin
            onClicked: list.selectedPart = partButton.modelData.part
            Accessible.name: partButton.modelData.name
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: (partButton.index + 1) + ". " + partButton.modelData.name
                    font.pixelSize: list.stacked ? 17 : 19
                    font.weight: partButton.chosen ? Font.DemiBold : Font.Normal
                    color: partButton.chosen ? Theme.primary : Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: [qsTr("%n item(s) from the teacher", "", partButton.modelData.items.length),
                           partButton.written ? qsTr("notes written") : ""].filter(s => s !== "").join(" · ")
                    font.pixelSize: 14
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }
            background: Rectangle {
                radius: Theme.radius
                color: partButton.chosen ? Theme.selectedTint : Theme.surface
                border.color: partButton.chosen ? Theme.primary : Theme.divider
            }
        }
    }
}
