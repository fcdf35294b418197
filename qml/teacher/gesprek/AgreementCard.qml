pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// One agreement of the verslag and your answer: akkoord (it becomes an action in your POP) or
// gezien (you saw it but do not agree), with an optional reaction. An agreement that names no
// goal of your POP becomes a new goal: choose its kernwaarde.
Rectangle {
    id: card

    required property VerslagResponse response
    required property var agreement
    required property int number
    readonly property bool answering: response.state === "held"
    readonly property string status: agreement.status

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: status === "akkoord" ? Theme.primary : Theme.divider

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: card.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("%1. %2").arg(card.number).arg(card.agreement.what)
            textFormat: Text.PlainText
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.Wrap
            text: [qsTr("Who: %1").arg(card.agreement.who),
                   card.agreement.due !== "" ? qsTr("By: %1").arg(Language.formatDay(card.agreement.due)) : "",
                   card.agreement.goalTitle !== "" ? qsTr("Goal: %1").arg(card.agreement.goalTitle) : "",
                   card.agreement.kernwaardeId !== "" ? Profile.valueName(card.agreement.kernwaardeId) : ""]
                  .filter(s => s !== "").join(" · ")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: card.answering
            // Not checkable: the answer lives in the controller, so a tap never breaks a binding.
            Button {
                objectName: "akkoord-" + card.number
                highlighted: card.status === "akkoord"
                text: (highlighted ? "\u2713 " : "") + qsTr("Akkoord")
                Accessible.checked: highlighted
                onClicked: card.response.setStatus(card.agreement.id, highlighted ? "" : "akkoord")
            }
            Button {
                objectName: "gezien-" + card.number
                highlighted: card.status === "gezien"
                text: (highlighted ? "\u2713 " : "") + qsTr("Gezien, not agreed")
                Accessible.checked: highlighted
                onClicked: card.response.setStatus(card.agreement.id, highlighted ? "" : "gezien")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !card.answering && card.status !== ""
            font.weight: Font.DemiBold
            color: card.status === "akkoord" ? Theme.primary : Theme.mutedText
            text: card.status === "akkoord" ? qsTr("Akkoord") : qsTr("Gezien, not agreed")
        }
        Label {
            Layout.fillWidth: true
            visible: card.answering && card.status !== ""
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.Wrap
            text: card.status === "gezien" ? qsTr("Nothing goes into your POP.")
                : card.agreement.newGoal ? qsTr("It becomes a new goal in your POP. Its kernwaarde:")
                : qsTr("It becomes an action of your goal \"%1\".").arg(card.agreement.goalTitle)
        }
        Flow {
            objectName: "kernwaardeChoice-" + card.number
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: card.answering && card.status === "akkoord" && card.agreement.newGoal
            Repeater {
                model: Profile.kernwaarden
                delegate: ValueChip {
                    required property var modelData
                    small: true
                    name: modelData.name
                    tint: modelData.color
                    checked: card.agreement.chosenKernwaarde === modelData.id
                    onClicked: card.response.setKernwaarde(card.agreement.id, modelData.id)
                }
            }
        }
        TextField {
            objectName: "reaction-" + card.number
            Layout.fillWidth: true
            visible: card.answering
            text: card.agreement.reaction
            placeholderText: qsTr("Your reaction (optional)")
            onTextEdited: card.response.setAgreementReaction(card.agreement.id, text)
        }
        Label {
            Layout.fillWidth: true
            visible: !card.answering && card.agreement.reaction !== ""
            text: qsTr("Your reaction: %1").arg(card.agreement.reaction)
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }
}
