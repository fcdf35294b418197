import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Finds reflections in the journal and links or unlinks them as evidence of one goal.
Dialog {
    id: dialog

    required property EvidenceListModel evidence

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 24 : 560)
    height: Math.min(640, parent ? parent.height - 48 : 640)
    modal: true
    title: qsTr("Link reflections")
    standardButtons: Dialog.Close
    onAboutToShow: search.clear()

    ReflectionListModel {
        id: reflections
        journal: Journal
        searchText: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        TextField {
            id: search
            objectName: "evidenceSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search your reflections")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        Label {
            id: linkError
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.error
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.visible ? reflections : null
            delegate: CheckDelegate {
                id: row
                required property int reflectionId
                required property string plainText
                required property string dayLabel
                width: ListView.view.width
                objectName: "evidenceChoice-" + reflectionId
                checked: dialog.evidence.contains(reflectionId)
                text: dayLabel + " · " + plainText
                contentItem: Label {
                    leftPadding: 0
                    rightPadding: row.indicator.width + row.spacing
                    text: row.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                onClicked: linkError.text = dialog.evidence.setLinked(reflectionId, checked)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        Label {
            Layout.fillWidth: true
            visible: list.count === 0
            text: qsTr("No reflection matches these words.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
