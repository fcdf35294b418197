import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The professionaliseringsuren of one school year: the balance, your FTE and birth year (which
// set the budget), and every planned or spent activity.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property int schoolYear: 0 // 0: the current one
    signal back
    onBack: Navigator.back()

    background: Rectangle { color: Theme.background }

    HoursLedgerModel {
        id: hoursLedger
        journal: Journal
        schoolYear: page.schoolYear
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "\u2039"
                font.pixelSize: 24
                Accessible.name: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Hours")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            SchoolYearSwitcher {
                label: hoursLedger.shownYearLabel
                onStepped: delta => page.schoolYear = hoursLedger.shownYear + delta
            }
        }
    }

    ListView {
        id: list
        objectName: "hoursList"
        anchors.fill: parent
        clip: true
        model: width > 0 && height > 0 ? hoursLedger : null
        spacing: 0
        topMargin: Theme.spacing
        bottomMargin: 96
        readonly property real contentColumnWidth: Math.min(width - 2 * Theme.spacing, Theme.contentMaxWidth)

        header: ColumnLayout {
            x: (ListView.view.width - width) / 2
            width: ListView.view.contentColumnWidth
            spacing: Theme.spacing
            HoursSummaryCard {
                Layout.fillWidth: true
                ledger: hoursLedger
            }
            Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                Material.background: Theme.surface
                Material.elevation: 1
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What your budget is based on")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("FTE in %1: %2 · birth year: %3").arg(hoursLedger.shownYearLabel)
                              .arg(hoursLedger.fteText || qsTr("not set")).arg(hoursLedger.birthYear > 0 ? hoursLedger.birthYear : qsTr("not set"))
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: hoursLedger.extraHours
                        text: qsTr("Extra hours for your age are included.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    Button {
                        objectName: "editBasisButton"
                        flat: true
                        text: qsTr("Change FTE or birth year")
                        onClicked: basisDialog.open()
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    text: qsTr("Activities (%1)").arg(hoursLedger.count)
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                }
                Button {
                    objectName: "addHoursButton"
                    text: qsTr("Add")
                    highlighted: true
                    onClicked: entryDialog.openFor(null)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                visible: hoursLedger.count === 0
                text: qsTr("Nothing planned or spent in %1 yet. Add a training, coaching, intervisie or study day.").arg(hoursLedger.shownYearLabel)
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
        }

        delegate: ItemDelegate {
            id: entry
            required property int entryId
            required property string day
            required property string dayLabel
            required property string kindId
            required property string kindName
            required property string description
            required property string plannedText
            required property string spentText
            x: (ListView.view.width - width) / 2
            width: ListView.view.contentColumnWidth
            padding: Theme.spacing
            Accessible.name: dayLabel + ", " + kindName + ": " + description
            onClicked: entryDialog.openFor(entry)
            contentItem: RowLayout {
                spacing: Theme.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: entry.description
                        wrapMode: Text.Wrap
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.dayLabel + " · " + entry.kindName
                        color: Theme.mutedText
                        font.pixelSize: 13
                        elide: Text.ElideRight
                    }
                }
                ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: entry.spentText !== "" ? qsTr("%1 h spent").arg(entry.spentText) : ""
                        visible: text !== ""
                    }
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: entry.plannedText !== "" ? qsTr("%1 h planned").arg(entry.plannedText) : ""
                        visible: text !== ""
                        color: Theme.mutedText
                        font.pixelSize: 13
                    }
                }
            }
        }
        ScrollIndicator.vertical: ScrollIndicator {}
    }

    HoursEntryDialog {
        id: entryDialog
        ledger: hoursLedger
    }
    Dialog {
        id: basisDialog
        objectName: "basisDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, parent ? parent.width - 32 : 420)
        modal: true
        title: qsTr("FTE and birth year")
        standardButtons: Dialog.Cancel | Dialog.Save
        onAboutToShow: {
            fteField.text = hoursLedger.fteText
            birthField.text = hoursLedger.birthYear > 0 ? hoursLedger.birthYear : ""
            basisError.text = ""
        }
        onAccepted: {
            let error = fteField.text.trim() !== "" && fteField.text !== hoursLedger.fteText ? hoursLedger.setFte(fteField.text) : ""
            if (error === "" && birthField.text.trim() !== "" && parseInt(birthField.text) !== hoursLedger.birthYear)
                error = hoursLedger.setBirthYear(parseInt(birthField.text))
            if (error !== "") {
                basisError.text = error
                open()
            }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("FTE from school year %1 on").arg(hoursLedger.shownYearLabel)
                wrapMode: Text.Wrap
            }
            TextField {
                id: fteField
                objectName: "fteField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. 0,8")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Birth year (for extra hours at an older age)")
                wrapMode: Text.Wrap
            }
            TextField {
                id: birthField
                objectName: "birthYearField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. 1968")
                inputMethodHints: Qt.ImhDigitsOnly
            }
            Label {
                id: basisError
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
    }
}
