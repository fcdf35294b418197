import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The two key holders with their fingerprints in groups to read aloud, the verification code
// HR and the custodian publish together, and the handovers the profile carries.
Pane {
    id: box

    required property ProfileCoSigning coSigning

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    function signedText(holder) {
        return holder.signed ? qsTr("signed") : qsTr("not signed yet")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            text: qsTr("Key holders")
            font.pixelSize: 17
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Compare each fingerprint with the one its holder reads out to you, group by group.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Repeater {
            model: [
                { title: qsTr("HR (school)"), holder: box.coSigning.hr },
                { title: box.coSigning.namesYou ? qsTr("Custodian: you") : qsTr("Custodian"), holder: box.coSigning.custodian }
            ]
            delegate: ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: modelData.title + " \u00b7 " + box.signedText(modelData.holder)
                    color: Theme.mutedText
                    font.pixelSize: 12
                }
                Label {
                    Layout.fillWidth: true
                    text: modelData.holder.role ? qsTr("%1 (%2)").arg(modelData.holder.name).arg(modelData.holder.role)
                                                : modelData.holder.name || ""
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "fingerprint"
                    Layout.fillWidth: true
                    text: qsTr("Signing key %1 \u00b7 sealing key %2")
                        .arg(String(modelData.holder.fingerprint).replace(/ /g, "\u00a0"))
                        .arg(String(modelData.holder.boxFingerprint).replace(/ /g, "\u00a0"))
                    font.family: "monospace"
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: !!modelData.holder.contact
                    text: qsTr("Teachers send their files to %1").arg(modelData.holder.contact)
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            Layout.topMargin: Theme.spacing
            text: qsTr("Verification code")
            color: Theme.mutedText
            font.pixelSize: 12
        }
        Label {
            Layout.fillWidth: true
            text: box.coSigning.school.verificationCode || ""
            font.family: "monospace"
            font.pixelSize: 16
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("You and HR publish this code together (MR newsletter, staff room); teachers check it on their first import.")
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
        Label {
            Layout.topMargin: Theme.spacing
            visible: box.coSigning.handovers.length > 0
            text: qsTr("Handovers")
            font.weight: Font.DemiBold
        }
        Repeater {
            model: box.coSigning.handovers
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("%1: %2 (key %3) handed over to %4 (key %5), from version %6")
                    .arg(modelData.signedOn).arg(modelData.from).arg(modelData.fromFingerprint)
                    .arg(modelData.to).arg(modelData.toFingerprint).arg(modelData.fromVersion)
                wrapMode: Text.Wrap
            }
        }
    }
}
