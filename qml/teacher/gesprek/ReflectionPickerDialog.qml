import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// Finds reflections in the journal and ticks them for the conversation, one by one. Only the
// text of a ticked reflection goes to the leader.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Dialog {
    id: dialog

    required property PreparationEditor editor

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 24 : 560)
    height: Math.min(640, parent ? parent.height - 48 : 640)
    modal: true
    title: qsTr("Choose reflections")
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
            objectName: "reflectionSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search your reflections")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Only the text of the reflections you tick goes to your leader.")
            color: Theme.mutedText
            font.pixelSize: 13
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
                required property var valueIds
                width: ListView.view.width
                objectName: "reflectionChoice-" + reflectionId
                checked: dialog.editor.reflectionParts[String(reflectionId)] !== undefined
                text: dayLabel + " · " + valueIds.map(id => Profile.valueName(id)).join(", ") + "\n" + plainText
                contentItem: Label {
                    leftPadding: 0
                    rightPadding: row.indicator.width + row.spacing
                    text: row.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                onClicked: dialog.editor.setReflectionChosen(reflectionId, checked, 0)
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
