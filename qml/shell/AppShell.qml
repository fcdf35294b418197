import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Kernwijzer

// The navigation frame: bottom bar on a phone, side navigation on tablet and desktop, with the
// sections of the role (Sections.qml). Pages open further pages through the Navigator.
// No "ComponentBehavior: Bound" here: on Qt 6.4 Loaders cannot create bound inline components.
Page {
    id: shell

    required property string formFactor
    /** Whose app this is: a role of Roles.available ("leraar", "hr", "vertrouwenshouder"). */
    required property string role
    readonly property bool teacher: role === "leraar"
    readonly property bool phone: formFactor === "phone"
    readonly property var sections: Sections.of(role)
    property int currentIndex: 0
    property var visited: [0]
    onCurrentIndexChanged: {
        if (visited.indexOf(currentIndex) < 0)
            visited = visited.concat([currentIndex])
    }

    /** Shows the section @p key; false when the role has none by that name. */
    function showSection(key: string): bool {
        const index = sections.findIndex(s => s.key === key)
        if (index < 0)
            return false
        currentIndex = index
        return true
    }
    /** The page of section @p key, or null while it has not been shown. */
    function sectionPage(key: string): QtObject {
        const index = sections.findIndex(s => s.key === key)
        const loader = index < 0 ? null : pages.itemAt(index) as Loader
        return loader ? loader.item : null
    }

    background: Rectangle { color: Theme.background }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Loader {
            active: !shell.phone
            visible: active
            Layout.fillHeight: true
            sourceComponent: SideNavigation {
                expanded: shell.formFactor === "desktop"
                sections: shell.sections
                newReflection: shell.teacher
                subtitle: shell.teacher ? Profile.schoolName
                    : shell.role === "hr" ? Hr.schoolName
                    : shell.role === "leidinggevende" ? Leader.schoolName
                    : Custodian.schoolName
                currentIndex: shell.currentIndex
                onSectionChosen: index => shell.currentIndex = index
                onNewReflectionRequested: Navigator.open("editor", { reflectionId: 0 })
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: shell.currentIndex

                // Each section is built the first time it is shown, and loaded by URL: a page
                // named here as a type would be loaded with its imports (Qt Charts for the
                // wellbeing trends) before the first frame, even while its Loader is inactive.
                Repeater {
                    id: pages
                    model: shell.sections
                    Loader {
                        required property var modelData
                        required property int index
                        active: shell.visited.indexOf(index) >= 0
                        source: modelData.page
                        sourceComponent: modelData.page === "" ? journalComponent : null
                        // Pages that lay out for the screen say so with `compact` or `twoPane`.
                        onLoaded: {
                            if ("compact" in item)
                                item.compact = Qt.binding(() => shell.phone)
                            if ("twoPane" in item)
                                item.twoPane = Qt.binding(() => !shell.phone)
                        }
                    }
                }
            }

            Loader {
                active: shell.phone
                visible: active
                Layout.fillWidth: true
                sourceComponent: BottomNavigation {
                    sections: shell.sections
                    currentIndex: shell.currentIndex
                    onSectionChosen: index => shell.currentIndex = index
                }
            }
        }
    }

    Component {
        id: journalComponent
        JournalPage { twoPane: !shell.phone }
    }

    // One tap to a new reflection from every page on a phone.
    RoundButton {
        visible: shell.phone && shell.teacher
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: 72 + Theme.margin
        width: 64
        height: 64
        text: "+"
        font.pixelSize: 30
        highlighted: true
        Material.elevation: 6
        Accessible.name: qsTr("New reflection")
        onClicked: Navigator.open("editor", { reflectionId: 0 })
    }
}
