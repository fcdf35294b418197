import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One instrument on the wellbeing page: this period, whether you answered it, and a way in.
Pane {
    id: card

    required property string instrumentId
    signal openRequested(string instrumentId)

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    CheckinForm {
        id: status
        journal: Journal
        instrumentId: card.instrumentId
    }
    Connections {
        target: Journal
        function onChanged() { status.reset() }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.margin
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: status.title
                font.pixelSize: 16
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: (status.answeredBefore ? qsTr("Answered for %1") : qsTr("Not yet answered for %1")).arg(status.periodLabel)
                color: status.answeredBefore ? Theme.mutedText : Theme.primary
                wrapMode: Text.Wrap
            }
        }
        Button {
            text: status.answeredBefore ? qsTr("Answer again") : qsTr("Answer")
            highlighted: !status.answeredBefore
            flat: status.answeredBefore
            onClicked: card.openRequested(card.instrumentId)
        }
    }
}
