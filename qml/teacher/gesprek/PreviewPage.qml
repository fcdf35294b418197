import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Exactly what the leader will see, per part of the agenda, and sending it: a .kwgesprek sealed
// to the leader's key and signed with yours, saved where you choose.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property url file
    signal back
    onBack: Navigator.back()

    background: Rectangle { color: Theme.background }

    PreparationPreviewModel {
        id: preview
        objectName: "previewModel"
        journal: Journal
        onRefreshed: {
            if (String(page.file) === "")
                page.file = suggestedFile
        }
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
                text: qsTr("What your leader will see")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    ListView {
        id: list
        objectName: "previewList"
        anchors.fill: parent
        clip: true
        model: width > 0 && height > 0 ? preview : null
        spacing: 6
        bottomMargin: Theme.margin
        readonly property real columnWidth: Math.min(width - 2 * Theme.spacing, Theme.contentMaxWidth)

        header: ColumnLayout {
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            spacing: Theme.spacing
            Label {
                objectName: "previewIntro"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                wrapMode: Text.Wrap
                visible: preview.ready
                text: qsTr("Waarderingsgesprek with %1 on %2. From %3, version %4.")
                      .arg(preview.leaderName).arg(Language.formatDayLong(preview.plannedOn))
                      .arg(preview.teacherName).arg(preview.revision)
            }
            Label {
                Layout.fillWidth: true
                visible: preview.ready
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: 13
                text: preview.sharesWellbeing
                      ? qsTr("This is everything in the file. It holds your wellbeing trend: health data you chose to share for this conversation only.")
                      : qsTr("This is everything in the file: nothing else of your journal goes with it, and no wellbeing.")
            }
            Label {
                objectName: "previewProblem"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: !preview.ready
                text: preview.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                visible: !preview.ready
                text: qsTr("Back to the preparation")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                visible: preview.ready && preview.count === 0
                text: qsTr("Your preparation has no items yet: only the day and your name go to your leader.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
        }

        section.property: "section"
        section.delegate: Label {
            required property string section
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            topPadding: Theme.margin
            bottomPadding: 2
            text: section
            font.weight: Font.DemiBold
            color: Theme.primary
            wrapMode: Text.Wrap
        }

        delegate: PreviewItem {
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
        }

        footer: ColumnLayout {
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            spacing: Theme.spacing
            visible: preview.ready
            Item { implicitHeight: Theme.spacing }
            SaveAsRow {
                Layout.fillWidth: true
                file: page.file
                onFileChanged: page.file = file
                nameFilter: qsTr("Waarderingsgesprek (*.kwgesprek)")
                suffix: "kwgesprek"
            }
            Label {
                objectName: "sendResult"
                Layout.fillWidth: true
                visible: text !== ""
                text: preview.writtenPath !== ""
                      ? qsTr("Saved: %1. Send it to %2: only their key opens it.").arg(preview.writtenPath).arg(preview.leaderName)
                      : preview.ready ? preview.errorText : ""
                color: preview.writtenPath !== "" ? Theme.primary : Theme.error
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Button {
                objectName: "sendButton"
                Layout.alignment: Qt.AlignRight
                highlighted: true
                text: !preview.sentBefore ? qsTr("Send to %1").arg(preview.leaderName)
                      : preview.newRevision ? qsTr("Send the changed version")
                      : qsTr("Save the file again")
                onClicked: preview.sendTo(page.file)
            }
        }
        ScrollIndicator.vertical: ScrollIndicator {}
    }
}
