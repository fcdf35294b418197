import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// A card of the profile editor: a title and its fields in a column.
Pane {
    id: box

    property string title
    default property alias content: column.data

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: box.title
            font.pixelSize: 17
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
    }
}
