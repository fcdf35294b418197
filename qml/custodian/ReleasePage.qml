import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Kernwijzer

// The custodian's release of one closed period: per group how many colleagues it counts, which
// figures pass the privacy rules and why the others are withheld (counts only: the custodian
// never sees a value), then HR's check and Vrijgeven, which writes the signed .kwvrijgave.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property bool compact: false
    readonly property alias release: periodRelease
    /** Narrow: the steps go above the groups instead of beside them. */
    readonly property bool stacked: width < 900

    background: Rectangle { color: Theme.background }

    PeriodRelease {
        id: periodRelease
        desk: Custodian
    }

    header: Pane {
        padding: Theme.spacing
        leftPadding: Theme.margin
        Material.background: Theme.surface
        Material.elevation: 1
        RowLayout {
            anchors.fill: parent
            spacing: Theme.margin
            Label {
                text: qsTr("Vrijgave")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Period")
                color: Theme.mutedText
                visible: periodBox.visible
            }
            ComboBox {
                id: periodBox
                objectName: "periodBox"
                visible: periodRelease.periods.length > 0
                Layout.preferredWidth: 200
                model: periodRelease.periods.map(p => p.period)
                currentIndex: model.indexOf(periodRelease.period)
                onActivated: index => periodRelease.period = model[index]
            }
        }
    }

    // The steps, the status and what the custodian vouches for.
    Component {
        id: stepsComponent
        ColumnLayout {
            spacing: Theme.margin

            // What the period holds and what was released of it.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: {
                        const p = periodRelease.periods.find(x => x.period === periodRelease.period)
                        if (!p)
                            return ""
                        return qsTr("%1 contributions kept").arg(p.kept)
                               + (p.late > 0 ? " \u00B7 " + qsTr("%1 arrived late").arg(p.late) : "")
                    }
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: periodRelease.releases
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: qsTr("Release %1 made %2: %3 contributions").arg(modelData.number)
                              .arg(modelData.made).arg(modelData.contributions)
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                    }
                }
            }

            // Step 1: HR checks the parts the release would sum.
            ColumnLayout {
                Layout.fillWidth: true
                visible: periodRelease.hasPreview
                spacing: Theme.spacing
                Label {
                    text: qsTr("1. HR's check")
                    font.weight: Font.DemiBold
                }
                Label {
                    objectName: "checkStatus"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: periodRelease.awaitingCheck > 0
                          ? qsTr("HR has not checked %1 of the %2 contributions yet. Save the check request and send it to HR; HR answers with a .kwuitslag file.").arg(periodRelease.awaitingCheck).arg(periodRelease.contributions)
                          : qsTr("HR has checked every contribution of this release.")
                }
                Label {
                    Layout.fillWidth: true
                    visible: periodRelease.refusedByHr > 0
                    wrapMode: Text.Wrap
                    color: Theme.accent
                    text: qsTr("%1 contributions are left out: HR could not check their part. They count again when the teacher sends the file anew.").arg(periodRelease.refusedByHr)
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Button {
                        objectName: "checkOutButton"
                        text: qsTr("Save check request…")
                        enabled: periodRelease.canCheck
                        onClicked: {
                            checkDialog.selectedFile = periodRelease.suggestedCheckFile
                            checkDialog.open()
                        }
                    }
                    Button {
                        objectName: "readAnswerButton"
                        text: qsTr("Read HR's answer…")
                        onClicked: answerDialog.open()
                    }
                }
            }

            // Step 2: Vrijgeven.
            ColumnLayout {
                Layout.fillWidth: true
                visible: periodRelease.hasPreview
                spacing: Theme.spacing
                Label {
                    text: qsTr("2. Release")
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    visible: periodRelease.releaseNumber > 1
                    wrapMode: Text.Wrap
                    text: qsTr("This is a re-release: it adds the contributions that arrived late. A figure changes only when enough colleagues were added to its group; the others keep what the earlier release showed.")
                }
                Label {
                    objectName: "releaseBlocked"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: periodRelease.releaseBlockedText
                    color: Theme.accent
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "releaseButton"
                    text: qsTr("Vrijgeven…")
                    highlighted: true
                    enabled: periodRelease.canRelease
                    onClicked: {
                        releaseDialog.selectedFile = periodRelease.suggestedReleaseFile
                        releaseDialog.open()
                    }
                }
            }

            Label {
                objectName: "releaseMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: periodRelease.messageText
                color: Theme.primary
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }
            Label {
                objectName: "releaseError"
                Layout.fillWidth: true
                visible: text !== ""
                text: periodRelease.errorText
                color: Theme.error
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            }

            // What the custodian vouches for.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: vouch.implicitHeight + 2 * Theme.margin
                color: Theme.selectedTint
                radius: Theme.radius
                ColumnLayout {
                    id: vouch
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: 4
                    Label {
                        text: qsTr("What you vouch for")
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("With Vrijgeven you sign that this release counts every contribution you received for this period and HR could check, each once; that only group sums that pass the school's privacy rules go to HR; and that you kept nothing back and added nothing. You do not vouch for the answers themselves: you never saw them, and no one but the teacher can.")
                    }
                }
            }
        }
    }

    // The groups of the preview: counts, and for each withheld figure why. The explanation stays
    // above the list (a ListView header that wraps grows after the view positioned itself, and
    // would start half hidden).
    Component {
        id: cellsComponent
        ColumnLayout {
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                visible: periodRelease.hasPreview
                text: qsTr("Release %1 of %2 would count %3 contributions: %4 figures pass, %5 are withheld.")
                      .arg(periodRelease.releaseNumber).arg(periodRelease.period)
                      .arg(periodRelease.contributions).arg(periodRelease.releasedFigures)
                      .arg(periodRelease.withheldFigures)
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: periodRelease.hasPreview
                text: qsTr("Counts only: you see how many colleagues each group has, never what they answered.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "noPreview"
                Layout.fillWidth: true
                visible: !periodRelease.hasPreview && text !== ""
                text: periodRelease.noPreviewText
                wrapMode: Text.Wrap
            }
            ListView {
                objectName: "cellList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: periodRelease.cells
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: cell
                    required property string name
                    required property int contributions
                    required property int released
                    required property int figures
                    required property bool allReleased
                    required property var groups
                    required property var withheld
                    width: ListView.view.width - 12
                    implicitHeight: cellColumn.implicitHeight + 2 * Theme.margin
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider

                    ColumnLayout {
                        id: cellColumn
                        anchors.fill: parent
                        anchors.margins: Theme.margin
                        spacing: 4
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: cell.name
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Label {
                                text: qsTr("%1 contributions").arg(cell.contributions)
                                color: Theme.mutedText
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: cell.allReleased ? qsTr("All %1 figures pass.").arg(cell.figures)
                                  : qsTr("%1 of %2 figures pass.").arg(cell.released).arg(cell.figures)
                            color: cell.allReleased ? Theme.primary : cell.released === 0 ? Theme.accent : Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: cell.groups.map(g => qsTr("%1: %2 colleagues, %3 of %4 figures")
                                                  .arg(g.name).arg(g.contributors).arg(g.released)
                                                  .arg(g.figures)).join("  \u00B7  ")
                            color: Theme.mutedText
                            font.pixelSize: 13
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: cell.withheld
                            delegate: ColumnLayout {
                                required property var modelData
                                objectName: "withheldReason"
                                Layout.fillWidth: true
                                Layout.topMargin: 4
                                spacing: 2
                                Label {
                                    objectName: "withheldText"
                                    Layout.fillWidth: true
                                    text: qsTr("%1 withheld: %2").arg(modelData.count).arg(modelData.reason)
                                    wrapMode: Text.Wrap
                                    color: Theme.accent
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: modelData.metrics
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    color: Theme.mutedText
                                    font.pixelSize: 12
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.stacked ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.margin

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.row: page.stacked ? 1 : 0
            Layout.column: 0
            sourceComponent: cellsComponent
        }
        ScrollView {
            id: stepsView
            Layout.row: 0
            Layout.column: page.stacked ? 0 : 1
            Layout.preferredWidth: page.stacked ? -1 : 360
            Layout.fillWidth: page.stacked
            Layout.fillHeight: !page.stacked
            Layout.maximumHeight: page.stacked ? page.height * 0.45 : page.height
            implicitHeight: stepsLoader.implicitHeight
            contentWidth: availableWidth
            clip: true
            Loader {
                id: stepsLoader
                width: stepsView.availableWidth
                sourceComponent: stepsComponent
            }
        }
    }

    FileDialog {
        id: checkDialog
        title: qsTr("Save the check request for HR")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Kernwijzer check requests (*.kwcontrole)")]
        defaultSuffix: "kwcontrole"
        onAccepted: periodRelease.writeCheckRequest(selectedFile)
    }
    FileDialog {
        id: answerDialog
        title: qsTr("Choose HR's answer")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Kernwijzer check answers (*.kwuitslag)"), qsTr("All files (*)")]
        onAccepted: periodRelease.readCheckAnswers(selectedFiles)
    }
    FileDialog {
        id: releaseDialog
        title: qsTr("Save the release for HR")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Kernwijzer releases (*.kwvrijgave)")]
        defaultSuffix: "kwvrijgave"
        onAccepted: periodRelease.release(selectedFile)
    }
}
