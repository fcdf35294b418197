import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// A kernwaarde with its description and how often you reflected on it this month and this year.
ItemDelegate {
    id: card

    required property string valueId
    required property string name
    required property string description
    required property string color
    required property int thisMonth
    required property int thisYear
    property bool selected: false

    padding: Theme.margin
    Accessible.name: qsTr("%1: %2 this month, %3 this year").arg(name).arg(thisMonth).arg(thisYear)

    background: Rectangle {
        radius: Theme.radius
        color: card.selected ? Theme.selectedTint : Theme.surface
        border.color: card.selected ? card.color : Theme.divider
        border.width: card.selected ? 2 : 1
        Rectangle {
            width: 6
            height: parent.height - 2 * Theme.radius
            anchors.verticalCenter: parent.verticalCenter
            x: 0
            radius: 3
            color: card.color
        }
    }

    contentItem: ColumnLayout {
        spacing: 6
        Label {
            Layout.fillWidth: true
            text: card.name
            font.pixelSize: 17
            font.weight: Font.DemiBold
            color: card.color
        }
        Label {
            Layout.fillWidth: true
            text: card.description
            wrapMode: Text.Wrap
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            Label {
                text: qsTr("This month: %1").arg(card.thisMonth)
                font.weight: Font.DemiBold
            }
            Label {
                text: qsTr("This year: %1").arg(card.thisYear)
                color: Theme.mutedText
            }
        }
    }
}
