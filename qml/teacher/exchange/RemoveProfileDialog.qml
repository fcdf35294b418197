import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The way back from a wrong school's profile (one imported by mistake, or from a phishing
// e-mail): says what stops, what is forgotten and what stays, then removes it. The app is on the
// demo school until the teacher imports their school's profile again, with its verification code.
Dialog {
    id: dialog

    property string schoolName // as it was when the dialog opened: no flash of the demo school

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 24 : 480)
    modal: true
    title: qsTr("Remove the school profile?")

    onAboutToShow: {
        schoolName = Exchange.schoolName
        removeError.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing + 4

        Label {
            objectName: "removeWarning"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Kernwijzer forgets the profile of %1:").arg(dialog.schoolName)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("• Sharing with the school stops.\n• Your team, role and age band are forgotten.\n• Your reflections, POP and check-ins stay on this device.")
            lineHeight: 1.2
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: qsTr("Until you import your school's profile again, with its verification code, the app uses the demo school.")
        }
        Label {
            id: removeError
            objectName: "removeError"
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
                objectName: "confirmRemoveButton"
                highlighted: true
                Material.accent: Theme.error // the one action here that cannot be undone
                text: qsTr("Remove")
                onClicked: {
                    if (Exchange.removeSchoolProfile())
                        dialog.close()
                    else
                        removeError.text = Exchange.errorText
                }
            }
        }
    }
}
