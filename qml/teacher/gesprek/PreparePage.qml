import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Preparing a waarderingsgesprek: the day and the leader, your own points per part, the
// reflections and POP goals you bring, the hours balance and (only if you switch it on) your
// wellbeing. Kept as you go, like a reflection draft; the preview shows what the leader will see.
Page {
    id: page

    /** Start the preparation of a new conversation (the kept one was answered). */
    property bool startNew: false
    signal back
    onBack: Navigator.back()

    function openPreview() {
        if (prep.flush())
            Navigator.open("gesprek-preview", {})
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        if (startNew && !prep.editable)
            prep.startNew()
    }
    Component.onDestruction: prep.flush()

    PreparationEditor {
        id: prep
        objectName: "preparationEditor"
        journal: Journal
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
                text: qsTr("Prepare waarderingsgesprek")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
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
            x: Math.max(Theme.spacing, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                objectName: "prepareState"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                wrapMode: Text.Wrap
                color: prep.editable ? Theme.mutedText : Theme.accent
                text: prep.state === "held" || prep.state === "closed"
                      ? qsTr("Your leader's verslag of this conversation has arrived: its preparation cannot change any more.")
                      : prep.state === "sent"
                      ? qsTr("You sent this preparation. Change it and send it again until your leader's verslag arrives.")
                      : qsTr("Everything here stays on your device until you send it. It is kept as you go.")
            }
            Button {
                objectName: "startNewButton"
                visible: !prep.editable
                Layout.leftMargin: Theme.spacing
                highlighted: true
                text: qsTr("Prepare your next conversation")
                onClicked: prep.startNew()
            }

            PrepareWhenBox {
                Layout.fillWidth: true
                editor: prep
            }
            FormSection {
                objectName: "openAgreementsBox"
                Layout.fillWidth: true
                visible: prep.openAgreements.length > 0
                title: qsTr("Open agreements")
                hint: qsTr("The agreements of your last conversation that are not done yet. They are added to the terugblik by themselves.")
                Repeater {
                    model: prep.openAgreements
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        text: "\u2022 " + modelData.what
                              + (modelData.due !== "" ? " (" + Language.formatDay(modelData.due) + ")" : "")
                    }
                }
            }
            PreparePointsBox {
                Layout.fillWidth: true
                editor: prep
            }
            PrepareReflectionsBox {
                Layout.fillWidth: true
                editor: prep
            }
            PrepareGoalsBox {
                Layout.fillWidth: true
                editor: prep
            }
            PrepareSharingBox {
                Layout.fillWidth: true
                editor: prep
            }

            Label {
                objectName: "prepareError"
                Layout.fillWidth: true
                visible: prep.errorText !== ""
                text: prep.errorText
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "previewButton"
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                visible: prep.editable
                highlighted: true
                text: qsTr("See what your leader will see")
                onClicked: page.openPreview()
            }
        }
    }
}
