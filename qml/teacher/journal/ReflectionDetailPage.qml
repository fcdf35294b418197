import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// A reflection on its own page (phones); tablets and desktops show ReflectionDetail beside the list.
Page {
    id: page

    required property int reflectionId
    signal back
    onBack: Navigator.back()

    background: Rectangle { color: Theme.background }
    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "\u2190"
                font.pixelSize: 22
                Accessible.name: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Reflection")
                font.pixelSize: 18
                font.weight: Font.DemiBold
            }
        }
    }

    ReflectionDetail {
        anchors.fill: parent
        reflectionId: page.reflectionId
        onEditRequested: id => Navigator.open("editor", { reflectionId: id })
        onRemoved: page.back()
    }
}
