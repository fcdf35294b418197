pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Writing or changing a POP goal: what, why (kernwaarden, a school theme), how you will know,
// by when, and where it stands.
Page {
    id: page

    property int goalId: 0
    property int schoolYear: 0 // for a new goal; 0: the current school year
    signal done
    onDone: Navigator.back()

    function trySave() {
        if (editor.save())
            page.done()
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        if (goalId !== 0)
            editor.edit(goalId)
        else
            editor.startNew(schoolYear)
        if (!editor.editing)
            titleField.forceActiveFocus()
    }

    GoalEditor {
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
                Accessible.name: qsTr("Close without saving")
                onClicked: page.done()
            }
            Label {
                Layout.fillWidth: true
                text: editor.editing ? qsTr("Edit goal") : qsTr("New goal")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
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
                Layout.fillWidth: true
                text: qsTr("School year %1").arg(editor.schoolYearLabel)
                color: Theme.mutedText
            }
            Label {
                text: qsTr("Your goal")
                font.weight: Font.DemiBold
            }
            // A title wraps rather than scrolls, so the whole goal stays readable on a phone.
            TextArea {
                id: titleField
                objectName: "goalTitleField"
                Layout.fillWidth: true
                placeholderText: qsTr("What do you want to grow in?")
                wrapMode: TextEdit.Wrap
                text: editor.title
                onTextChanged: editor.title = text
                Keys.onReturnPressed: event => event.accepted = true // one line, however long
                Accessible.name: qsTr("Your goal")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("For example: \"I want to give pupils more ownership of their learning goals.\"")
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.Wrap
            }

            Label {
                text: qsTr("Why: which kernwaarde?")
                font.weight: Font.DemiBold
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: Profile.kernwaarden
                    delegate: ValueChip {
                        required property var modelData
                        objectName: "goalValue-" + modelData.id
                        name: modelData.name
                        tint: modelData.color
                        checked: editor.valueIds.indexOf(modelData.id) >= 0
                        onClicked: editor.toggleValue(modelData.id)
                    }
                }
            }

            Label {
                text: qsTr("School theme (optional)")
                font.weight: Font.DemiBold
                visible: editor.themes.length > 0
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: editor.themes.length > 0
                Repeater {
                    model: editor.themes
                    delegate: ValueChip {
                        required property var modelData
                        objectName: "goalTheme-" + modelData.id
                        name: modelData.name
                        tint: Theme.mutedText
                        checked: editor.themeId === modelData.id
                        onClicked: editor.themeId = checked ? modelData.id : ""
                    }
                }
            }

            Label {
                text: qsTr("How will you know? (optional)")
                font.weight: Font.DemiBold
            }
            TextArea {
                objectName: "goalCriteriaField"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                placeholderText: qsTr("What do you see when it has worked?")
                wrapMode: TextEdit.Wrap
                text: editor.successCriteria
                onTextChanged: editor.successCriteria = text
                Accessible.name: qsTr("Success criteria")
            }

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Target date")
                    font.weight: Font.DemiBold
                }
                Button {
                    flat: true
                    text: editor.targetDate !== "" ? Language.formatDay(editor.targetDate) : qsTr("None")
                    Accessible.name: qsTr("Target date: %1. Change").arg(editor.targetDate !== "" ? Language.formatDayLong(editor.targetDate) : qsTr("none"))
                    onClicked: {
                        targetPicker.selectedDate = editor.targetDate !== "" ? editor.targetDate : Journal.today
                        targetPicker.open()
                    }
                }
                ToolButton {
                    visible: editor.targetDate !== ""
                    text: "\u2715"
                    Accessible.name: qsTr("No target date")
                    onClicked: editor.targetDate = ""
                }
                Item { Layout.fillWidth: true }
            }

            Label {
                text: qsTr("Status")
                font.weight: Font.DemiBold
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: editor.statuses
                    delegate: ValueChip {
                        required property var modelData
                        name: modelData.name
                        tint: Theme.primary
                        checked: editor.status === modelData.id
                        onClicked: editor.status = modelData.id
                    }
                }
            }

            Label {
                objectName: "goalErrorLabel"
                Layout.fillWidth: true
                visible: editor.errorText !== ""
                text: editor.errorText
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "saveGoalButton"
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                text: editor.editing ? qsTr("Save changes") : qsTr("Save goal")
                highlighted: true
                onClicked: page.trySave()
            }
        }
    }

    DatePickerDialog {
        id: targetPicker
        onAccepted: editor.targetDate = selectedDate
    }
}
