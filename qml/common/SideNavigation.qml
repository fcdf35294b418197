pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Tablet and desktop navigation: a rail (tablet) or a labelled column (desktop).
Pane {
    id: nav

    required property var sections
    required property int currentIndex
    property bool expanded: true
    /** Under the app's name: the school, and for HR and the custodian their role too. */
    property string subtitle: Profile.schoolName
    /** The teacher's "+ New reflection" button; the school's roles have none. */
    property bool newReflection: true
    signal sectionChosen(int index)
    signal newReflectionRequested

    implicitWidth: expanded ? 248 : 108
    padding: Theme.spacing
    Material.elevation: 2
    Material.background: Theme.surface

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            visible: nav.expanded
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            text: qsTr("Kernwijzer")
            font.pixelSize: 22
            font.weight: Font.DemiBold
            color: Theme.primary
        }
        Label {
            visible: nav.expanded
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            text: nav.subtitle
            color: Theme.mutedText
            elide: Text.ElideRight
        }
        Button {
            visible: nav.newReflection
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Layout.preferredHeight: 56
            highlighted: true
            text: nav.expanded ? qsTr("+ New reflection") : "+"
            font.pixelSize: nav.expanded ? 15 : 26
            Accessible.name: qsTr("New reflection")
            onClicked: nav.newReflectionRequested()
        }
        Repeater {
            model: nav.sections
            delegate: NavButton {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: nav.expanded ? 52 : 72
                glyph: modelData.glyph
                label: modelData.label
                selected: index === nav.currentIndex
                vertical: !nav.expanded
                onClicked: nav.sectionChosen(index)
            }
        }
        Item { Layout.fillHeight: true }
    }
}
