import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kernwijzer

// One conversation in the list: its day, the leader, where it stands and its open agreements.
ItemDelegate {
    id: row

    required property string conversationId
    required property string plannedOn
    required property string leaderName
    required property string status
    required property int revision
    required property int agreements
    required property int openAgreements

    readonly property string statusText: status === "held" ? qsTr("Verslag to answer")
        : status === "closed" ? qsTr("Closed")
        : qsTr("Sent (version %1)").arg(revision)

    padding: Theme.margin
    Accessible.name: Language.formatDayLong(plannedOn) + ", " + leaderName + ": " + statusText

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: row.status === "held" ? Theme.accent : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: Language.formatDay(row.plannedOn) + " · " + row.leaderName
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                text: row.statusText
                color: row.status === "held" ? Theme.accent : Theme.mutedText
                font.pixelSize: 13
            }
        }
        Label {
            Layout.fillWidth: true
            visible: row.status === "closed"
            text: row.openAgreements > 0 ? qsTr("%n open agreement(s)", "", row.openAgreements)
                                         : qsTr("%n agreement(s), none open", "", row.agreements)
            color: Theme.mutedText
            font.pixelSize: 13
            wrapMode: Text.Wrap
        }
    }
}
