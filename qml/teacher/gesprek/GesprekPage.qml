import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The teacher's waarderingsgesprekken: the preparation in progress, a verslag to answer, the
// ones sent and closed, and importing the verslag your leader sends you.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    signal back
    onBack: Navigator.back()

    /** Opens the leader's verslag at @p url (the page says why when it is refused). */
    function importVerslag(url) {
        Navigator.open("gesprek-verslag", { importUrl: url })
    }

    background: Rectangle { color: Theme.background }
    StackView.onActivated: conversations.refresh() // a draft saved on the page before

    ConversationListModel {
        id: conversations
        objectName: "conversationListModel"
        journal: Journal
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
                text: qsTr("Waarderingsgesprek")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    ListView {
        id: list
        objectName: "conversationList"
        anchors.fill: parent
        clip: true
        model: width > 0 && height > 0 ? conversations : null
        spacing: Theme.spacing
        bottomMargin: Theme.margin
        readonly property real columnWidth: Math.min(width - 2 * Theme.spacing, Theme.contentMaxWidth)

        header: ColumnLayout {
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            spacing: Theme.margin

            Item { implicitHeight: 1 }
            // Two days ahead: the reminder, also while the app is open.
            Repeater {
                model: Reminders.conversations
                delegate: Label {
                    required property var modelData
                    objectName: "gesprekReminder"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.accent
                    font.weight: Font.DemiBold
                    text: modelData.sent
                          ? qsTr("Your waarderingsgesprek with %1 is on %2.").arg(modelData.leaderName).arg(Language.formatDayLong(modelData.plannedOn))
                          : qsTr("Your waarderingsgesprek is on %1 and your preparation has not been sent yet.").arg(Language.formatDayLong(modelData.plannedOn))
                }
            }

            FormSection {
                objectName: "preparationCard"
                Layout.fillWidth: true
                title: qsTr("Your preparation")
                hint: conversations.draftState === "new" && conversations.draftPlannedOn !== ""
                      ? qsTr("For %1; not sent yet.").arg(Language.formatDayLong(conversations.draftPlannedOn))
                      : conversations.draftState === "new" ? qsTr("Started; not sent yet.")
                      : conversations.draftState === "sent"
                      ? qsTr("Sent for %1. You can change it and send it again until the verslag arrives.").arg(Language.formatDayLong(conversations.draftPlannedOn))
                      : qsTr("You decide what your leader sees: your own points, the reflections you tick, your POP goals. Your wellbeing only if you switch it on.")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Button {
                        objectName: "prepareButton"
                        highlighted: true
                        text: conversations.draftState === "new" || conversations.draftState === "sent"
                              ? qsTr("Continue preparing") : qsTr("Prepare waarderingsgesprek")
                        onClicked: Navigator.open("gesprek-prepare", { startNew: conversations.draftState === "held" || conversations.draftState === "closed" })
                    }
                    Button {
                        visible: conversations.draftState === "new" || conversations.draftState === "sent"
                        flat: true
                        text: qsTr("Preview and send")
                        onClicked: Navigator.open("gesprek-preview", {})
                    }
                }
            }

            FormSection {
                Layout.fillWidth: true
                title: qsTr("After the conversation")
                hint: qsTr("Your leader sends you the verslag as a .kwverslag file. Import it to read it, answer each agreement and sign.")
                Button {
                    objectName: "importVerslagButton"
                    text: qsTr("Import a verslag…")
                    onClicked: openDialog.open()
                }
            }

            Label {
                Layout.fillWidth: true
                visible: conversations.count > 0 || conversations.error !== ""
                text: conversations.error !== "" ? conversations.error : qsTr("Your conversations")
                color: conversations.error !== "" ? Theme.error : Theme.text
                font.pixelSize: 17
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
        }

        delegate: GesprekRow {
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            onClicked: Navigator.open("gesprek-verslag", { conversationId: conversationId })
        }
        ScrollIndicator.vertical: ScrollIndicator {}
    }

    FileDialog {
        id: openDialog
        nameFilters: [qsTr("Verslag (*.kwverslag)"), qsTr("All files (*)")]
        onAccepted: page.importVerslag(selectedFile)
    }
}
