import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The leader's verslag of one conversation: their notes per part and the agreements. Answer each
// agreement akkoord or gezien, sign, and save the .kwreactie for your leader; then see what it
// made in your POP. Opened with a conversation, or with a .kwverslag to import.
Page {
    id: page

    property string conversationId
    /** A .kwverslag to import when the page opens. */
    property url importUrl
    property url file
    signal back
    onBack: Navigator.back()

    function importFile(url) {
        responder.importFile(url) // on failure the page says why; nothing changed
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        if (String(importUrl) !== "")
            importFile(importUrl)
    }

    VerslagResponse {
        id: responder
        objectName: "verslagResponse"
        journal: Journal
        conversationId: page.conversationId
        onLoaded: page.file = suggestedFile
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "\u2039"
                font.pixelSize: 24
                Accessible.name: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Verslag")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacing, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            spacing: Theme.margin

            // No verslag (yet): why, and the way to import one.
            Label {
                objectName: "verslagProblem"
                Layout.fillWidth: true
                visible: !responder.hasVerslag
                wrapMode: Text.Wrap
                color: responder.errorText !== "" ? Theme.error : Theme.text
                text: responder.errorText !== ""
                      ? qsTr("This file was not imported: %1 Nothing was changed.").arg(responder.errorText)
                      : qsTr("No verslag yet. When your leader sends you the verslag (a .kwverslag file), import it here.")
            }
            Button {
                objectName: "chooseVerslagButton"
                visible: !responder.hasVerslag
                highlighted: true
                text: qsTr("Choose a verslag…")
                onClicked: openDialog.open()
            }

            Label {
                objectName: "verslagIntro"
                Layout.fillWidth: true
                visible: responder.hasVerslag
                wrapMode: Text.Wrap
                text: qsTr("Verslag by %1 of your conversation on %2 (version %3).")
                      .arg(responder.leaderName).arg(Language.formatDayLong(responder.heldOn)).arg(responder.revision)
            }
            VerslagNotes {
                Layout.fillWidth: true
                visible: responder.hasVerslag
                response: responder
            }

            Label {
                Layout.fillWidth: true
                visible: responder.hasVerslag
                text: qsTr("Agreements")
                font.pixelSize: 17
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                visible: responder.state === "held"
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: 13
                text: responder.agreements.length > 0
                      ? qsTr("Answer each one. Akkoord: it becomes an action in your POP. Gezien: you saw it but do not agree; your leader sees that too.")
                      : qsTr("Your leader wrote no agreements.")
            }
            Repeater {
                model: responder.agreementCount
                delegate: AgreementCard {
                    required property int index
                    Layout.fillWidth: true
                    response: responder
                    agreement: responder.agreements[index]
                    number: index + 1
                }
            }

            // Answering: a reaction to the whole verslag, then sign and save.
            FormSection {
                Layout.fillWidth: true
                visible: responder.state === "held"
                title: qsTr("Your reaction (optional)")
                TextArea {
                    objectName: "generalReaction"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 80
                    wrapMode: TextEdit.Wrap
                    text: responder.reaction
                    onTextChanged: responder.reaction = text
                    placeholderText: qsTr("About the conversation as a whole")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: responder.state === "closed"
                wrapMode: Text.Wrap
                text: responder.reaction !== "" ? qsTr("Your reaction: %1").arg(responder.reaction) : ""
                textFormat: Text.PlainText
            }
            Label {
                objectName: "closedLabel"
                Layout.fillWidth: true
                visible: responder.state === "closed"
                wrapMode: Text.Wrap
                color: Theme.primary
                text: qsTr("You signed your response: this conversation is closed.")
            }
            PopChangesBox {
                Layout.fillWidth: true
                visible: responder.state === "closed"
                response: responder
            }

            SaveAsRow {
                Layout.fillWidth: true
                visible: responder.hasVerslag
                file: page.file
                onFileChanged: page.file = file
                nameFilter: qsTr("Response (*.kwreactie)")
                suffix: "kwreactie"
            }
            Label {
                objectName: "signResult"
                Layout.fillWidth: true
                visible: responder.hasVerslag && text !== ""
                text: responder.errorText !== "" ? responder.errorText
                      : responder.writtenPath !== "" ? qsTr("Saved: %1. Send it to %2.").arg(responder.writtenPath).arg(responder.leaderName)
                      : ""
                color: responder.errorText !== "" ? Theme.error : Theme.primary
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Button {
                objectName: "signButton"
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                visible: responder.state === "held"
                enabled: responder.complete
                highlighted: true
                text: qsTr("Sign and save my response")
                onClicked: responder.sign(page.file)
            }
            Button {
                objectName: "saveAgainButton"
                visible: responder.state === "closed"
                text: qsTr("Save my response again")
                onClicked: responder.saveResponse(page.file)
            }
        }
    }

    FileDialog {
        id: openDialog
        nameFilters: [qsTr("Verslag (*.kwverslag)"), qsTr("All files (*)")]
        onAccepted: page.importFile(selectedFile)
    }
}
