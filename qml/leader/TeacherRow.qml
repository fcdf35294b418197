import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// One teacher in the leader's list: team, last and next conversation, how many, uit dienst; a
// menu marks them uit dienst (or in dienst again) and exports everything about them.
ItemDelegate {
    id: row

    required property string name
    required property string teamName
    required property bool hasKey
    required property string fingerprint
    required property bool uitDienst
    required property string leftOn
    required property string deleteOn
    required property string lastConversation
    required property string nextConversation
    required property int conversations
    property bool compact: false

    signal markLeftRequested(string name)
    signal markInDienstRequested(string name)
    signal exportRequested(string name)

    objectName: "teacher-" + name
    padding: Theme.margin
    hoverEnabled: false
    Accessible.name: name

    contentItem: RowLayout {
        spacing: Theme.margin
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: row.name
                    font.pixelSize: 17
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "uitDienst"
                    visible: row.uitDienst
                    text: qsTr("uit dienst since %1").arg(row.leftOn)
                    color: Theme.error
                    font.weight: Font.DemiBold
                }
            }
            Label {
                Layout.fillWidth: true
                text: [row.teamName,
                       row.lastConversation === "" ? qsTr("no conversation held yet") : qsTr("last %1").arg(row.lastConversation),
                       row.nextConversation === "" ? "" : qsTr("next %1").arg(row.nextConversation),
                       qsTr("%n conversation(s)", "", row.conversations)].filter(s => s !== "").join(" · ")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: !row.compact
                text: row.hasKey ? qsTr("Key %1").arg(row.fingerprint) : qsTr("No key yet: it comes with their first preparation.")
                color: Theme.mutedText
                font.pixelSize: 12
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: row.uitDienst && row.deleteOn !== ""
                text: qsTr("Everything about them is deleted on %1.").arg(row.deleteOn)
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.Wrap
            }
        }
        ToolButton {
            objectName: "teacherMenuButton"
            text: "\u22EE"
            font.pixelSize: 20
            Accessible.name: qsTr("More for %1").arg(row.name)
            onClicked: menu.popup()
        }
    }
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    Menu {
        id: menu
        MenuItem {
            objectName: "exportAccessRequest"
            text: qsTr("Export everything about %1 (access request)…").arg(row.name)
            onTriggered: row.exportRequested(row.name)
        }
        MenuItem {
            objectName: "markLeft"
            text: row.uitDienst ? qsTr("In dienst again") : qsTr("Mark uit dienst today")
            onTriggered: row.uitDienst ? row.markInDienstRequested(row.name) : row.markLeftRequested(row.name)
        }
    }
}
