import QtQuick
import QtQuick.Controls
import Kernwijzer

// What the leader must know before writing: there are no hidden notes. Everything written here
// goes into the verslag the teacher receives, and the teacher may ask for all of it (AVG art. 15).
Rectangle {
    id: notice

    property bool large: false

    implicitHeight: text.implicitHeight + 2 * Theme.spacing + 4
    radius: Theme.radius / 2
    color: Theme.selectedTint

    Label {
        id: text
        objectName: "noHiddenNotes"
        anchors.fill: parent
        anchors.margins: Theme.spacing + 2
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        font.pixelSize: notice.large ? 16 : 14
        color: Theme.text
        text: qsTr("There are no hidden notes: everything you write here goes into the verslag the teacher receives. The teacher may also ask for all of it (AVG art. 15).")
    }
}
