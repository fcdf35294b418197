pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Round buttons for a score from `from` to `to` (1–5 unless told), with words at both ends.
// A value below `from` means "not chosen"; tapping the chosen one again clears it when optional.
ColumnLayout {
    id: selector

    required property string title
    required property string lowLabel
    required property string highLabel
    property int from: 1
    property int to: 5
    property int value: from - 1
    property bool optional: false
    readonly property int count: to - from + 1
    signal chosen(int value)

    spacing: 4

    Label {
        Layout.fillWidth: true
        text: selector.title
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: selector.count
            delegate: RoundButton {
                required property int index
                readonly property int score: selector.from + index
                objectName: "score" + score
                Layout.preferredWidth: Theme.touchTarget + 4
                Layout.preferredHeight: Theme.touchTarget + 4
                text: score
                checkable: true
                checked: selector.value === score
                highlighted: checked
                font.pixelSize: 17
                Accessible.name: qsTr("%1: %2 out of %3").arg(selector.title).arg(score).arg(selector.to)
                onClicked: selector.chosen(selector.optional && selector.value === score ? selector.from - 1 : score)
            }
        }
        Item { Layout.fillWidth: true }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.maximumWidth: selector.count * (Theme.touchTarget + 4) + (selector.count - 1) * Theme.spacing
        Label {
            text: selector.lowLabel
            color: Theme.mutedText
            font.pixelSize: 12
        }
        Item { Layout.fillWidth: true }
        Label {
            text: selector.highLabel
            color: Theme.mutedText
            font.pixelSize: 12
        }
    }
}
