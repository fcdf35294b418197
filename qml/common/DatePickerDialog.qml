import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// A calendar in a dialog. Dates are ISO strings ("2026-11-22") so no time zone can shift a day.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it breaks MonthGrid's delegates.
Dialog {
    id: dialog

    property string selectedDate: ""
    property string maximumDate: ""
    property int shownYear: 2026
    property int shownMonth: 0 // 0-based, as MonthGrid wants

    function iso(year, month0, day) {
        return year + "-" + String(month0 + 1).padStart(2, "0") + "-" + String(day).padStart(2, "0")
    }
    function step(months) {
        const m = shownMonth + months
        shownYear += Math.floor(m / 12)
        shownMonth = ((m % 12) + 12) % 12
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(360, parent ? parent.width - 32 : 360)
    title: Language.formatDayLong(selectedDate)
    standardButtons: Dialog.Ok | Dialog.Cancel
    onAboutToShow: {
        const parts = (selectedDate || maximumDate).split("-")
        shownYear = parseInt(parts[0])
        shownMonth = parseInt(parts[1]) - 1
    }

    // The calendar is built when the dialog opens: start-up does not pay for its 42 day cells.
    Loader {
        anchors.fill: parent
        active: dialog.visible
        sourceComponent: ColumnLayout {
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    text: "\u2039"
                    font.pixelSize: 24
                    Accessible.name: qsTr("Previous month")
                    onClicked: dialog.step(-1)
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: grid.title
                    font.weight: Font.DemiBold
                }
                ToolButton {
                    text: "\u203A"
                    font.pixelSize: 24
                    enabled: dialog.maximumDate === ""
                             || dialog.iso(dialog.shownYear, dialog.shownMonth, 1).slice(0, 7) < dialog.maximumDate.slice(0, 7)
                    Accessible.name: qsTr("Next month")
                    onClicked: dialog.step(1)
                }
            }
            DayOfWeekRow {
                Layout.fillWidth: true
            }
            MonthGrid {
                id: grid
                Layout.fillWidth: true
                year: dialog.shownYear
                month: dialog.shownMonth
                delegate: AbstractButton {
                    id: cell
                    required property int day
                    required property int month
                    required property int year
                    readonly property string isoDay: dialog.iso(year, month, day)
                    readonly property bool allowed: dialog.maximumDate === "" || isoDay <= dialog.maximumDate
                    readonly property bool chosen: isoDay === dialog.selectedDate
                    implicitHeight: 44
                    enabled: allowed && month === grid.month
                    opacity: month === grid.month ? 1 : 0.3
                    Accessible.name: Language.formatDayLong(isoDay)
                    background: Rectangle {
                        anchors.centerIn: parent
                        width: 40
                        height: 40
                        radius: 20
                        color: cell.chosen ? Theme.primary : "transparent"
                        border.width: cell.isoDay === dialog.maximumDate && !cell.chosen ? 1 : 0
                        border.color: Theme.primary
                    }
                    contentItem: Label {
                        text: cell.day
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: cell.chosen ? "white" : (cell.allowed ? Theme.text : Theme.divider)
                    }
                    onClicked: dialog.selectedDate = isoDay
                }
            }
        }
    }
}
