pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Quick entry and editing of one reflection: text, day, kernwaarden, how it went, energy, context.
// What is typed is kept as a draft until it is saved, even if the app is closed.
Page {
    id: page

    property int reflectionId: 0
    signal done
    onDone: Navigator.back()

    function trySave() {
        if (editor.save())
            page.done()
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        if (reflectionId !== 0)
            editor.edit(reflectionId)
        else
            editor.startNew()
        if (!editor.editing)
            textArea.forceActiveFocus()
    }

    ReflectionEditor {
        id: editor
        journal: Journal
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "\u2715"
                font.pixelSize: 20
                Accessible.name: editor.editing ? qsTr("Close without saving") : qsTr("Close; the draft is kept")
                onClicked: page.done()
            }
            Label {
                Layout.fillWidth: true
                text: editor.editing ? qsTr("Edit reflection") : qsTr("New reflection")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            ToolButton {
                visible: !editor.editing && (editor.textLength > 0 || editor.valueIds.length > 0)
                text: qsTr("Discard")
                onClicked: editor.discard()
            }
            Button {
                text: qsTr("Save")
                highlighted: true
                Layout.rightMargin: Theme.spacing
                onClicked: page.trySave()
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: form
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                objectName: "restoredDraftLabel"
                Layout.fillWidth: true
                visible: editor.restoredDraft
                text: qsTr("Your unsaved reflection from last time is back.")
                color: Theme.primary
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Day")
                    font.weight: Font.DemiBold
                }
                Button {
                    flat: true
                    text: editor.day === Journal.today ? qsTr("Today") : Language.formatDay(editor.day)
                    Accessible.name: qsTr("Day: %1. Change").arg(Language.formatDayLong(editor.day))
                    onClicked: {
                        dayPicker.selectedDate = editor.day
                        dayPicker.open()
                    }
                }
                Item { Layout.fillWidth: true }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                TextArea {
                    id: textArea
                    objectName: "reflectionText"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 120
                    placeholderText: qsTr("What happened? Two sentences are enough.")
                    wrapMode: TextEdit.Wrap
                    text: editor.text
                    onTextChanged: editor.text = text
                    Accessible.name: qsTr("What happened")
                }
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: editor.tooLong ? qsTr("%1 of at most %2 characters: please shorten").arg(editor.textLength).arg(editor.maxLength)
                                         : qsTr("%1 / %2").arg(editor.textLength).arg(editor.maxLength)
                    visible: editor.tooLong || editor.textLength > editor.maxLength * 0.8
                    color: editor.tooLong ? Theme.error : Theme.mutedText
                    font.pixelSize: 12
                }
            }

            Label {
                text: qsTr("Which kernwaarde did it touch?")
                font.weight: Font.DemiBold
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: Profile.kernwaarden
                    delegate: ValueChip {
                        required property var modelData
                        objectName: "valueChip-" + modelData.id
                        name: modelData.name
                        tint: modelData.color
                        checked: editor.valueIds.indexOf(modelData.id) >= 0
                        onClicked: editor.toggleValue(modelData.id)
                    }
                }
            }

            ScoreSelector {
                objectName: "outcomeSelector"
                Layout.fillWidth: true
                title: qsTr("How did it go?")
                lowLabel: qsTr("difficult")
                highLabel: qsTr("very well")
                value: editor.outcome
                onChosen: v => editor.outcome = v
            }
            ScoreSelector {
                Layout.fillWidth: true
                title: qsTr("Your energy (optional)")
                lowLabel: qsTr("empty")
                highLabel: qsTr("full of energy")
                optional: true
                value: editor.energy
                onChosen: v => editor.energy = v
            }

            Label {
                text: qsTr("Context (optional)")
                font.weight: Font.DemiBold
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: Profile.contextTags
                    delegate: ValueChip {
                        required property var modelData
                        name: modelData.name
                        tint: Theme.mutedText
                        checked: editor.tagIds.indexOf(modelData.id) >= 0
                        onClicked: editor.toggleTag(modelData.id)
                    }
                }
            }

            Label {
                id: errorLabel
                objectName: "errorLabel"
                Layout.fillWidth: true
                visible: editor.errorText !== ""
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "saveButton"
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                text: editor.editing ? qsTr("Save changes") : qsTr("Save reflection")
                highlighted: true
                onClicked: page.trySave()
            }
        }
    }

    DatePickerDialog {
        id: dayPicker
        maximumDate: Journal.today
        onAccepted: editor.day = selectedDate
    }
}
