import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Sharing with your school: whose profile the app uses and who holds its two keys, the opt-in
// in plain words, your team, role and age band, and the closed periods you can share.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes Repeater delegates fail to load.
Page {
    id: page

    signal back
    onBack: Navigator.back()

    function importFile(url) { importDialog.checkFile(url) }

    background: Rectangle { color: Theme.background }

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
                text: qsTr("Sharing with your school")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    Flickable {
        id: flick
        objectName: "exchangeFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacing, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            spacing: Theme.margin

            Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                Material.background: Theme.surface
                Material.elevation: 1
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: Exchange.schoolName
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: Exchange.validUntil !== ""
                              ? qsTr("School profile version %1, valid until %2").arg(Exchange.profileVersion).arg(Exchange.validUntil)
                              : qsTr("School profile version %1").arg(Exchange.profileVersion)
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "demoSchoolNote"
                        Layout.fillWidth: true
                        visible: Exchange.isDemoSchool
                        text: Exchange.canShare
                              ? qsTr("This is the demo school: try everything here, but its keys are public, so it is never for real numbers.")
                              : Exchange.shareRefusal
                        color: Theme.accent
                        wrapMode: Text.Wrap
                    }
                    KeyHolderCard {
                        Layout.fillWidth: true
                        title: qsTr("Custodian")
                        holder: Exchange.custodian
                    }
                    Label {
                        objectName: "handoverNote"
                        Layout.fillWidth: true
                        visible: Exchange.handover.since !== undefined
                        // The fingerprint never breaks inside, as in KeyHolderCard.
                        text: visible ? qsTr("Custodian since %1, handed over by %2 (key %3)")
                                            .arg(Exchange.handover.since).arg(Exchange.handover.fromName)
                                            .arg(Exchange.handover.fromFingerprint.replace(/ /g, "\u00a0"))
                                      : ""
                        color: Theme.mutedText
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                    }
                    KeyHolderCard {
                        Layout.fillWidth: true
                        title: qsTr("HR")
                        holder: Exchange.hr
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: Exchange.verificationCode !== ""
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Verification code")
                            color: Theme.mutedText
                            font.pixelSize: 12
                        }
                        Label {
                            objectName: "verificationCode"
                            Layout.fillWidth: true
                            text: Exchange.verificationCode
                            font.family: "monospace"
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("The same as on your school's poster or in the MR newsletter? Then these are your school's keys.")
                            color: Theme.mutedText
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                        }
                    }
                    Button {
                        objectName: "importProfileButton"
                        text: qsTr("Import school profile…")
                        onClicked: importDialog.start()
                    }
                }
            }

            Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                Material.background: Theme.surface
                Material.elevation: 1
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Switch {
                        id: optIn
                        objectName: "optInSwitch"
                        Layout.fillWidth: true
                        text: qsTr("Take part in my school's anonymous trends")
                        contentItem: Label { // wraps instead of eliding on a phone
                            leftPadding: optIn.indicator.width + optIn.spacing
                            text: optIn.text
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                        enabled: Exchange.canShare || Exchange.optedIn // turning off always works
                        checked: Exchange.optedIn
                        onToggled: {
                            Exchange.optedIn = checked
                            checked = Qt.binding(() => Exchange.optedIn) // a refusal snaps it back
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("<b>What is shared:</b> once per period, only numbers: your average WHO-5 and pulse scores, how many reflections touched each kernwaarde, and how often you chose each source of joy and workload. You see every number before the file is made, and you send it yourself.")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("<b>What never is:</b> what you write, your POP, your name, dates or anything about this device.")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("<b>Why nobody can see you:</b> each number is split in two random halves. One can only be opened by HR, the other only by %1. Each half alone is meaningless. Only totals of groups of at least %2 colleagues are ever put back together.")
                            .arg(Exchange.custodian.name).arg(Exchange.minGroup)
                    }
                    Label {
                        objectName: "deviceSecretText"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        text: Exchange.deviceSecretText // where the secret behind the ids lives
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        text: Exchange.optedIn ? qsTr("You can turn this off at any time; nothing is sent by itself.")
                                               : qsTr("Off: nothing leaves this device.")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: Exchange.errorText !== ""
                        text: Exchange.errorText
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                }
            }

            Pane {
                Layout.fillWidth: true
                visible: Exchange.optedIn
                padding: Theme.margin
                Material.background: Theme.surface
                Material.elevation: 1
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("The groups you count in")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "cohortExplanation"
                        Layout.fillWidth: true
                        text: qsTr("Your team, role and age band go with every contribution; HR and the custodian both see them, never your name. Every team and every role has at least %1 colleagues.")
                            .arg(Exchange.minGroup)
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Optional. Leave one out if your group is small enough to recognise you.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.spacing
                        Label { text: qsTr("Team") }
                        ChoiceComboBox {
                            objectName: "teamBox"
                            Layout.fillWidth: true
                            model: Exchange.teams
                            value: Exchange.team
                            onChosen: choice => Exchange.setCohort(choice, Exchange.role, Exchange.ageBand)
                        }
                        Label { text: qsTr("Role") }
                        ChoiceComboBox {
                            objectName: "roleBox"
                            Layout.fillWidth: true
                            model: Exchange.roles
                            value: Exchange.role
                            onChosen: choice => Exchange.setCohort(Exchange.team, choice, Exchange.ageBand)
                        }
                        Label { text: qsTr("Age") }
                        ChoiceComboBox {
                            objectName: "ageBandBox"
                            Layout.fillWidth: true
                            model: Exchange.ageBands
                            value: Exchange.ageBand
                            onChosen: choice => Exchange.setCohort(Exchange.team, Exchange.role, choice)
                        }
                    }
                }
            }

            Label {
                visible: Exchange.optedIn
                text: qsTr("Closed periods")
                font.weight: Font.DemiBold
            }
            Repeater {
                model: Exchange.optedIn ? Exchange.periods : []
                delegate: ItemDelegate {
                    required property var modelData
                    Layout.fillWidth: true
                    objectName: "period_" + modelData.id
                    text: modelData.label
                    onClicked: Navigator.open("contribution", { periodId: modelData.id })
                    contentItem: RowLayout {
                        Label {
                            Layout.fillWidth: true
                            text: modelData.label
                            elide: Text.ElideRight
                        }
                        Label {
                            text: modelData.shared ? (modelData.revision > 1 ? qsTr("Shared (%1×)").arg(modelData.revision) : qsTr("Shared"))
                                                   : qsTr("Not shared")
                            color: modelData.shared ? Theme.primary : Theme.mutedText
                        }
                        Label { text: "\u203A"; font.pixelSize: 20; color: Theme.mutedText }
                    }
                }
            }
        }
    }

    ProfileImportDialog {
        id: importDialog
        objectName: "importDialog"
    }
}
