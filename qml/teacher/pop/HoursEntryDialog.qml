pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Adding or changing one professionalisation activity: when, what kind, what, hours planned and
// spent. A refused save keeps the dialog open with the reason.
Dialog {
    id: dialog

    required property HoursLedgerModel ledger
    property int entryId: 0
    property string day: ""
    readonly property var kinds: ledger.kinds()

    /** Opens for a new activity (@p entry null) or for an entry delegate to change. */
    function openFor(entry) {
        entryId = entry ? entry.entryId : 0
        day = entry ? entry.day : Journal.today
        kindBox.currentIndex = Math.max(0, kinds.findIndex(k => k.id === (entry ? entry.kindId : "")))
        descriptionField.text = entry ? entry.description : ""
        plannedField.text = entry ? entry.plannedText : ""
        spentField.text = entry ? entry.spentText : ""
        errorLabel.text = ""
        open()
    }
    function trySave() {
        errorLabel.text = ledger.saveEntry(entryId, day, kinds[kindBox.currentIndex].id, descriptionField.text,
                                           plannedField.text, spentField.text)
        if (errorLabel.text === "")
            close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 24 : 460)
    modal: true
    title: entryId === 0 ? qsTr("New activity") : qsTr("Change activity")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Date")
                font.weight: Font.DemiBold
            }
            Button {
                flat: true
                text: Language.formatDay(dialog.day)
                onClicked: {
                    dayPicker.selectedDate = dialog.day
                    dayPicker.open()
                }
            }
        }
        ComboBox {
            id: kindBox
            objectName: "hoursKind"
            Layout.fillWidth: true
            model: dialog.kinds
            textRole: "name"
            Accessible.name: qsTr("Kind of activity")
        }
        TextField {
            id: descriptionField
            objectName: "hoursDescription"
            Layout.fillWidth: true
            placeholderText: qsTr("What, e.g. \"Course on feedback\"")
        }
        // Labels above the fields: a placeholder disappears as soon as something is typed.
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: 0
            Label {
                text: qsTr("Planned hours")
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Label {
                text: qsTr("Spent hours")
                font.pixelSize: 13
                color: Theme.mutedText
            }
            TextField {
                id: plannedField
                objectName: "hoursPlanned"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. 1,5")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Planned hours")
            }
            TextField {
                id: spentField
                objectName: "hoursSpent"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. 1:30")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Spent hours")
            }
        }
        Label {
            id: errorLabel
            objectName: "hoursError"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.error
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                visible: dialog.entryId !== 0
                flat: true
                text: qsTr("Delete")
                onClicked: {
                    errorLabel.text = dialog.ledger.removeEntry(dialog.entryId)
                    if (errorLabel.text === "")
                        dialog.close()
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                flat: true
                text: qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                objectName: "saveHours"
                text: qsTr("Save")
                highlighted: true
                onClicked: dialog.trySave()
            }
        }
    }

    DatePickerDialog {
        id: dayPicker
        onAccepted: dialog.day = selectedDate
    }
}
