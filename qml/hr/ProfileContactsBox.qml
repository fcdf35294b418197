import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The people a worried teacher is pointed to: role, name and how to reach them.
FormBox {
    id: box

    required property ProfileEditor editor

    title: qsTr("Support contacts")
    Label {
        Layout.fillWidth: true
        text: qsTr("Shown only to a teacher whose wellbeing score is low, on their own device.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Repeater {
        model: box.editor.supportContacts
        delegate: GridLayout {
            id: contact
            required property var modelData
            required property int index
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing
            rowSpacing: 0
            TextField {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: contact.modelData.role
                placeholderText: qsTr("Role (vertrouwenspersoon …)")
                onTextEdited: box.editor.setItem("supportContacts", contact.index, "role", text)
            }
            TextField {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: contact.modelData.name
                placeholderText: qsTr("Name")
                onTextEdited: box.editor.setItem("supportContacts", contact.index, "name", text)
            }
            RowButtons {
                editor: box.editor
                list: "supportContacts"
                index: contact.index
                count: box.editor.supportContacts.length
            }
            TextField {
                Layout.fillWidth: true
                Layout.columnSpan: 2
                text: contact.modelData.reach
                placeholderText: qsTr("How to reach them (phone, e-mail, when)")
                onTextEdited: box.editor.setItem("supportContacts", contact.index, "reach", text)
            }
        }
    }
    ProblemLabel { editor: box.editor; field: "supportContacts" }
    Button {
        text: qsTr("Add contact")
        flat: true
        onClicked: box.editor.addItem("supportContacts")
    }
}
