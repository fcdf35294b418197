import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Two things the teacher may bring: the balance of their professionaliseringsuren, and, only if
// they switch it on for this conversation, their wellbeing trend (health data).
FormSection {
    id: box

    required property PreparationEditor editor

    title: qsTr("Hours and wellbeing")

    Switch {
        id: hoursSwitch
        objectName: "hoursSwitch"
        Layout.fillWidth: true
        enabled: box.editor.editable
        checked: box.editor.hoursPart !== 0
        text: qsTr("Bring the balance of my professionaliseringsuren")
        onToggled: {
            box.editor.hoursPart = checked ? 3 : 0 // talent en groei
            checked = Qt.binding(() => box.editor.hoursPart !== 0)
        }
        contentItem: Label {
            leftPadding: hoursSwitch.indicator.width + hoursSwitch.spacing
            text: hoursSwitch.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    PartComboBox {
        Layout.fillWidth: true
        visible: box.editor.hoursPart !== 0
        enabled: box.editor.editable
        parts: box.editor.parts
        part: Math.max(1, box.editor.hoursPart)
        onPartChosen: part => box.editor.hoursPart = part
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        implicitHeight: 1
        color: Theme.divider
    }
    Switch {
        id: wellbeingSwitch
        objectName: "wellbeingSwitch"
        Layout.fillWidth: true
        enabled: box.editor.editable
        checked: box.editor.shareWellbeing
        text: qsTr("Share my WHO-5 and pulse trend for this conversation")
        onToggled: {
            box.editor.shareWellbeing = checked
            checked = Qt.binding(() => box.editor.shareWellbeing)
        }
        contentItem: Label {
            leftPadding: wellbeingSwitch.indicator.width + wellbeingSwitch.spacing
            text: wellbeingSwitch.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
    Label {
        objectName: "wellbeingWarning"
        Layout.fillWidth: true
        text: box.editor.wellbeingWarning
        color: box.editor.shareWellbeing ? Theme.accent : Theme.mutedText
        wrapMode: Text.Wrap
        font.pixelSize: 13
    }
}
