import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The key of HR or the custodian: whose it is, its fingerprints to read aloud and compare,
// unlocking it once per session, and making or opening a key file.
Page {
    id: page

    readonly property bool hr: Roles.current === "hr"
    readonly property bool leader: Roles.current === "leidinggevende"
    readonly property SchoolDesk desk: hr ? Hr : leader ? Leader : Custodian
    readonly property DeskKey key: desk.key
    // Reading ready opens the desk: the key then says whose it is, and unlocks if it can.
    readonly property bool deskReady: desk.ready

    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: page.hr ? qsTr("HR's key") : page.leader ? qsTr("Your key as leidinggevende") : qsTr("The custodian's key")
                font.pixelSize: 22
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: page.hr
                    ? qsTr("With this key you sign the school profile and open the figures the custodian releases. Nobody else has it: keep the file on this computer and its passphrase to yourself.")
                    : page.leader
                    ? qsTr("With this key you open your teachers' preparations and sign the verslagen. The school profile lists it: give its .pub file to HR. Keep the file on this device and its passphrase to yourself.")
                    : qsTr("With this key you co-sign the school profile, open your part of the teachers' files and sign releases. Nobody else has it: keep the file on this computer and its passphrase to yourself.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            // Whose key, with its fingerprints: shown as soon as a key file is known.
            Pane {
                objectName: "keyCard"
                visible: page.key.known && page.key.holderName !== ""
                Layout.fillWidth: true
                padding: Theme.margin
                Material.elevation: 1
                Material.background: Theme.surface

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: page.key.holderRole === "" ? page.key.holderName
                                : qsTr("%1, %2").arg(page.key.holderName).arg(page.key.holderRole)
                            font.pixelSize: 17
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "lockState"
                            text: page.key.unlocked ? qsTr("Unlocked for this session") : qsTr("Locked")
                            color: page.key.unlocked ? Theme.primary : Theme.mutedText
                            font.weight: Font.DemiBold
                        }
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: Theme.margin
                        rowSpacing: Theme.spacing
                        Label {
                            text: qsTr("Signing")
                            color: Theme.mutedText
                        }
                        Label {
                            objectName: "fingerprint"
                            text: page.key.fingerprint
                            font.family: "monospace"
                            font.pixelSize: 20
                            font.letterSpacing: 1
                        }
                        Label {
                            text: qsTr("Sealing")
                            color: Theme.mutedText
                        }
                        Label {
                            text: page.key.sealFingerprint
                            font.family: "monospace"
                            font.pixelSize: 20
                            font.letterSpacing: 1
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("To check a key, read these digits aloud to each other, or compare them with what the school profile shows. Every copy of the same key shows the same digits.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Key file: %1").arg(page.key.path)
                        color: Theme.mutedText
                        font.pixelSize: 12
                        wrapMode: Text.WrapAnywhere
                    }
                    Button {
                        visible: page.key.unlocked && !page.desk.demo
                        text: page.key.inKeychain ? qsTr("Lock and forget the passphrase") : qsTr("Lock")
                        onClicked: page.key.lock()
                    }
                }
            }

            // Unlock: the passphrase once per session.
            ColumnLayout {
                visible: page.key.known && !page.key.unlocked
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    text: qsTr("Unlock the key")
                    font.weight: Font.DemiBold
                }
                TextField {
                    id: passphraseField
                    objectName: "passphraseField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase")
                    onAccepted: unlockButton.clicked()
                }
                CheckBox {
                    id: rememberBox
                    visible: page.key.keychainAvailable
                    text: qsTr("Keep the passphrase in this computer's key store")
                }
                Button {
                    id: unlockButton
                    objectName: "unlockButton"
                    highlighted: true
                    enabled: passphraseField.text.length > 0
                    text: qsTr("Unlock")
                    onClicked: {
                        if (page.key.unlock(passphraseField.text, rememberBox.checked))
                            passphraseField.clear()
                    }
                }
            }

            Label {
                objectName: "keyError"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.key.lastError
                color: Theme.error
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                visible: page.desk.demo
                text: qsTr("The demo school uses its own keys, made with it and unlocked.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            MenuSeparator {
                visible: !page.desk.demo
                Layout.fillWidth: true
            }

            // A new key, or another key file.
            Label {
                visible: !page.desk.demo
                text: page.key.known ? qsTr("Another key") : qsTr("No key yet")
                font.weight: Font.DemiBold
            }
            Label {
                visible: !page.desk.demo
                Layout.fillWidth: true
                text: qsTr("Make a new key once, when you take up the role; give the .pub file beside it to HR for the school profile. Open a key file you already have on a new computer.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            RowLayout {
                visible: !page.desk.demo
                spacing: Theme.spacing
                Button {
                    objectName: "openKeyButton"
                    text: qsTr("Open key file…")
                    onClicked: keyFileDialog.open()
                }
                Button {
                    objectName: "newKeyButton"
                    text: qsTr("Make a new key…")
                    onClicked: newKey.visible = !newKey.visible
                }
            }

            GridLayout {
                id: newKey
                objectName: "newKeyForm"
                visible: false
                Layout.fillWidth: true
                columns: page.width < 600 ? 1 : 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.spacing

                Label { text: qsTr("Your name") }
                TextField {
                    id: nameField
                    objectName: "nameField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("As teachers will see it")
                }
                Label { text: qsTr("Your role") }
                TextField {
                    id: roleField
                    Layout.fillWidth: true
                    placeholderText: page.hr ? qsTr("HR adviser") : page.leader ? qsTr("Teamleider") : qsTr("Secretary of the MR")
                }
                Label { text: qsTr("Passphrase") }
                TextField {
                    id: newPassphrase
                    objectName: "newPassphrase"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("At least 8 characters")
                }
                Label { text: qsTr("Again") }
                TextField {
                    id: newPassphraseAgain
                    objectName: "newPassphraseAgain"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                }
                Label { text: qsTr("Folder") }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        readonly property string folder: String(folderDialog.selectedFolder)
                        text: folder === "" ? qsTr("None chosen") : decodeURIComponent(folder.replace("file://", ""))
                        elide: Text.ElideMiddle
                    }
                    Button {
                        text: qsTr("Choose…")
                        onClicked: folderDialog.open()
                    }
                }
                Item { implicitWidth: 1 }
                Button {
                    objectName: "createKeyButton"
                    highlighted: true
                    text: qsTr("Make the key")
                    enabled: nameField.text.trim() !== "" && newPassphrase.text.length > 0
                    onClicked: {
                        if (page.key.create(nameField.text, roleField.text, newPassphrase.text,
                                            newPassphraseAgain.text, folderDialog.selectedFolder,
                                            rememberBox.checked)) {
                            newPassphrase.clear()
                            newPassphraseAgain.clear()
                            newKey.visible = false
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: keyFileDialog
        title: qsTr("Open your key file")
        nameFilters: [qsTr("Kernwijzer keys (*.kwsleutel)")]
        onAccepted: {
            openPassphrase.text = ""
            openDialog.open()
        }
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Folder for the new key")
    }
    Dialog {
        id: openDialog
        anchors.centerIn: parent
        modal: true
        title: qsTr("Passphrase of the key file")
        standardButtons: Dialog.Ok | Dialog.Cancel
        TextField {
            id: openPassphrase
            width: 320
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
        }
        onAccepted: page.key.openFile(keyFileDialog.selectedFile, openPassphrase.text, rememberBox.checked)
    }
}
