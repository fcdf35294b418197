pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The teacher's own points, per part of the agenda: what you want to talk about.
FormSection {
    id: box

    required property PreparationEditor editor

    title: qsTr("Your own points")
    hint: qsTr("What do you want to talk about? Write a point under the part it belongs to.")

    Repeater {
        model: box.editor.parts
        delegate: ColumnLayout {
            id: part
            required property var modelData
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: part.modelData.name
                font.weight: Font.DemiBold
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            Repeater {
                model: box.editor.points.filter(p => p.part === part.modelData.part)
                delegate: RowLayout {
                    id: point
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: "\u2022 " + point.modelData.text
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    ToolButton {
                        visible: box.editor.editable
                        text: "\u2715"
                        Accessible.name: qsTr("Remove this point")
                        onClicked: box.editor.removePoint(point.modelData.index)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: box.editor.editable
                TextField {
                    id: field
                    objectName: "pointField-" + part.modelData.part
                    Layout.fillWidth: true
                    placeholderText: qsTr("Add a point")
                    Accessible.name: qsTr("A point for %1").arg(part.modelData.name)
                    onAccepted: add.clicked()
                }
                Button {
                    id: add
                    objectName: "addPoint-" + part.modelData.part
                    flat: true
                    enabled: field.text.trim() !== ""
                    text: qsTr("Add")
                    onClicked: {
                        box.editor.addPoint(part.modelData.part, field.text)
                        field.clear()
                    }
                }
            }
        }
    }
}
