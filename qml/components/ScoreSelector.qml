pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Five round buttons for a 1–5 score, with words at both ends. Tapping the chosen one again clears
// it when the score is optional.
ColumnLayout {
    id: selector

    required property string title
    required property string lowLabel
    required property string highLabel
    property int value: 0
    property bool optional: false
    signal chosen(int value)

    spacing: 4

    Label {
        text: selector.title
        font.weight: Font.DemiBold
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: 5
            delegate: RoundButton {
                required property int index
                readonly property int score: index + 1
                objectName: "score" + score
                Layout.preferredWidth: Theme.touchTarget + 4
                Layout.preferredHeight: Theme.touchTarget + 4
                text: score
                checkable: true
                checked: selector.value === score
                highlighted: checked
                font.pixelSize: 17
                Accessible.name: qsTr("%1: %2 out of 5").arg(selector.title).arg(score)
                onClicked: selector.chosen(selector.optional && selector.value === score ? 0 : score)
            }
        }
        Item { Layout.fillWidth: true }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.maximumWidth: 5 * (Theme.touchTarget + 4) + 4 * Theme.spacing
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
