import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// When the conversation is, with whom (a leader of the school profile; by default the leader of
// your team) and the name your leader knows you by.
FormSection {
    id: box

    required property PreparationEditor editor

    title: qsTr("When and with whom")

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Day")
            font.weight: Font.DemiBold
        }
        Button {
            objectName: "plannedOnButton"
            Layout.fillWidth: true
            enabled: box.editor.editable
            flat: true
            text: box.editor.plannedOn !== "" ? Language.formatDayLong(box.editor.plannedOn) : qsTr("Choose a day")
            onClicked: {
                picker.selectedDate = box.editor.plannedOn !== "" ? box.editor.plannedOn : Journal.today
                picker.open()
            }
        }
    }
    Label {
        text: qsTr("Leader")
        font.weight: Font.DemiBold
    }
    ChoiceComboBox {
        objectName: "leaderBox"
        Layout.fillWidth: true
        enabled: box.editor.editable
        model: box.editor.leaders
        value: box.editor.leaderId
        onChosen: choice => box.editor.leaderId = choice
    }
    Label {
        objectName: "leaderLabel"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 13
        color: box.editor.leaderName !== "" ? Theme.mutedText : Theme.error
        text: box.editor.leaderName !== ""
            ? qsTr("Sealed to %1: only their key opens your preparation.").arg(box.editor.leaderName)
            : box.editor.leaderProblem
    }
    Label {
        text: qsTr("Your name, as your leader knows you")
        font.weight: Font.DemiBold
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextField {
        objectName: "teacherNameField"
        Layout.fillWidth: true
        enabled: box.editor.editable
        text: box.editor.teacherName
        onTextEdited: box.editor.teacherName = text
        placeholderText: qsTr("First and last name")
        Accessible.name: qsTr("Your name")
    }

    DatePickerDialog {
        id: picker
        onAccepted: box.editor.plannedOn = selectedDate
    }
}
