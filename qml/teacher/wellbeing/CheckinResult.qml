pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// Your result after a check-in, for your eyes only: the score and, when it is low, who can help.
Pane {
    id: result

    property string scoreText
    property string band // "ok", "low", "advise"
    property var contacts: []
    signal closed

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            objectName: "checkinScore"
            Layout.fillWidth: true
            text: qsTr("Saved. Your score: %1").arg(result.scoreText)
            font.pixelSize: 17
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "checkinAdvice"
            Layout.fillWidth: true
            text: result.band === "advise"
                  ? qsTr("Your wellbeing has been low these past two weeks. That deserves attention: consider talking to your huisarts or bedrijfsarts. You do not have to carry this alone.")
                  : result.band === "low"
                    ? qsTr("Your wellbeing has been lower these past two weeks. It may help to talk to someone you trust, such as the people below.")
                    : qsTr("Thank you. Only you see this; it helps you notice how you are doing over time.")
            wrapMode: Text.Wrap
        }
        Repeater {
            model: result.contacts
            delegate: ColumnLayout {
                id: contact
                required property var modelData
                required property int index
                objectName: "supportContact" + index
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: contact.modelData.role + ": " + contact.modelData.name
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: contact.modelData.reach
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: result.band !== "ok"
            text: qsTr("This advice is shown to you only and never leaves this device.")
            color: Theme.mutedText
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
        Button {
            text: qsTr("Done")
            highlighted: true
            onClicked: result.closed()
        }
    }
}
