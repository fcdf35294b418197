import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// One list of the profile HR edits (themes, teams or roles): a name per row and, for teams and
// roles, the staff count; rows can be added, moved and removed. Edits go straight to the
// editor, which keeps what was typed and says what is wrong below the list.
Pane {
    id: box

    required property ProfileEditor editor
    required property string list // "themes", "teams", "roles"
    required property string title
    required property var rows
    property string hint: ""
    property bool withStaff: false

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            text: box.title
            font.pixelSize: 17
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            visible: box.hint !== ""
            text: box.hint
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Repeater {
            model: box.rows
            delegate: RowLayout {
                id: row
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextField {
                    objectName: box.list + "Name" + row.index
                    Layout.fillWidth: true
                    text: row.modelData.name
                    placeholderText: qsTr("Name")
                    onTextEdited: box.editor.setItem(box.list, row.index, "name", text)
                }
                TextField {
                    objectName: box.list + "Staff" + row.index
                    visible: box.withStaff
                    Layout.preferredWidth: 90
                    text: String(row.modelData.staffCount)
                    inputMethodHints: Qt.ImhDigitsOnly
                    horizontalAlignment: Text.AlignRight
                    Accessible.name: qsTr("Staff in %1").arg(row.modelData.name)
                    onTextEdited: box.editor.setItem(box.list, row.index, "staffCount", text)
                }
                Label {
                    visible: box.withStaff
                    text: qsTr("staff")
                    color: Theme.mutedText
                }
                RowButtons {
                    editor: box.editor
                    list: box.list
                    index: row.index
                    count: box.rows.length
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: box.editor.problems[box.list] || ""
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Button {
            objectName: box.list + "Add"
            text: qsTr("Add")
            flat: true
            onClicked: box.editor.addItem(box.list)
        }
    }
}
