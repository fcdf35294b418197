import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The custodian opens the profile HR made (choose or drop the file) and reads, before
// co-signing, in plain words: the school, the thresholds, both key holders with their
// fingerprints, the handovers, and for an update what changed since the version they signed
// before. Co-signing is one explicit action, confirmed in a dialog.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes Repeater delegates fail to load.
Page {
    id: page
    objectName: "coSignPage"

    property alias coSigning: coSigning

    background: Rectangle { color: Theme.background }

    ProfileCoSigning {
        id: coSigning
        desk: Custodian
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
                text: qsTr("Co-sign the school profile")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Button {
                objectName: "openProfileButton"
                text: qsTr("Open profile…")
                flat: true
                onClicked: openDialog.open()
            }
            Button {
                objectName: "coSignButton"
                text: qsTr("Co-sign…")
                highlighted: true
                enabled: coSigning.canCoSign
                onClicked: confirm.open()
            }
        }
    }

    DropArea {
        anchors.fill: parent
        onDropped: drop => coSigning.openDropped(drop.urls)
    }

    Flickable {
        id: flick
        objectName: "coSignFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 980)
            spacing: Theme.margin

            Label {
                objectName: "errorText"
                Layout.fillWidth: true
                visible: text !== ""
                text: coSigning.errorText
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "statusText"
                Layout.fillWidth: true
                visible: text !== ""
                text: coSigning.statusText
                color: Theme.primary
                wrapMode: Text.Wrap
            }

            EmptyState {
                Layout.fillWidth: true
                visible: !coSigning.opened
                title: qsTr("No profile opened")
                message: qsTr("HR makes the school profile and signs it; you check it here and co-sign it. Choose the .kwprofiel file HR gave you, or drop it on this window.")
            }

            CoSignRefusal {
                Layout.fillWidth: true
                coSigning: coSigning
            }
            CoSignSchoolCard {
                Layout.fillWidth: true
                visible: coSigning.opened
                coSigning: coSigning
            }
            CoSignChangesCard {
                Layout.fillWidth: true
                visible: coSigning.opened
                coSigning: coSigning
            }
            CoSignHoldersCard {
                Layout.fillWidth: true
                visible: coSigning.opened
                coSigning: coSigning
            }
        }
    }

    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("School profiles (*.kwprofiel)")]
        onAccepted: coSigning.open(selectedFile)
    }
    FileDialog {
        id: saveDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("School profiles (*.kwprofiel)")]
        defaultSuffix: "kwprofiel"
        onAccepted: coSigning.coSign(selectedFile)
    }

    Dialog {
        id: confirm
        objectName: "coSignConfirm"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, page.width - 2 * Theme.margin)
        modal: true
        title: qsTr("Co-sign version %1 of %2?").arg(coSigning.school.version).arg(coSigning.school.name)
        contentItem: Label {
            text: qsTr("With your signature, teachers' apps accept this profile. You vouch that you checked the school, the thresholds (k = %1 for wellbeing, %2 for counts) and the two keys, and that the HR key is the one of your school's HR.")
                .arg(coSigning.school.minGroupWellbeing).arg(coSigning.school.minGroupCounts)
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmCoSign"
                text: qsTr("Co-sign and save…")
                highlighted: true
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: {
            saveDialog.selectedFile = saveDialog.currentFolder + "/" + coSigning.suggestedFileName()
            saveDialog.open()
        }
    }
}
