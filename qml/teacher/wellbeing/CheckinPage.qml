pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Answering one check-in (the weekly pulse, the fortnightly WHO-5) and, afterwards, your own
// result: for a low WHO-5 a calm pointer to the people who can help. Shown to you only.
Page {
    id: page

    required property string instrumentId
    signal done
    onDone: Navigator.back()

    background: Rectangle { color: Theme.background }

    CheckinForm {
        id: form
        journal: Journal
        instrumentId: page.instrumentId
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "\u2715"
                font.pixelSize: 20
                Accessible.name: qsTr("Close")
                onClicked: page.done()
            }
            Label {
                Layout.fillWidth: true
                text: form.title
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: form.intro
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("About: %1").arg(form.periodLabel)
                color: Theme.mutedText
            }
            Label {
                objectName: "answeredBeforeLabel"
                Layout.fillWidth: true
                visible: form.answeredBefore && !form.done
                text: qsTr("You answered this period already; saving again replaces that answer.")
                color: Theme.primary
                wrapMode: Text.Wrap
            }

            Repeater {
                model: form.items
                delegate: ScoreSelector {
                    required property var modelData
                    required property int index
                    objectName: "checkinItem" + index
                    Layout.fillWidth: true
                    enabled: !form.done
                    title: modelData.text
                    from: form.scaleMin
                    to: form.scaleMax
                    lowLabel: form.lowLabel
                    highLabel: form.highLabel
                    value: form.answers[index]
                    onChosen: v => form.setAnswer(index, v)
                }
            }

            Repeater {
                model: form.choiceLists
                delegate: ColumnLayout {
                    id: choiceList
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: choiceList.modelData.question
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Repeater {
                            model: choiceList.modelData.options
                            delegate: ValueChip {
                                required property var modelData
                                objectName: "choice-" + choiceList.modelData.id + "-" + modelData.id
                                name: modelData.name
                                tint: Theme.primary
                                enabled: !form.done
                                checked: (form.selections[choiceList.modelData.id] ?? []).indexOf(modelData.id) >= 0
                                onClicked: form.toggleChoice(choiceList.modelData.id, modelData.id)
                            }
                        }
                    }
                }
            }

            Label {
                objectName: "checkinError"
                Layout.fillWidth: true
                visible: form.errorText !== ""
                text: form.errorText
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "saveCheckin"
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                visible: !form.done
                highlighted: true
                text: form.openCount > 0 ? qsTr("Save (%n question(s) open)", "", form.openCount) : qsTr("Save")
                onClicked: form.save()
            }

            CheckinResult {
                Layout.fillWidth: true
                visible: form.done
                scoreText: form.scoreText
                band: form.band
                contacts: form.supportContacts
                onClosed: page.done()
            }
        }
    }
}
