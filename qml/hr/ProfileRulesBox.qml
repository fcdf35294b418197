import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Privacy and periods: k for wellbeing and for counts (never below 5, explained in one line),
// the period length, the age bands; and the professionalisation hours.
FormBox {
    id: box

    required property ProfileEditor editor

    title: qsTr("Privacy, periods and hours")
    Label {
        objectName: "kExplanation"
        Layout.fillWidth: true
        text: qsTr("k is the smallest group whose figures HR ever sees: a number is shown only when at least k colleagues gave it, so nobody can be picked out. Never below 5.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    NumberField {
        Layout.fillWidth: true
        editor: box.editor
        field: "minGroupWellbeing"
        label: qsTr("k for wellbeing (WHO-5, pulse)")
    }
    ProblemLabel { editor: box.editor; field: "minGroupWellbeing" }
    NumberField {
        Layout.fillWidth: true
        editor: box.editor
        field: "minGroupCounts"
        label: qsTr("k for counts (kernwaarden, sources of werkdruk and joy)")
    }
    ProblemLabel { editor: box.editor; field: "minGroupCounts" }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: qsTr("Period length (the first period starts on 1 August)")
            wrapMode: Text.Wrap
        }
        ComboBox {
            id: periodBox
            objectName: "periodBox"
            Layout.preferredWidth: 180
            model: box.editor.periodChoices
            textRole: "name"
            valueRole: "months"
            Component.onCompleted: currentIndex = indexOfValue(box.editor.numbers.periodMonths)
            Connections {
                target: box.editor
                function onLoaded() { periodBox.currentIndex = periodBox.indexOfValue(box.editor.numbers.periodMonths) }
            }
            onActivated: box.editor.setNumber("periodMonths", String(currentValue))
        }
    }
    ProblemLabel { editor: box.editor; field: "periodMonths" }

    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("Age bands (each at least 10 years)")
        font.weight: Font.DemiBold
    }
    Repeater {
        model: box.editor.ageBands
        delegate: RowLayout {
            id: band
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                Layout.fillWidth: true
                text: band.modelData.name
                placeholderText: qsTr("Name")
                onTextEdited: box.editor.setItem("ageBands", band.index, "name", text)
            }
            TextField {
                Layout.preferredWidth: 64
                text: String(band.modelData.fromAge)
                horizontalAlignment: Text.AlignRight
                Accessible.name: qsTr("From age")
                onTextEdited: box.editor.setItem("ageBands", band.index, "fromAge", text)
            }
            Label { text: qsTr("to") }
            TextField {
                Layout.preferredWidth: 64
                text: String(band.modelData.toAge)
                horizontalAlignment: Text.AlignRight
                Accessible.name: qsTr("To age")
                onTextEdited: box.editor.setItem("ageBands", band.index, "toAge", text)
            }
            RowButtons {
                editor: box.editor
                list: "ageBands"
                index: band.index
                count: box.editor.ageBands.length
            }
        }
    }
    ProblemLabel { editor: box.editor; field: "ageBands" }
    Button {
        text: qsTr("Add age band")
        flat: true
        onClicked: box.editor.addItem("ageBands")
    }

    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("Professionalisation hours (at 1.0 FTE, pro rata)")
        font.weight: Font.DemiBold
    }
    NumberField {
        Layout.fillWidth: true
        editor: box.editor
        field: "hoursPerYear"
        label: qsTr("Hours a year")
    }
    NumberField {
        Layout.fillWidth: true
        editor: box.editor
        field: "savingYears"
        label: qsTr("Years unspent hours stay usable (0: use them or lose them)")
    }
    NumberField {
        Layout.fillWidth: true
        editor: box.editor
        field: "extraFromAge"
        label: qsTr("Extra hours from age (0: none)")
    }
    NumberField {
        Layout.fillWidth: true
        editor: box.editor
        field: "extraHoursPerYear"
        label: qsTr("Extra hours a year")
    }
    ProblemLabel { editor: box.editor; field: "hoursPolicy" }
}
