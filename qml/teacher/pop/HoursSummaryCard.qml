pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The professionaliseringsuren of one school year at a glance: spent of available, balance and
// what expires when. Reads a HoursLedgerModel.
Pane {
    id: card

    required property HoursLedgerModel ledger
    property bool tappable: false
    signal openRequested

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                text: qsTr("Professionaliseringsuren")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Button {
                objectName: "openHours"
                visible: card.tappable
                flat: true
                text: qsTr("Hours")
                onClicked: card.openRequested()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.ledger.error !== ""
            text: card.ledger.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: !card.ledger.hasFte && card.ledger.error === ""
            text: qsTr("Enter your FTE to see the hours you have this year.")
            color: Theme.primary
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: card.ledger.hasFte ? qsTr("%1 of %2 hours spent · %3 planned").arg(card.ledger.spentText)
                                       .arg(card.ledger.availableText).arg(card.ledger.plannedText)
                                     : qsTr("%1 hours spent · %2 planned").arg(card.ledger.spentText).arg(card.ledger.plannedText)
            font.pixelSize: 15
            wrapMode: Text.Wrap
        }
        // Without an FTE there is no budget yet: no balance to show, and nothing is overspent.
        ProgressBar {
            visible: card.ledger.hasFte
            Layout.fillWidth: true
            from: 0
            to: 1
            value: card.ledger.spentShare
            Material.accent: card.ledger.overspentText !== "" ? Theme.error : Theme.primary
        }
        Label {
            Layout.fillWidth: true
            visible: card.ledger.hasFte
            text: card.ledger.overspentText !== ""
                  ? qsTr("%1 hours more spent than available").arg(card.ledger.overspentText)
                  : qsTr("%1 hours left").arg(card.ledger.balanceText)
            color: card.ledger.overspentText !== "" ? Theme.error : Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.ledger.hasFte
            text: qsTr("This year %1 h (FTE %2) + %3 h saved from earlier years")
                  .arg(card.ledger.budgetText).arg(card.ledger.fteText || "–").arg(card.ledger.carriedInText)
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.Wrap
        }
        Repeater {
            model: card.ledger.expiring
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("%1 h usable until %2").arg(modelData.hours).arg(modelData.expires)
                color: Theme.mutedText
                font.pixelSize: 13
                wrapMode: Text.Wrap
            }
        }
    }
}
