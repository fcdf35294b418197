import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The teachers of the leader's teams: last and next conversation, how many, uit dienst. A
// preparation or response is imported here too (after a review step); a teacher is marked uit
// dienst (confirmed: the retention clock starts), and everything about one teacher is exported
// as one PDF for an access request.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page
    objectName: "leaderTeachersPage"

    property bool compact: false
    readonly property alias teachers: teachers
    readonly property alias importer: fileImport
    readonly property alias accessExport: accessExport

    function reviewFile(url) {
        if (fileImport.review(url))
            review.open()
    }

    background: Rectangle { color: Theme.background }

    LeaderTeacherModel {
        id: teachers
        desk: Leader
    }
    ConversationFileImport {
        id: fileImport
        desk: Leader
    }
    AccessRequestExport {
        id: accessExport
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
                text: qsTr("Teachers")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            Button {
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
                objectName: "teachersStatus"
                Layout.fillWidth: true
                visible: text !== ""
                text: accessExport.statusText || fileImport.statusText
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "teachersError"
                Layout.fillWidth: true
                visible: text !== ""
                text: accessExport.errorText || fileImport.errorText || teachers.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }

        ListView {
            id: list
            objectName: "teacherList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacing
            clip: true
            model: teachers
            ScrollBar.vertical: ScrollBar {}
            delegate: TeacherRow {
                width: ListView.view.width
                compact: page.compact
                onMarkLeftRequested: name => {
                    leftConfirm.teacherName = name
                    leftConfirm.open()
                }
                onMarkInDienstRequested: name => teachers.markInDienst(name)
                onExportRequested: name => {
                    saveDialog.teacherName = name
                    saveDialog.selectedFile = accessExport.suggestedFile(name)
                    saveDialog.open()
                }
            }

            EmptyState {
                anchors.fill: parent
                visible: list.count === 0
                title: qsTr("No teachers yet")
                message: Leader.hasProfile
                    ? qsTr("A teacher appears here with their first preparation. Import it with \"Import file…\", or drop it on this window.")
                    : qsTr("Install your school's co-signed profile first (under School profile).")
            }
        }
    }

    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Conversation files (*.kwgesprek *.kwreactie)")]
        onAccepted: page.reviewFile(selectedFile)
    }
    FileDialog {
        id: saveDialog
        property string teacherName
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: accessExport.exportTo(teacherName, selectedFile)
    }
    ImportReviewDialog {
        id: review
        importer: fileImport
    }
    Dialog {
        id: leftConfirm
        objectName: "leftConfirm"
        property string teacherName
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, parent ? parent.width - 32 : 520)
        modal: true
        title: qsTr("%1 uit dienst?").arg(teacherName)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: teachers.markLeft(teacherName)
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("From today, the school profile's retention period runs: after it, everything about %1 is deleted from this device. Until then you can undo this.").arg(leftConfirm.teacherName)
        }
    }
}
