import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The school's name and id, and until when the profile is valid.
FormBox {
    id: box

    required property ProfileEditor editor

    title: qsTr("School")
    Label {
        Layout.fillWidth: true
        text: box.editor.startedFrom
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Label { text: qsTr("Name") }
    TextField {
        objectName: "schoolNameField"
        Layout.fillWidth: true
        text: box.editor.schoolName
        onTextEdited: box.editor.setText("schoolName", text)
    }
    Label { text: qsTr("School id (a-z, 0-9 and -; it never changes)") }
    TextField {
        objectName: "schoolIdField"
        Layout.fillWidth: true
        enabled: box.editor.schoolIdEditable
        text: box.editor.schoolId
        onTextEdited: box.editor.setText("schoolId", text)
    }
    ProblemLabel { editor: box.editor; field: "school" }
    Label { text: qsTr("Valid until (YYYY-MM-DD)") }
    TextField {
        objectName: "validUntilField"
        Layout.preferredWidth: 180
        text: box.editor.validUntil
        placeholderText: "2027-07-31"
        onTextEdited: box.editor.setText("validUntil", text)
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("After this day teachers' apps ask for a new profile; a replaced custodian's key stops being used.")
        color: Theme.mutedText
        font.pixelSize: 12
        wrapMode: Text.Wrap
    }
    ProblemLabel { editor: box.editor; field: "validUntil" }
}
