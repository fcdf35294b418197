import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// "From … to …" buttons for the journal's date range; each opens a calendar, ✕ clears both.
RowLayout {
    id: bar

    property string fromDate: ""
    property string toDate: ""
    required property string today
    signal fromDateChosen(string day)
    signal toDateChosen(string day)

    function label(day, fallback) {
        return day === "" ? fallback : Language.formatDay(day)
    }

    spacing: Theme.spacing

    Button {
        objectName: "fromDateButton"
        Layout.fillWidth: true
        flat: true
        text: bar.label(bar.fromDate, qsTr("From the start"))
        Accessible.name: qsTr("From date: %1").arg(text)
        onClicked: bar.openPicker("from", bar.fromDate === "" ? bar.today : bar.fromDate)
    }
    Label {
        text: "\u2192"
        color: Theme.mutedText
    }
    Button {
        objectName: "toDateButton"
        Layout.fillWidth: true
        flat: true
        text: bar.label(bar.toDate, qsTr("Until today"))
        Accessible.name: qsTr("Until date: %1").arg(text)
        onClicked: bar.openPicker("to", bar.toDate === "" ? bar.today : bar.toDate)
    }
    ToolButton {
        objectName: "clearDateRange"
        visible: bar.fromDate !== "" || bar.toDate !== ""
        text: "\u2715"
        Accessible.name: qsTr("Clear the date range")
        onClicked: {
            bar.fromDateChosen("")
            bar.toDateChosen("")
        }
    }

    // The calendar dialog is made the first time it is needed: start-up does not pay for it.
    property var picker: null
    property string pickerTarget: ""
    function openPicker(which, day) {
        if (!picker) {
            picker = Qt.createComponent("DatePickerDialog.qml").createObject(bar, {
                maximumDate: Qt.binding(() => bar.today)
            })
            picker.accepted.connect(() => bar.pickerTarget === "from" ? bar.fromDateChosen(picker.selectedDate)
                                                                       : bar.toDateChosen(picker.selectedDate))
        }
        pickerTarget = which
        picker.selectedDate = day
        picker.open()
    }
}
