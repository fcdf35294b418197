import QtQuick
import QtQuick.Controls
import Kernwijzer

// What the leader does with one conversation, in the order it happens: talk (gespreksmodus),
// make the verslag, import the teacher's response, export the PDF for the dossier.
Flow {
    id: actions

    required property LeaderConversation conversation

    signal gespreksmodusRequested
    signal verslagRequested
    signal responseRequested
    signal pdfRequested

    spacing: Theme.spacing

    Button {
        objectName: "openGespreksmodus"
        text: qsTr("Open gespreksmodus")
        highlighted: true
        enabled: actions.conversation.stateId !== "closed"
        onClicked: actions.gespreksmodusRequested()
    }
    Button {
        objectName: "makeVerslag"
        text: actions.conversation.verslagRevision > 0 ? qsTr("Make the verslag again…") : qsTr("Make the verslag…")
        enabled: actions.conversation.stateId !== "closed"
        onClicked: actions.verslagRequested()
    }
    Button {
        objectName: "importResponse"
        text: qsTr("Import the response…")
        visible: actions.conversation.stateId === "held"
        onClicked: actions.responseRequested()
    }
    Button {
        objectName: "exportPdf"
        text: qsTr("Export PDF…")
        enabled: actions.conversation.verslagRevision > 0
        onClicked: actions.pdfRequested()
    }
}
