import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// What the window shows while the teacher's app lock is locked: the app's name, the PIN or
// passphrase, and after wrong tries the wait counting down. Nothing of the journal is in the
// scene meanwhile (Main.qml does not create it). A forgotten PIN has one honest way out.
Page {
    id: screen

    /** Set by the tour: the explanation for a forgotten PIN is shown. */
    property alias forgotShown: forgotText.visible

    background: Rectangle { color: Theme.background }

    function tryUnlock() {
        if (Lock.secondsUntilNextTry > 0 || pinField.text === "")
            return
        const problem = Lock.unlock(pinField.text)
        pinField.text = ""
        message.text = problem
        if (problem !== "")
            pinField.forceActiveFocus()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: Math.max(column.implicitHeight + 2 * Theme.margin, height)
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            width: Math.min(flick.width - 2 * Theme.margin, 400)
            y: Math.max(Theme.margin, (flick.height - implicitHeight) / 3)
            spacing: Theme.margin

            Label {
                Layout.alignment: Qt.AlignHCenter
                text: "\u25C6"
                font.pixelSize: 40
                color: Theme.primary
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Kernwijzer")
                font.pixelSize: 26
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Your journal is locked.")
                color: Theme.mutedText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            TextField {
                id: pinField
                objectName: "pinField"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                placeholderText: qsTr("PIN or passphrase")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                enabled: Lock.secondsUntilNextTry === 0
                focus: true
                Accessible.name: qsTr("PIN or passphrase")
                onAccepted: screen.tryUnlock()
            }
            Button {
                objectName: "unlockButton"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 8
                highlighted: true
                enabled: Lock.secondsUntilNextTry === 0 && pinField.text !== ""
                text: qsTr("Unlock")
                onClicked: screen.tryUnlock()
            }
            Button {
                objectName: "biometricButton"
                Layout.fillWidth: true
                visible: Lock.biometricAvailable
                flat: true
                text: qsTr("Unlock with fingerprint or face")
                onClicked: Lock.unlockWithBiometrics()
            }
            Label {
                objectName: "waitLabel"
                Layout.fillWidth: true
                visible: Lock.secondsUntilNextTry > 0
                text: qsTr("Too many wrong tries. You can try again in %1.").arg(Lock.waitLabel)
                color: Theme.error
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            Label {
                id: message
                objectName: "unlockMessage"
                Layout.fillWidth: true
                visible: text !== "" && Lock.secondsUntilNextTry === 0
                color: Theme.error
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: Lock.error !== ""
                text: Lock.error
                color: Theme.mutedText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            Button {
                objectName: "forgotButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.margin
                flat: true
                text: qsTr("Forgot your PIN?")
                onClicked: forgotText.visible = !forgotText.visible
            }
            Label {
                id: forgotText
                objectName: "forgotText"
                Layout.fillWidth: true
                visible: false
                text: qsTr("Nobody can open the lock without your PIN: not your school, not Kernwijzer. There is no back door.\n\nThe only way back in is to start again: delete the app's data (or reinstall the app) and restore your journal from a backup you made earlier, with that backup's passphrase. Without a backup, what this journal holds cannot be recovered.")
                color: Theme.text
                wrapMode: Text.Wrap
                lineHeight: 1.2
            }
            Label {
                Layout.fillWidth: true
                visible: forgotText.visible
                text: qsTr("Your journal: %1").arg(Journal.path)
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
