import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// "App-vergrendeling" in the teacher's settings: the switch, the PIN, the minutes in the
// background before it locks again, and plainly what the lock does not do.
ColumnLayout {
    id: section

    spacing: Theme.margin

    /** Opens the PIN dialog for @p mode ("enable", "change", "disable"); returns it. */
    function openPinDialog(mode: string): Dialog {
        pinDialog.openFor(mode)
        return pinDialog
    }

    MenuSeparator { Layout.fillWidth: true }

    Label {
        objectName: "lockSectionTitle"
        text: qsTr("App lock")
        font.weight: Font.DemiBold
    }
    Switch {
        id: lockSwitch
        objectName: "lockSwitch"
        Layout.fillWidth: true
        text: qsTr("Ask for a PIN when Kernwijzer opens")
        checked: Lock.enabled
        onToggled: {
            pinDialog.openFor(Lock.enabled ? "disable" : "enable")
            checked = Qt.binding(() => Lock.enabled) // the dialog decides
        }
    }
    // Label above the choice: the choice's text needs the whole width of a phone.
    ColumnLayout {
        Layout.fillWidth: true
        visible: Lock.enabled
        spacing: 0
        Label {
            text: qsTr("Lock again")
        }
        ComboBox {
            id: delayBox
            objectName: "lockDelayBox"
            Layout.fillWidth: true
            model: Lock.backgroundChoices.map(m => m === 0 ? qsTr("at once when you leave the app")
                                                           : qsTr("after %1 min in the background").arg(m))
            currentIndex: Lock.backgroundIndex
            Accessible.name: qsTr("Lock again")
            onActivated: index => Lock.backgroundMinutes = Lock.backgroundChoices[index]
        }
    }
    Button {
        objectName: "changePinButton"
        visible: Lock.enabled
        text: qsTr("Change PIN…")
        onClicked: pinDialog.openFor("change")
    }
    Label {
        Layout.fillWidth: true
        visible: Lock.error !== ""
        text: Lock.error
        color: Theme.error
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "lockLimits"
        Layout.fillWidth: true
        text: qsTr("The lock keeps the screen closed to someone who picks up your phone or sits at your computer. It does not encrypt your journal: a copy of the journal file is protected by your phone's own encryption, or on a computer by disk encryption. Forgot your PIN? Then only a backup brings your journal back.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }

    PinDialog {
        id: pinDialog
        objectName: "pinDialog"
    }
}
