import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// One period's contribution: every number that will leave this device, then the file. The
// teacher sends it themselves (mail, USB, shared drive).
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property string periodId
    property url file
    signal back
    onBack: Navigator.back()

    background: Rectangle { color: Theme.background }

    ContributionPreviewModel {
        id: preview
        exchange: Exchange
        periodId: page.periodId
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
                text: qsTr("Contribution %1").arg(preview.periodLabel)
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    // The explanation stays in view above the numbers (a ListView header that wraps its text
    // grows after the view has positioned itself, and would start half hidden).
    ColumnLayout {
        id: intro
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            wrapMode: Text.Wrap
            text: qsTr("These are all the numbers in the file, as your school's key holders can put them together only in groups. Nothing else is in it: no text, no dates, no name.")
        }
        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("You count in: %1").arg(preview.cohortText)
        }
    }

    ListView {
        id: list
        objectName: "contributionList"
        anchors.top: intro.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: width > 0 && height > 0 ? preview : null
        bottomMargin: Theme.margin
        readonly property real columnWidth: Math.min(width - 2 * Theme.spacing, Theme.contentMaxWidth)

        section.property: "section"
        section.delegate: Label {
            required property string section
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            topPadding: Theme.margin
            bottomPadding: 4
            text: section
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }

        delegate: Rectangle {
            id: line
            required property string label
            required property string value
            required property bool present
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            height: Math.max(36, row.implicitHeight + 8)
            color: Theme.surface
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                Label {
                    Layout.fillWidth: true
                    text: line.label
                    wrapMode: Text.Wrap
                }
                Label {
                    text: line.value
                    color: line.present ? Theme.text : Theme.mutedText
                }
            }
        }

        footer: ColumnLayout {
            x: (ListView.view.width - width) / 2
            width: ListView.view.columnWidth
            spacing: Theme.spacing
            Item { implicitHeight: Theme.spacing }
            Label {
                Layout.fillWidth: true
                visible: !Exchange.optedIn
                text: qsTr("Sharing is off. Turn it on under Sharing with your school to make this file.")
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Save as: %1").arg(decodeURIComponent(page.file.toString().replace(/^file:\/\//, "")))
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    color: Theme.mutedText
                    font.pixelSize: 13
                }
                Button {
                    flat: true
                    text: qsTr("Choose…")
                    onClicked: fileDialog.open()
                }
            }
            Label {
                objectName: "exportResult"
                Layout.fillWidth: true
                visible: text !== ""
                text: preview.errorText !== "" ? preview.errorText
                      : preview.writtenPath !== "" ? qsTr("Saved: %1. Send it to %2 (%3), who cannot read your numbers; never to HR.").arg(preview.writtenPath).arg(Exchange.custodian.name).arg(Exchange.custodian.contact) : ""
                color: preview.errorText !== "" ? Theme.error : Theme.primary
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Button {
                objectName: "exportButton"
                Layout.alignment: Qt.AlignRight
                enabled: Exchange.optedIn && Exchange.canShare
                highlighted: true
                text: preview.revision > 1 ? qsTr("Export again (replaces the earlier file)") : qsTr("Export")
                onClicked: preview.exportTo(page.file)
            }
        }
    }

    FileDialog {
        id: fileDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Kernwijzer contributions (*.kwbijdrage)")]
        defaultSuffix: "kwbijdrage"
        selectedFile: page.file
        onAccepted: page.file = selectedFile
    }
}
