import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// HR edits the school profile: the school, its kernwaarden, themes, teams, roles, age bands, the
// privacy thresholds (k) and period length, support contacts, the hours policy, the custodian
// and the validity; beside it a preview of what teachers will see. Ondertekenen signs with HR's
// unlocked key and writes the file the custodian co-signs. What HR types stays, also when it
// breaks a rule: the rule is named beside the field and signing waits.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes Repeater delegates fail to load.
Page {
    id: page
    objectName: "profileEditorPage"

    readonly property bool wide: width >= 1180
    property alias editor: editor

    background: Rectangle { color: Theme.background }

    ProfileEditor {
        id: editor
        desk: Hr
    }

    Connections {
        target: Hr
        function onChanged() {
            if (!editor.hasCurrent)
                editor.reload()
        }
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
                text: qsTr("School profile")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Button {
                objectName: "reloadButton"
                text: qsTr("Start again")
                flat: true
                onClicked: editor.reload()
            }
            Button {
                objectName: "signButton"
                text: qsTr("Ondertekenen")
                highlighted: true
                enabled: editor.problemList.length === 0
                onClicked: page.startSigning()
            }
        }
    }

    function startSigning() {
        if (!Hr.key.unlocked) {
            keyNote.visible = true
            return
        }
        saveDialog.selectedFile = saveDialog.currentFolder + "/" + editor.suggestedFileName()
        saveDialog.open()
    }

    Flickable {
        id: flick
        objectName: "profileFlick"
        anchors.fill: parent
        contentHeight: grid.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: grid
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            ColumnLayout {
                id: form
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: page.wide ? grid.width * 0.58 : grid.width
                spacing: Theme.margin

                // Messages: the key, errors and what the last step did.
                Label {
                    id: keyNote
                    objectName: "keyNote"
                    Layout.fillWidth: true
                    visible: false
                    text: qsTr("Unlock HR's key first (Keys): the profile is signed with it.")
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "errorText"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: editor.errorText
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "statusText"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: editor.statusText
                    color: Theme.primary
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "addCoSignedButton"
                    visible: editor.signedPath !== ""
                    text: qsTr("Add the co-signed profile…")
                    onClicked: coSignedDialog.open()
                }

                ProfileSchoolBox {
                    Layout.fillWidth: true
                    editor: editor
                }
                ProfileKernwaardenBox {
                    Layout.fillWidth: true
                    editor: editor
                }
                ProfileItemsEditor {
                    Layout.fillWidth: true
                    editor: editor
                    list: "teams"
                    title: qsTr("Teams")
                    hint: qsTr("Each with its number of staff: a team smaller than the smallest group (k for counts) would point at a few people.")
                    rows: editor.teams
                    withStaff: true
                }
                ProfileItemsEditor {
                    Layout.fillWidth: true
                    editor: editor
                    list: "roles"
                    title: qsTr("Roles")
                    rows: editor.roles
                    withStaff: true
                }
                ProfileItemsEditor {
                    Layout.fillWidth: true
                    editor: editor
                    list: "themes"
                    title: qsTr("Themes (leidende principes)")
                    hint: qsTr("A POP goal can name one of these.")
                    rows: editor.themes
                }
                ProfileRulesBox {
                    Layout.fillWidth: true
                    editor: editor
                }
                ProfileContactsBox {
                    Layout.fillWidth: true
                    editor: editor
                }
                ProfileCustodianBox {
                    Layout.fillWidth: true
                    editor: editor
                }
                ProfileLeadersBox {
                    Layout.fillWidth: true
                    editor: editor
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.margin
                ProfileSignBox {
                    Layout.fillWidth: true
                    editor: editor
                }
                ProfilePreview {
                    Layout.fillWidth: true
                    editor: editor
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "saveDialog"
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("School profiles (*.kwprofiel)")]
        defaultSuffix: "kwprofiel"
        onAccepted: editor.sign(selectedFile)
    }
    FileDialog {
        id: coSignedDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("School profiles (*.kwprofiel)")]
        onAccepted: editor.addCoSigned(selectedFile)
    }
}
