import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// One waarderingsgesprek: where it stands (prepared, held, closed), the teacher's preparation per
// agenda part with the leader's points and notes, the agreements with the teacher's answers, and
// the actions: gespreksmodus, the verslag (.kwverslag, saved where the leader chooses), the
// teacher's response, the A4 PDF.
Page {
    id: page
    objectName: "leaderConversationPage"

    required property string conversationId
    readonly property alias conversation: record
    readonly property alias notes: talkNotes
    readonly property alias verslag: files
    readonly property alias responseImport: responseImport

    background: Rectangle { color: Theme.background }

    LeaderConversation {
        id: record
        desk: Leader
        conversationId: page.conversationId
    }
    ConversationNotes {
        id: talkNotes
        desk: Leader
        conversationId: page.conversationId
    }
    VerslagFiles {
        id: files
        desk: Leader
        conversationId: page.conversationId
        notes: talkNotes
    }
    ConversationFileImport {
        id: responseImport
        desk: Leader
        expectedConversation: page.conversationId
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing
            ToolButton {
                text: "\u2190"
                font.pixelSize: 20
                Accessible.name: qsTr("Back")
                onClicked: Navigator.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Waarderingsgesprek with %1").arg(record.teacherName)
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            StateBadge {
                objectName: "stateBadge"
                stateId: record.stateId
                stateName: record.stateName
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 900)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: record.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "conversationFacts"
                Layout.fillWidth: true
                text: [qsTr("Planned on %1").arg(record.plannedOn),
                       record.teamName,
                       record.heldOn === "" ? "" : qsTr("held on %1").arg(record.heldOn),
                       record.verslagRevision > 1 ? qsTr("verslag revision %1").arg(record.verslagRevision) : ""]
                    .filter(s => s !== "").join(" · ")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: record.stateId === "prepared"
                    ? qsTr("The preparation of %1 is in. Read it before you talk; open the gespreksmodus during the conversation.").arg(record.teacherName)
                    : record.stateId === "held"
                    ? qsTr("The verslag is made. When %1 responds (akkoord or gezien per agreement), import their response.").arg(record.teacherName)
                    : qsTr("%1 responded: the conversation is closed.").arg(record.teacherName)
                wrapMode: Text.Wrap
            }

            ConversationActions {
                Layout.fillWidth: true
                conversation: record
                onGespreksmodusRequested: Navigator.open("gespreksmodus", { conversationId: page.conversationId })
                onVerslagRequested: {
                    verslagDialog.selectedFile = files.suggestedVerslag()
                    verslagDialog.open()
                }
                onResponseRequested: responseDialog.open()
                onPdfRequested: {
                    pdfDialog.selectedFile = files.suggestedPdf()
                    pdfDialog.open()
                }
            }
            Label {
                objectName: "actionStatus"
                Layout.fillWidth: true
                visible: text !== ""
                text: files.statusText || responseImport.statusText
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "actionError"
                Layout.fillWidth: true
                visible: text !== ""
                text: files.errorText || responseImport.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }

            NoHiddenNotes {
                Layout.fillWidth: true
                visible: record.stateId !== "closed"
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("The preparation of %1").arg(record.teacherName)
                font.pixelSize: 18
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Repeater {
                model: record.parts
                delegate: PreparationPart {
                    id: partCard
                    required property var modelData
                    Layout.fillWidth: true
                    part: partCard.modelData
                    ownPointsText: talkNotes.version >= 0 ? talkNotes.ownPoints(partCard.modelData.part) : ""
                    notesText: talkNotes.version >= 0 ? talkNotes.notes(partCard.modelData.part) : ""
                }
            }

            Pane {
                visible: record.wellbeing.length > 0
                Layout.fillWidth: true
                padding: Theme.margin
                Material.elevation: 1
                Material.background: Theme.surface
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Wellbeing the teacher chose to share")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: record.wellbeing
                        delegate: Label {
                            id: seriesLabel
                            required property var modelData
                            Layout.fillWidth: true
                            text: qsTr("%1: %2").arg(seriesLabel.modelData.name).arg(seriesLabel.modelData.points)
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Agreements")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            AgreementsList {
                Layout.fillWidth: true
                notes: talkNotes
            }
            Label {
                objectName: "teacherReaction"
                Layout.fillWidth: true
                visible: record.reaction !== ""
                text: qsTr("Reaction of %1: %2").arg(record.teacherName).arg(record.reaction)
                wrapMode: Text.Wrap
            }
        }
    }

    FileDialog {
        id: verslagDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Verslag (*.kwverslag)")]
        defaultSuffix: "kwverslag"
        onAccepted: files.makeVerslag(selectedFile)
    }
    FileDialog {
        id: pdfDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: files.exportPdf(selectedFile)
    }
    FileDialog {
        id: responseDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Responses (*.kwreactie)")]
        onAccepted: {
            if (responseImport.review(selectedFile))
                review.open()
        }
    }
    ImportReviewDialog {
        id: review
        importer: responseImport
    }
}
