import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// A reflection linked to a goal as evidence: day, kernwaarden and the start of its text.
RowLayout {
    id: row

    required property int reflectionId
    required property string text
    required property string dayLabel
    required property var valueIds
    signal unlinkRequested(int reflectionId)

    spacing: Theme.spacing
    Rectangle {
        Layout.fillHeight: true
        Layout.preferredWidth: 3
        radius: 1.5
        color: row.valueIds.length > 0 ? Profile.valueColor(row.valueIds[0]) : Theme.divider
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: row.dayLabel + " · " + row.valueIds.map(id => Profile.valueName(id)).join(", ")
            color: Theme.mutedText
            font.pixelSize: 12
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: row.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
    ToolButton {
        text: "\u2715"
        Accessible.name: qsTr("Unlink this reflection")
        onClicked: row.unlinkRequested(row.reflectionId)
    }
}
