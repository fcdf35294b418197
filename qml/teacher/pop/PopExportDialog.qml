import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// Exporting one school year's POP and hours as a PDF for the bekwaamheidsdossier: what goes in,
// what never does, and where the file is saved.
Dialog {
    id: dialog

    property url file

    function openFor(schoolYear) {
        exporter.schoolYear = schoolYear
        exporter.reset()
        file = exporter.suggestedFile
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 24 : 480)
    modal: true
    title: qsTr("POP %1 as PDF").arg(exporter.schoolYearLabel)

    PopExport {
        id: exporter
        journal: Journal
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("For your bekwaamheidsdossier: your goals with their actions and evidence, and your professionaliseringsuren. Your wellbeing check-ins and the scores of your reflections are never included.")
            wrapMode: Text.Wrap
        }
        CheckBox {
            id: includeText
            objectName: "includeReflectionText"
            Layout.fillWidth: true
            text: qsTr("Include the text of linked reflections")
            contentItem: Label { // wraps instead of eliding on a phone
                leftPadding: includeText.indicator.width + includeText.spacing
                text: includeText.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
            checked: exporter.includeReflectionText
            onToggled: exporter.includeReflectionText = checked
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Without it, a linked reflection appears only with its day and kernwaarden.")
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
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
            text: exporter.errorText !== "" ? exporter.errorText
                  : exporter.writtenPath !== "" ? qsTr("Saved: %1").arg(exporter.writtenPath) : ""
            color: exporter.errorText !== "" ? Theme.error : Theme.primary
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
                onClicked: exporter.exportTo(dialog.file)
            }
        }
    }

    FileDialog {
        id: fileDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        selectedFile: dialog.file
        onAccepted: dialog.file = selectedFile
    }
}
