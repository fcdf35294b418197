import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The team leaders who hold waarderingsgesprekken: each by their public key file, with the teams
// they talk with, and how long a leader keeps what they hold about a teacher who left. A
// teacher's preparation is sealed to the key listed here, so the custodian co-signs it too.
FormBox {
    id: box

    required property ProfileEditor editor

    title: qsTr("Team leaders (waarderingsgesprek)")
    Label {
        Layout.fillWidth: true
        text: qsTr("A leader makes a key in the app (role Team leader, page Key) and gives you the public key file. Teachers seal their preparation to that key, so it reaches them only once the custodian co-signed this profile.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: box.editor.leaders.length === 0
        text: qsTr("No leaders listed yet.")
    }
    Repeater {
        model: box.editor.leaders
        delegate: ColumnLayout {
            id: leaderRow

            required property var modelData
            required property int index

            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: leaderRow.modelData.name
                    font.bold: true
                    elide: Text.ElideRight
                }
                Button {
                    text: qsTr("Remove")
                    flat: true
                    Accessible.name: qsTr("Remove %1").arg(leaderRow.modelData.name)
                    onClicked: box.editor.removeLeader(leaderRow.index)
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Key %1").arg(String(leaderRow.modelData.fingerprint).replace(/ /g, "\u00a0"))
                font.family: "monospace"
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: leaderRow.modelData.teams
                    delegate: CheckBox {
                        required property var modelData
                        text: modelData.name
                        checked: modelData.on
                        onToggled: box.editor.setLeaderTeam(leaderRow.index, modelData.id, checked)
                    }
                }
            }
        }
    }
    ProblemLabel { editor: box.editor; field: "leaders" }
    Button {
        objectName: "addLeaderButton"
        text: qsTr("Add a leader's key…")
        onClicked: leaderKeyDialog.open()
    }
    NumberField {
        Layout.fillWidth: true
        editor: box.editor
        field: "retentionYears"
        label: qsTr("Years a leader keeps what they hold about a teacher who left")
    }

    FileDialog {
        id: leaderKeyDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Public key files (*.kwsleutel.pub)")]
        onAccepted: box.editor.addLeaderKey(selectedFile)
    }
}
