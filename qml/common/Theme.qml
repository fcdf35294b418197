pragma Singleton
import QtQuick

// Colours, spacing and sizes shared by every page.
QtObject {
    readonly property color primary: "#1F4E79"
    readonly property color accent: "#E65100"
    readonly property color background: "#F6F7F9"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1C1B1F"
    readonly property color mutedText: "#5F6368"
    readonly property color divider: "#DADCE0"
    readonly property color emptyCell: "#E8EAED"
    readonly property color error: "#B3261E"
    readonly property color selectedTint: "#1F1F4E79" // primary at 12 %
    readonly property color pressedTint: "#0F1F4E79"

    readonly property int touchTarget: 48
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 12
    readonly property int contentMaxWidth: 720
}
