import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One agenda part of a conversation: what the teacher brings (their points, reflections, POP
// goals, hours, earlier agreements), and optionally the leader's own points and notes.
Pane {
    id: card

    /** {part, partId, name, items: [{source, title, text, day, kernwaarden}]} */
    required property var part
    property string ownPointsText
    property string notesText
    property int fontSize: 15

    padding: Theme.margin
    Material.elevation: 1
    Material.background: Theme.surface

    function sourceName(source) {
        switch (source) {
        case "reflection": return qsTr("Reflection")
        case "goal": return qsTr("POP goal")
        case "hours": return qsTr("Professionaliseringsuren")
        case "agreement": return qsTr("Earlier agreement")
        default: return qsTr("Their point")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: card.part.name
            font.pixelSize: card.fontSize + 3
            font.weight: Font.DemiBold
            color: Theme.primary
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: card.part.items.length === 0
            text: qsTr("The teacher brings nothing for this part.")
            color: Theme.mutedText
            font.pixelSize: card.fontSize
            wrapMode: Text.Wrap
        }
        Repeater {
            model: card.part.items
            delegate: ColumnLayout {
                id: item
                required property var modelData
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: [card.sourceName(item.modelData.source), item.modelData.day, item.modelData.kernwaarden]
                        .filter(s => s !== "").join(" · ")
                    color: Theme.mutedText
                    font.pixelSize: card.fontSize - 2
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: item.modelData.title
                    font.pixelSize: card.fontSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: item.modelData.text
                    font.pixelSize: card.fontSize
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            visible: card.ownPointsText !== ""
            text: qsTr("Your points: %1").arg(card.ownPointsText)
            font.pixelSize: card.fontSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.notesText !== ""
            text: qsTr("Notes: %1").arg(card.notesText)
            font.pixelSize: card.fontSize
            wrapMode: Text.Wrap
        }
    }
}
