import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// The agreements of a conversation: what, who, by when, what it serves; after the response the
// teacher's akkoord or gezien with their reaction. Removable while the conversation is open.
ColumnLayout {
    id: list

    required property ConversationNotes notes
    property bool removable: false
    property int fontSize: 15

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        visible: list.notes.agreements.count === 0
        text: qsTr("No agreements yet.")
        color: Theme.mutedText
        font.pixelSize: list.fontSize
    }
    Repeater {
        model: list.notes.agreements
        delegate: RowLayout {
            id: agreement
            required property int index
            required property string what
            required property string whoName
            required property string due
            required property string kernwaarde
            required property string goalTitle
            required property string answer
            required property string reaction
            objectName: "agreement-" + index
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                text: (agreement.index + 1) + "."
                font.pixelSize: list.fontSize
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: agreement.what
                    font.pixelSize: list.fontSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: [agreement.whoName,
                           agreement.due === "" ? "" : qsTr("by %1").arg(agreement.due),
                           agreement.kernwaarde, agreement.goalTitle === "" ? "" : qsTr("POP: %1").arg(agreement.goalTitle)]
                        .filter(s => s !== "").join(" · ")
                    color: Theme.mutedText
                    font.pixelSize: list.fontSize - 2
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: agreement.answer !== ""
                    text: (agreement.answer === "agreed" ? qsTr("Akkoord") : qsTr("Gezien, not agreed"))
                        + (agreement.reaction === "" ? "" : qsTr(": %1").arg(agreement.reaction))
                    color: agreement.answer === "agreed" ? Theme.primary : Theme.accent
                    font.pixelSize: list.fontSize - 1
                    wrapMode: Text.Wrap
                }
            }
            ToolButton {
                visible: list.removable
                text: "\u2715"
                Accessible.name: qsTr("Remove agreement %1").arg(agreement.index + 1)
                Layout.alignment: Qt.AlignTop
                onClicked: list.notes.removeAgreement(agreement.index)
            }
        }
    }
}
