import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// HR's export (opened from the dashboard's header): the figures as CSV for a spreadsheet, or
// the A4 report for the MR and the bestuur as PDF; a period; where to save. Only released
// figures carry a number; the rest say which rule withheld them.
//
//     ExportDialog { id: exportDialog }
//     exportDialog.openFor("pdf", "2026-2027/3of6")   // or exportDialog.open()
Dialog {
    id: dialog

    property url file
    /** "csv" or "pdf". */
    property string format: "pdf"
    /** The chosen period id; "" = every period (CSV) or the latest (PDF). */
    readonly property string period: periodBox.currentIndex >= 0 && periodBox.model.length > 0
        ? periodBox.model[periodBox.currentIndex].id : ""

    function openFor(format, period) {
        dialog.format = format === "csv" ? "csv" : "pdf"
        exporter.reset()
        const options = periodBox.model
        let index = 0
        for (let i = 0; i < options.length; ++i) {
            if (options[i].id === period)
                index = i
        }
        periodBox.currentIndex = index
        dialog.file = exporter.suggestedFile(dialog.format === "pdf", dialog.period)
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 24 : 520)
    modal: true
    title: qsTr("Export figures")

    onFormatChanged: dialog.file = exporter.suggestedFile(dialog.format === "pdf", dialog.period)
    onPeriodChanged: dialog.file = exporter.suggestedFile(dialog.format === "pdf", dialog.period)

    HrExport {
        id: exporter
        desk: Hr
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RadioButton {
            objectName: "exportPdf"
            Layout.fillWidth: true
            checked: dialog.format === "pdf"
            text: qsTr("Report for the MR and the bestuur (PDF, A4)")
            onToggled: if (checked) dialog.format = "pdf"
        }
        RadioButton {
            objectName: "exportCsv"
            Layout.fillWidth: true
            checked: dialog.format === "csv"
            text: qsTr("Figures for a spreadsheet (CSV)")
            onToggled: if (checked) dialog.format = "csv"
        }
        Label {
            Layout.fillWidth: true
            text: dialog.format === "pdf"
                ? qsTr("Charts of wellbeing, the pulse, teams and the sources of werkdruk, with participation and the privacy rules the figures passed.")
                : qsTr("One row per figure: released ones with n, mean and 95% interval; withheld ones with the rule that withheld them and no number.")
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Label { text: qsTr("Period") }
            ComboBox {
                id: periodBox
                objectName: "exportPeriod"
                Layout.fillWidth: true
                textRole: "label"
                model: (dialog.format === "csv"
                        ? [{ "id": "", "label": qsTr("All periods") }] : []).concat(exporter.periods)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Save as: %1").arg(decodeURIComponent(String(dialog.file).replace(/^file:\/\//, "")))
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.mutedText
                font.pixelSize: 13
            }
            Button {
                flat: true
                text: qsTr("Choose…")
                onClicked: fileDialog.open()
            }
        }
        Label {
            objectName: "exportResult"
            Layout.fillWidth: true
            visible: text !== ""
            text: exporter.lastError !== "" ? exporter.lastError
                  : exporter.writtenPath !== "" ? qsTr("Saved: %1").arg(exporter.writtenPath) : ""
            color: exporter.lastError !== "" ? Theme.error : Theme.primary
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                flat: true
                text: exporter.writtenPath !== "" ? qsTr("Close") : qsTr("Cancel")
                onClicked: dialog.close()
            }
            Button {
                objectName: "exportButton"
                text: qsTr("Export")
                highlighted: true
                enabled: exporter.periods.length > 0
                onClicked: dialog.format === "pdf" ? exporter.writePdf(dialog.file, dialog.period)
                                                   : exporter.writeCsv(dialog.file, dialog.period)
            }
        }
    }

    FileDialog {
        id: fileDialog
        fileMode: FileDialog.SaveFile
        nameFilters: dialog.format === "pdf" ? [qsTr("PDF files (*.pdf)")] : [qsTr("CSV files (*.csv)")]
        defaultSuffix: dialog.format
        selectedFile: dialog.file
        onAccepted: dialog.file = selectedFile
    }
}
