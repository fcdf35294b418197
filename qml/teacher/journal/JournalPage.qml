import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The journal: search, filters, the list grouped by week and, on wider screens, the detail pane.
// No "ComponentBehavior: Bound" here: on Qt 6.4 it makes every ListView delegate fail to load.
Page {
    id: page

    property bool twoPane: false
    property int selectedId: 0


    function showSearch(words) {
        searchField.text = words
    }

    background: Rectangle { color: Theme.background }

    ReflectionListModel {
        id: reflections
        journal: Journal
        searchText: searchField.text
    }

    header: Pane {
        padding: Theme.margin
        bottomPadding: Theme.spacing
        Material.background: Theme.surface
        Material.elevation: 1

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing

            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search your reflections")
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Search your reflections")
                rightPadding: clearSearch.visible ? clearSearch.width : 8
                ToolButton {
                    id: clearSearch
                    visible: searchField.text.length > 0
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    text: "\u2715"
                    Accessible.name: qsTr("Clear search")
                    onClicked: searchField.clear()
                }
            }
            ValueFilterBar {
                Layout.fillWidth: true
                selected: reflections.valueFilter
                onToggled: id => reflections.toggleValue(id)
            }
            DateRangeBar {
                objectName: "dateRangeBar"
                Layout.fillWidth: true
                fromDate: reflections.fromDate
                toDate: reflections.toDate
                today: Journal.today
                onFromDateChosen: day => reflections.fromDate = day
                onToDateChosen: day => reflections.toDate = day
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            Layout.fillHeight: true
            Layout.fillWidth: !page.twoPane
            Layout.preferredWidth: page.twoPane ? Math.max(360, page.width * 0.42) : -1

            ListView {
                id: list
                objectName: "reflectionList"
                anchors.fill: parent
                clip: true
                // Only once laid out: delegates made at zero width are far too tall, and the view
                // would keep its place among them, opening the journal halfway down.
                model: width > 0 && height > 0 ? reflections : null
                spacing: Theme.spacing
                topMargin: Theme.spacing
                bottomMargin: 96
                section.property: "weekLabel"
                section.criteria: ViewSection.FullString
                section.delegate: SectionHeader {
                    required property string section
                    width: ListView.view.width
                    text: section
                }
                header: Item {
                    width: ListView.view.width
                    height: foundLabel.visible ? foundLabel.implicitHeight + Theme.spacing : 0
                    Label {
                        id: foundLabel
                        objectName: "foundLabel"
                        visible: reflections.filtered && reflections.totalCount > 0
                        x: Theme.margin
                        text: qsTr("%n reflection(s) found", "", reflections.totalCount)
                        color: Theme.mutedText
                    }
                }
                delegate: ReflectionCard {
                    width: ListView.view.width
                    selected: page.twoPane && reflectionId === page.selectedId
                    onClicked: {
                        page.selectedId = reflectionId
                        if (!page.twoPane)
                            Navigator.open("detail", { reflectionId: reflectionId })
                    }
                }
                ScrollIndicator.vertical: ScrollIndicator {}
            }

            EmptyState {
                objectName: "emptyState"
                anchors.fill: parent
                visible: list.count === 0
                title: reflections.error !== "" ? qsTr("Your reflections cannot be read")
                     : reflections.filtered ? qsTr("Nothing found")
                     : qsTr("No reflections yet")
                message: reflections.error !== "" ? reflections.error
                     : reflections.filtered ? qsTr("No reflection matches these words or filters.")
                     : qsTr("Write down a moment from today: what happened, which kernwaarde it touched and how it went. It takes less than a minute.")
                actionText: reflections.filtered ? qsTr("Clear filters") : qsTr("Write your first reflection")
                onActionTriggered: {
                    if (reflections.filtered) {
                        searchField.clear()
                        reflections.clearFilters()
                    } else {
                        Navigator.open("editor", { reflectionId: 0 })
                    }
                }
            }
        }

        Rectangle {
            visible: page.twoPane
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }

        Item {
            visible: page.twoPane
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Only wide screens show the detail beside the list; phones never build it here.
            Loader {
                anchors.fill: parent
                active: page.twoPane
                visible: page.selectedId !== 0
                sourceComponent: ReflectionDetail {
                    reflectionId: page.selectedId
                    onEditRequested: id => Navigator.open("editor", { reflectionId: id })
                    onRemoved: page.selectedId = 0
                }
            }
            EmptyState {
                anchors.fill: parent
                visible: page.selectedId === 0 && list.count > 0
                title: qsTr("Choose a reflection")
                message: qsTr("Its whole text, kernwaarden and scores appear here.")
            }
        }
    }

    // On wide screens keep a reflection selected so the detail pane is never blank.
    function keepSelection() {
        if (twoPane && reflections.rowOf(selectedId) < 0)
            selectedId = reflections.idAt(0)
    }
    onTwoPaneChanged: keepSelection()
    Connections {
        target: list
        function onCountChanged() { page.keepSelection() }
    }
}
