import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// One item of the preparation exactly as the leader will see it: where it comes from, its title,
// its text, its day and kernwaarden.
Rectangle {
    id: item

    required property string source
    required property string title
    required property string text
    required property string day
    required property var valueIds

    implicitHeight: column.implicitHeight + 2 * Theme.spacing + 4
    color: Theme.surface
    radius: 6
    border.color: item.source === "wellbeing" ? Theme.accent : Theme.divider

    ColumnLayout {
        id: column
        x: Theme.margin
        y: Theme.spacing + 2
        width: item.width - 2 * Theme.margin
        spacing: 2

        Label {
            Layout.fillWidth: true
            font.pixelSize: 12
            font.weight: Font.DemiBold
            color: item.source === "wellbeing" ? Theme.accent : Theme.mutedText
            wrapMode: Text.Wrap
            text: {
                const kind = item.source === "reflection" ? qsTr("Reflection")
                           : item.source === "goal" ? qsTr("POP goal")
                           : item.source === "hours" ? qsTr("Professionaliseringsuren")
                           : item.source === "agreement" ? qsTr("Open agreement")
                           : item.source === "wellbeing" ? qsTr("Wellbeing: health data")
                           : qsTr("Your point")
                const values = item.valueIds.map(id => Profile.valueName(id)).join(", ")
                return [kind, item.day !== "" ? Language.formatDay(item.day) : "", values]
                    .filter(s => s !== "").join(" · ")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: item.title !== ""
            text: item.title
            textFormat: Text.PlainText
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: item.text !== ""
            text: item.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
        }
    }
}
