import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The leader's waarderingsgesprekken, newest planned day first, each with where it stands; a
// reminder line for tomorrow's; a teacher's preparation or response is imported from here (or
// dropped on the page) after a review step.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page
    objectName: "leaderConversationsPage"

    property bool compact: false
    readonly property alias importer: fileImport
    readonly property alias conversations: conversations

    /** Reviews @p url and, when it can be imported, shows the review step. */
    function reviewFile(url) {
        if (fileImport.review(url))
            review.open()
    }

    background: Rectangle { color: Theme.background }

    LeaderConversationModel {
        id: conversations
        desk: Leader
    }
    ConversationFileImport {
        id: fileImport
        desk: Leader
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Waarderingsgesprekken")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            Button {
                objectName: "importFileButton"
                text: qsTr("Import file…")
                highlighted: true
                onClicked: openDialog.open()
            }
        }
    }

    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (fileImport.reviewDropped(drop.urls))
                review.open()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            Layout.fillHeight: false
            spacing: Theme.spacing

            Label {
                objectName: "dueTomorrow"
                Layout.fillWidth: true
                visible: text !== ""
                text: conversations.dueTomorrow
                color: Theme.accent
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: fileImport.statusText
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "importError"
                Layout.fillWidth: true
                visible: text !== ""
                text: fileImport.errorText || conversations.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }

        ListView {
            id: list
            objectName: "conversationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacing
            clip: true
            model: conversations
            ScrollBar.vertical: ScrollBar {}
            delegate: ConversationRow {
                width: ListView.view.width
            }

            EmptyState {
                anchors.fill: parent
                visible: list.count === 0
                title: Leader.hasProfile ? qsTr("No conversations yet") : qsTr("No school profile yet")
                message: Leader.hasProfile
                    ? qsTr("A teacher prepares the waarderingsgesprek in their app and gives you the file (.kwgesprek). Import it here, or drop it on this window.")
                    : qsTr("Install your school's co-signed profile first (under School profile): it says which teams are yours and carries your key.")
            }
        }
    }

    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Conversation files (*.kwgesprek *.kwreactie)")]
        onAccepted: page.reviewFile(selectedFile)
    }
    ImportReviewDialog {
        id: review
        importer: fileImport
    }
}
