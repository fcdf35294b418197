import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The baseline for the startup benchmark: as little as a Material Qt Quick Controls app can be,
// at the real app's default (phone) size.
ApplicationWindow {
    width: 390
    height: 844
    visible: true
    title: "Kernwijzer minimal"
    Material.theme: Material.Light

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 16

        Label {
            text: "Hallo"
            font.pixelSize: 24
            Layout.alignment: Qt.AlignHCenter
        }
        Button {
            text: "Nieuwe reflectie"
            highlighted: true
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
