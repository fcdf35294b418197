import QtQuick
import Kernwijzer

// Which part of the agenda an item goes with: the four parts of the waarderingsgesprek.
ChoiceComboBox {
    id: box

    /** [{part, name}] as PreparationEditor.parts has them. */
    required property var parts
    property int part: 1
    signal partChosen(int part)

    model: parts.map(p => ({ id: String(p.part), name: p.name }))
    value: String(part)
    onChosen: choice => box.partChosen(parseInt(choice))
    Accessible.name: qsTr("Part of the conversation")
}
