import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The school profile on the leader's device: installed from the co-signed file HR publishes. It
// lists the leader with their teams and key; a profile without the leader's key is refused with
// what to do (HR adds it).
Page {
    id: page
    objectName: "leaderProfilePage"

    property bool compact: false
    readonly property alias profile: profile

    background: Rectangle { color: Theme.background }

    LeaderProfile {
        id: profile
        desk: Leader
    }

    header: ToolBar {
        Material.background: Theme.surface
        Material.foreground: Theme.text
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("School profile")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            Button {
                objectName: "installProfileButton"
                text: profile.installed ? qsTr("Install a new version…") : qsTr("Install profile…")
                highlighted: !profile.installed
                onClicked: openDialog.open()
            }
        }
    }

    DropArea {
        anchors.fill: parent
        onDropped: drop => profile.installDropped(drop.urls)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                objectName: "profileError"
                Layout.fillWidth: true
                visible: text !== ""
                text: profile.errorText
                color: Theme.error
                wrapMode: Text.Wrap
                font.pixelSize: profile.notListed ? 16 : 14
            }
            Label {
                objectName: "profileStatus"
                Layout.fillWidth: true
                visible: text !== ""
                text: profile.statusText
                color: Theme.primary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: !Leader.key.known
                text: qsTr("You have no key on this device yet: make one or open yours under Key, and give HR its .pub file.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            EmptyState {
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                visible: !profile.installed
                title: qsTr("No school profile yet")
                message: qsTr("HR gives you the school's co-signed profile (.kwprofiel). It lists you as the leader of your teams, with your key. Install it here, or drop it on this window.")
            }

            Pane {
                objectName: "profileCard"
                visible: profile.installed
                Layout.fillWidth: true
                padding: Theme.margin
                Material.elevation: 1
                Material.background: Theme.surface

                GridLayout {
                    anchors.fill: parent
                    columns: page.width < 560 ? 1 : 2
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.spacing

                    Label {
                        Layout.columnSpan: parent.columns
                        Layout.fillWidth: true
                        text: profile.schoolName
                        font.pixelSize: 20
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label { text: qsTr("Version"); color: Theme.mutedText }
                    Label {
                        Layout.fillWidth: true
                        text: profile.validUntil === "" ? String(profile.version)
                            : qsTr("%1, valid until %2").arg(profile.version).arg(profile.validUntil)
                        wrapMode: Text.Wrap
                    }
                    Label { text: qsTr("You"); color: Theme.mutedText }
                    Label {
                        objectName: "leaderName"
                        Layout.fillWidth: true
                        text: profile.leaderName
                        wrapMode: Text.Wrap
                    }
                    Label { text: qsTr("Your teams"); color: Theme.mutedText }
                    Label {
                        Layout.fillWidth: true
                        text: profile.teams
                        wrapMode: Text.Wrap
                    }
                    Label { text: qsTr("Kernwaarden"); color: Theme.mutedText }
                    Label {
                        Layout.fillWidth: true
                        text: profile.kernwaarden
                        wrapMode: Text.Wrap
                    }
                    Label { text: qsTr("Kept"); color: Theme.mutedText }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What you hold about a teacher is deleted %n year(s) after they leave (uit dienst).", "", profile.retentionYears)
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    FileDialog {
        id: openDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("School profiles (*.kwprofiel)")]
        onAccepted: profile.install(selectedFile)
    }
}
