import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The school's kernwaarden (3 to 7): a name, a colour and a description in the school's own
// words; added, moved and removed here.
FormBox {
    id: box

    required property ProfileEditor editor

    title: qsTr("Kernwaarden (3 to 7)")
    Repeater {
        model: box.editor.kernwaarden
        delegate: ColumnLayout {
            id: value
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    width: 6
                    Layout.fillHeight: true
                    radius: 3
                    color: value.modelData.color
                }
                TextField {
                    objectName: "kernwaardeName" + value.index
                    Layout.fillWidth: true
                    text: value.modelData.name
                    placeholderText: qsTr("Name of the kernwaarde")
                    onTextEdited: box.editor.setItem("kernwaarden", value.index, "name", text)
                }
                RowButtons {
                    editor: box.editor
                    list: "kernwaarden"
                    index: value.index
                    count: box.editor.kernwaarden.length
                }
            }
            TextArea {
                objectName: "kernwaardeDescription" + value.index
                Layout.fillWidth: true
                Layout.leftMargin: 14
                text: value.modelData.description
                placeholderText: qsTr("What it means at your school, in one or two sentences")
                wrapMode: TextEdit.Wrap
                onTextChanged: if (activeFocus) box.editor.setItem("kernwaarden", value.index, "description", text)
            }
            Row {
                Layout.leftMargin: 14
                spacing: 6
                Repeater {
                    model: box.editor.colors
                    delegate: Rectangle {
                        id: swatch
                        required property string modelData
                        width: 22
                        height: 22
                        radius: 11
                        color: swatch.modelData
                        border.width: swatch.modelData.toLowerCase() === String(value.modelData.color).toLowerCase() ? 3 : 0
                        border.color: Theme.text
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Colour %1").arg(swatch.modelData)
                        TapHandler {
                            onTapped: box.editor.setItem("kernwaarden", value.index, "color", swatch.modelData)
                        }
                    }
                }
            }
        }
    }
    ProblemLabel { editor: box.editor; field: "kernwaarden" }
    Button {
        objectName: "kernwaardenAdd"
        text: qsTr("Add kernwaarde")
        flat: true
        enabled: box.editor.kernwaarden.length < 7
        onClicked: box.editor.addItem("kernwaarden")
    }
}
