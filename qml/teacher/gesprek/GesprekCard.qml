import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The way to the waarderingsgesprek from the POP: where your preparation stands, a verslag to
// answer, and the button that opens it all.
Rectangle {
    id: card

    ConversationListModel {
        id: conversations
        journal: Journal
    }

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: conversations.toAnswer > 0 ? Theme.accent : Theme.divider

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: card.width - 2 * Theme.margin
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Waarderingsgesprek")
            font.pixelSize: 17
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "gesprekCardText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: conversations.toAnswer > 0 ? Theme.accent : Theme.mutedText
            text: conversations.toAnswer > 0 ? qsTr("Your leader's verslag is waiting for your answer.")
                : conversations.draftState === "new" && conversations.draftPlannedOn !== ""
                  ? qsTr("Your preparation for %1 is not sent yet.").arg(Language.formatDay(conversations.draftPlannedOn))
                : conversations.draftState === "sent"
                  ? qsTr("Preparation sent for %1.").arg(Language.formatDay(conversations.draftPlannedOn))
                : qsTr("Choose what you bring to the conversation with your leader: your points, reflections, goals.")
        }
        Button {
            objectName: "gesprekButton"
            Layout.alignment: Qt.AlignRight
            highlighted: true
            text: conversations.toAnswer > 0 ? qsTr("Answer the verslag") : qsTr("Prepare waarderingsgesprek")
            onClicked: Navigator.open("gesprek", {})
        }
    }
}
