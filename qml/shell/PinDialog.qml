import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Sets, changes or removes the app lock's PIN: a new PIN is typed twice, and changing or turning
// the lock off needs the current one (a wrong one counts as a wrong try, as on the lock screen).
Dialog {
    id: dialog

    /** "enable", "change" or "disable". */
    property string mode: "enable"
    readonly property bool needsCurrent: mode !== "enable"
    readonly property bool setsNew: mode !== "disable"

    function openFor(what: string) {
        mode = what
        open()
    }

    function confirm() {
        const problem = mode === "enable" ? Lock.enable(newField.text, repeatField.text)
            : mode === "change" ? Lock.change(currentField.text, newField.text, repeatField.text)
            : Lock.disable(currentField.text)
        currentField.text = ""
        if (problem === "") {
            newField.text = ""
            repeatField.text = ""
            dialog.close()
        } else {
            errorLabel.text = problem
        }
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(440, parent ? parent.width - 24 : 440)
    modal: true
    title: mode === "enable" ? qsTr("Set a PIN")
        : mode === "change" ? qsTr("Change the PIN") : qsTr("Turn the app lock off")

    onAboutToShow: {
        currentField.text = ""
        newField.text = ""
        repeatField.text = ""
        errorLabel.text = ""
        const first = needsCurrent ? currentField : newField
        first.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            visible: dialog.setsNew
            text: qsTr("At least 4 digits, or a passphrase of at least 6 characters. Kernwijzer keeps only a check of it, never the PIN itself.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        TextField {
            id: currentField
            objectName: "currentPinField"
            Layout.fillWidth: true
            visible: dialog.needsCurrent
            placeholderText: qsTr("Current PIN or passphrase")
            Accessible.name: placeholderText
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        }
        TextField {
            id: newField
            objectName: "newPinField"
            Layout.fillWidth: true
            visible: dialog.setsNew
            placeholderText: qsTr("New PIN or passphrase")
            Accessible.name: placeholderText
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        }
        TextField {
            id: repeatField
            objectName: "repeatPinField"
            Layout.fillWidth: true
            visible: dialog.setsNew
            placeholderText: qsTr("The same again")
            Accessible.name: placeholderText
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            onAccepted: dialog.confirm()
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.setsNew && newField.text !== "" && text !== ""
            text: Lock.pinProblem(newField.text)
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
        Label {
            id: errorLabel
            objectName: "pinDialogError"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                flat: true
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                objectName: "confirmPinButton"
                highlighted: true
                text: dialog.mode === "disable" ? qsTr("Turn off") : qsTr("Save")
                onClicked: dialog.confirm()
            }
        }
    }
}
