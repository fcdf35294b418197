import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// An agreement added while talking: what, who, by when (optional), and what it serves: a
// kernwaarde of the school or one of the POP goals the teacher shared (optional). Kept at once.
ColumnLayout {
    id: form

    required property ConversationNotes notes
    property int fontSize: 16
    property string dueIso: ""

    /** Adds what the form holds; clears it when the agreement is kept. */
    function add() {
        const serves = servesBox.model[servesBox.currentIndex]
        if (!form.notes.addAgreement(whatField.text, whoBox.currentIndex === 1 ? "leader" : "teacher",
                                     form.dueIso, serves.kind === "kernwaarde" ? serves.id : "",
                                     serves.kind === "goal" ? serves.id : ""))
            return false
        whatField.clear()
        form.dueIso = ""
        servesBox.currentIndex = 0
        return true
    }

    spacing: Theme.spacing

    TextField {
        id: whatField
        objectName: "agreementWhat"
        Layout.fillWidth: true
        font.pixelSize: form.fontSize
        placeholderText: qsTr("What do you agree?")
        onAccepted: form.add()
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ComboBox {
            id: whoBox
            objectName: "agreementWho"
            implicitContentWidthPolicy: ComboBox.WidestText
            model: [form.notes.teacherName, form.notes.leaderName]
            Accessible.name: qsTr("Who")
        }
        Button {
            objectName: "agreementDue"
            text: form.dueIso === "" ? qsTr("By when…") : qsTr("By %1").arg(Language.formatDay(form.dueIso))
            flat: true
            onClicked: {
                duePicker.selectedDate = form.dueIso !== "" ? form.dueIso : Journal.today
                duePicker.open()
            }
        }
        ToolButton {
            visible: form.dueIso !== ""
            text: "\u2715"
            Accessible.name: qsTr("No date")
            onClicked: form.dueIso = ""
        }
        ComboBox {
            id: servesBox
            objectName: "agreementServes"
            implicitContentWidthPolicy: ComboBox.WidestText
            width: Math.min(implicitWidth, form.width)
            textRole: "text"
            model: [{ kind: "", id: "", text: qsTr("Serves: nothing in particular") }]
                .concat(form.notes.kernwaardeChoices.map(k => ({ kind: "kernwaarde", id: k.id, text: qsTr("Kernwaarde: %1").arg(k.name) })))
                .concat(form.notes.goalChoices.map(g => ({ kind: "goal", id: g.ref, text: qsTr("POP goal: %1").arg(g.title) })))
            Accessible.name: qsTr("What it serves")
        }
    }
    Button {
        objectName: "addAgreement"
        text: qsTr("Add agreement")
        highlighted: true
        enabled: whatField.text.trim() !== ""
        onClicked: form.add()
    }

    DatePickerDialog {
        id: duePicker
        onAccepted: form.dueIso = selectedDate
    }
}
