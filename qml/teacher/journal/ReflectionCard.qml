import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One reflection in the journal list: day, kernwaarden, how it went and the first lines of text.
ItemDelegate {
    id: card

    required property int reflectionId
    required property string richText
    required property string plainText
    required property string dayLabel
    required property var valueIds
    required property int outcome
    required property int energy
    property bool selected: false

    padding: Theme.margin
    Accessible.name: dayLabel + ", " + valueIds.map(id => Profile.valueName(id)).join(", ") + ": " + plainText

    background: Rectangle {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        radius: Theme.radius
        color: card.selected ? Theme.selectedTint : Theme.surface
        border.color: card.selected ? Theme.primary : Theme.divider
        border.width: 1
    }

    contentItem: ColumnLayout {
        spacing: 6
        anchors.leftMargin: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Label {
                text: card.dayLabel
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            ScoreBadge {
                label: qsTr("How it went")
                value: card.outcome
            }
            ScoreBadge {
                visible: card.energy > 0
                label: qsTr("Energy")
                glyph: "\u26A1"
                value: card.energy
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: card.richText
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: 6
            Repeater {
                model: card.valueIds
                delegate: ValueChip {
                    required property string modelData
                    name: Profile.valueName(modelData)
                    tint: Profile.valueColor(modelData)
                    small: true
                    checkable: false
                    enabled: false
                }
            }
        }
    }
}
