import QtQuick
import QtQuick.Controls
import Kernwijzer

// A compact 1–5 score: a glyph and "4/5", with the full meaning for screen readers.
Label {
    required property string label
    required property int value
    property string glyph: "\u2605"

    text: glyph + " " + value + "/5"
    color: Theme.mutedText
    font.pixelSize: 13
    Accessible.name: qsTr("%1: %2 out of 5").arg(label).arg(value)
}
