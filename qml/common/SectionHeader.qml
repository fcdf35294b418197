import QtQuick
import QtQuick.Controls
import Kernwijzer

// A week heading in the journal list.
Label {
    topPadding: Theme.margin
    bottomPadding: 4
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    font.pixelSize: 13
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    color: Theme.mutedText
    elide: Text.ElideRight
    Accessible.role: Accessible.Heading
}
