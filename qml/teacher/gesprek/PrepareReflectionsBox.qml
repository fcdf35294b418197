pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The reflections the teacher brings, chosen one by one, each with the part it goes with. Their
// text goes to the leader only because they are ticked here.
FormSection {
    id: box

    required property PreparationEditor editor

    title: qsTr("Reflections")
    hint: qsTr("Only the reflections you tick here go to your leader, with their text. Untick one to take it out.")

    Repeater {
        model: box.editor.chosenReflections
        delegate: ColumnLayout {
            id: chosen
            required property var modelData
            Layout.fillWidth: true
            spacing: 2

            CheckBox {
                objectName: "chosenReflection-" + chosen.modelData.id
                Layout.fillWidth: true
                checked: true
                enabled: box.editor.editable
                text: (chosen.modelData.day !== "" ? Language.formatDay(chosen.modelData.day) + " · " : "")
                      + chosen.modelData.valueIds.map(id => Profile.valueName(id)).join(", ")
                font.weight: Font.DemiBold
                onToggled: box.editor.setReflectionChosen(chosen.modelData.id, false, 0)
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 40
                text: chosen.modelData.title
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.mutedText
            }
            PartComboBox {
                Layout.fillWidth: true
                Layout.leftMargin: 40
                enabled: box.editor.editable
                parts: box.editor.parts
                part: chosen.modelData.part
                onPartChosen: part => box.editor.setReflectionPart(chosen.modelData.id, part)
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: box.editor.chosenReflections.length === 0
        text: qsTr("No reflections chosen.")
        color: Theme.mutedText
    }
    Button {
        objectName: "chooseReflectionsButton"
        visible: box.editor.editable
        text: qsTr("Choose reflections…")
        onClicked: picker.open()
    }

    ReflectionPickerDialog {
        id: picker
        objectName: "reflectionPicker"
        editor: box.editor
    }
}
