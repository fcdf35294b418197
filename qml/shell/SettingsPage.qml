pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The role, the language and what the app knows about where your data lives; the teacher's
// reminders and school profile only for the teacher.
Page {
    id: page

    readonly property bool teacher: Roles.current === "leraar"
    readonly property alias lockSettings: lockSettings

    /** Scrolls to the app lock's section (the tour). */
    function showLockSettings() {
        flick.contentY = Math.max(0, Math.min(column.y + lockSettings.y - Theme.margin,
                                              flick.contentHeight - flick.height))
    }

    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        // Room under the last lines for the phone's round "+" button, which floats over them.
        contentHeight: column.implicitHeight + 2 * Theme.margin + (page.teacher ? 88 : 0)
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.margin

            Label {
                text: qsTr("Settings")
                font.pixelSize: 22
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }

            Label {
                text: qsTr("Role on this device")
                font.weight: Font.DemiBold
            }
            ButtonGroup { id: roleGroup }
            Repeater {
                model: Roles.available
                delegate: RadioButton {
                    required property string modelData
                    objectName: "roleChoice-" + modelData
                    Layout.fillWidth: true
                    text: Sections.roleLabel(modelData)
                    checked: Roles.current === modelData
                    ButtonGroup.group: roleGroup
                    onClicked: Roles.choose(modelData)
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Each role keeps its own files: switching never mixes a teacher's journal with a school's data.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }

            MenuSeparator { Layout.fillWidth: true }

            Label {
                text: qsTr("Language")
                font.weight: Font.DemiBold
            }
            ButtonGroup { id: languageGroup }
            Repeater {
                model: [
                    { code: "", label: qsTr("Follow the system") },
                    { code: "nl", label: "Nederlands" },
                    { code: "en", label: "English" }
                ]
                delegate: RadioButton {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.label
                    checked: Language.choice === modelData.code
                    ButtonGroup.group: languageGroup
                    onClicked: Language.choice = modelData.code
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: page.teacher
                spacing: Theme.margin

                MenuSeparator { Layout.fillWidth: true }

                Label {
                    text: qsTr("Check-in reminder")
                    font.weight: Font.DemiBold
                }
                Switch {
                    objectName: "reminderSwitch"
                    Layout.fillWidth: true
                    enabled: Reminders.available
                    text: qsTr("Remind me of my weekly check-in")
                    checked: Reminders.enabled
                    onToggled: Reminders.enabled = checked
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: Reminders.enabled
                    spacing: Theme.spacing
                    ComboBox {
                        Layout.fillWidth: true
                        model: Reminders.dayNames()
                        currentIndex: Reminders.dayOfWeek - 1
                        Accessible.name: qsTr("Day of the reminder")
                        onActivated: index => Reminders.dayOfWeek = index + 1
                    }
                    ComboBox {
                        id: timeBox
                        // Every quarter of an hour from 07:00 to 21:45.
                        readonly property var times: Array.from({ length: 60 }, (_, i) =>
                            String(7 + Math.floor(i / 4)).padStart(2, "0") + ":" + String(15 * (i % 4)).padStart(2, "0"))
                        Layout.preferredWidth: 120
                        model: times
                        currentIndex: Math.max(0, times.indexOf(Reminders.time))
                        Accessible.name: qsTr("Time of the reminder")
                        onActivated: index => Reminders.time = times[index]
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: !Reminders.available ? qsTr("Reminders are not available on this device.")
                        : Reminders.error !== "" ? Reminders.error
                        : Reminders.enabled ? qsTr("Next reminder: %1").arg(Reminders.nextLabel)
                        : qsTr("A short notification; it never shows what you wrote or scored.")
                    color: Reminders.error !== "" ? Theme.error : Theme.mutedText
                    wrapMode: Text.Wrap
                }

                MenuSeparator { Layout.fillWidth: true }

                BackupSettings {
                    Layout.fillWidth: true
                }

                MenuSeparator { Layout.fillWidth: true }

                Label {
                    text: qsTr("Your school")
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    text: Profile.schoolName
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "exchangeButton"
                    text: qsTr("Sharing with your school…")
                    onClicked: Navigator.open("exchange", {})
                }
                Button {
                    objectName: "removeProfileButton"
                    visible: !Exchange.isDemoSchool // the demo school is where removing leads
                    text: qsTr("Remove school profile…")
                    onClicked: removeDialog.open()
                }
                Label {
                    Layout.fillWidth: true
                    visible: !Exchange.isDemoSchool
                    text: qsTr("For a profile of the wrong school, or one you no longer trust. Your reflections, POP and check-ins stay.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }

            LockSettings { id: lockSettings; objectName: "lockSettings"; Layout.fillWidth: true; visible: page.teacher }

            MenuSeparator { Layout.fillWidth: true }

            Label {
                text: qsTr("Privacy")
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: page.teacher ? qsTr("What you write stays on this device. Kernwijzer sends nothing anywhere by itself.")
                    : qsTr("Kernwijzer sends nothing anywhere by itself: files go where you save them.")
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: Roles.current === "hr" ? qsTr("HR's database: %1").arg(Hr.databasePath)
                    : Roles.current === "vertrouwenshouder" ? qsTr("The custodian's database: %1").arg(Custodian.databasePath)
                    : Roles.current === "leidinggevende" ? qsTr("Your conversations: %1").arg(Leader.databasePath)
                    : qsTr("Your journal: %1").arg(Journal.path)
                color: Theme.mutedText
                font.pixelSize: 12
                wrapMode: Text.WrapAnywhere
            }
        }
    }

    RemoveProfileDialog {
        id: removeDialog
        objectName: "removeProfileDialog"
    }
}
