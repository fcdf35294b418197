import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// A titled block of the preparation and the verslag: a white card with a heading, an optional
// hint under it, and its own controls.
Rectangle {
    id: section

    property string title
    property string hint
    default property alias content: body.data

    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: section.width - 2 * Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: section.title
            font.pixelSize: 17
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: section.hint !== ""
            text: section.hint
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
