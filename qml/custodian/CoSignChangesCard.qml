import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// What changed since the version the custodian signed before; for a first profile, that it is.
Pane {
    id: box

    required property ProfileCoSigning coSigning

    padding: Theme.margin
    Material.background: Theme.surface
    Material.elevation: 1

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            objectName: "changesTitle"
            Layout.fillWidth: true
            text: box.coSigning.previousVersion === 0
                  ? qsTr("The first profile you co-sign for this school")
                  : box.coSigning.changes.length === 0
                    ? qsTr("Nothing changed since version %1, only the version number").arg(box.coSigning.previousVersion)
                    : qsTr("What changed since version %1, which you co-signed").arg(box.coSigning.previousVersion)
            font.pixelSize: 17
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: box.coSigning.previousVersion === 0
            text: qsTr("There is no earlier version in your records to compare with: check everything below.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Repeater {
            objectName: "changesList"
            model: box.coSigning.changes
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                text: "\u2022 " + modelData.text
                wrapMode: Text.Wrap
                font.weight: modelData.area === "rules" || modelData.area === "custodian" || modelData.area === "hr"
                             ? Font.DemiBold : Font.Normal
            }
        }
    }
}
