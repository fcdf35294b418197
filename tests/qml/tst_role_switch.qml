import QtQuick
import QtTest
import Kernwijzer

// Choosing a role: the first start's choice and the switch in the settings change the role for the
// whole app, and the shell of one role never shows another role's sections.
PageTestCase {
    name: "RoleSwitch"

    Component {
        id: choiceComponent
        RoleChoicePage {}
    }
    Component {
        id: settingsComponent
        SettingsPage {}
    }
    Component {
        id: shellComponent
        AppShell { formFactor: "desktop" }
    }

    function cleanup() {
        Roles.choose("leraar")
    }

    function test_firstStartOffersEveryRoleWithScreens() {
        const page = openPage(choiceComponent)
        for (const role of ["leraar", "leidinggevende", "hr", "vertrouwenshouder"])
            verify(find(page, "role-" + role).visible, role + " is offered")
        tap(page, "role-hr")
        compare(Roles.current, "hr")
        verify(Roles.chosen)
    }

    function test_settingsSwitchTheRole() {
        const page = openPage(settingsComponent)
        tap(page, "roleChoice-vertrouwenshouder")
        compare(Roles.current, "vertrouwenshouder")
        // The teacher's reminder is not the custodian's business.
        verify(!findChild(page, "reminderSwitch").visible)
        tap(page, "roleChoice-leraar")
        compare(Roles.current, "leraar")
        verify(find(page, "reminderSwitch").visible)
    }

    function test_eachShellShowsOnlyItsRolesSections() {
        const teacher = openPage(shellComponent, { role: "leraar" })
        verify(teacher.showSection("journal"))
        verify(!teacher.showSection("hr-dashboard"))
        verify(!teacher.showSection("custodian-inbox"))

        const hr = openPage(shellComponent, { role: "hr" })
        verify(hr.showSection("keys"))
        verify(!hr.showSection("journal"))
        verify(!hr.showSection("custodian-inbox"))

        const leader = openPage(shellComponent, { role: "leidinggevende" })
        verify(leader.showSection("leader-conversations"))
        verify(leader.showSection("leader-teachers"))
        verify(leader.showSection("keys"))
        verify(!leader.showSection("journal"))
        verify(!leader.showSection("hr-dashboard"))

        const custodian = openPage(shellComponent, { role: "vertrouwenshouder" })
        verify(custodian.showSection("keys"))
        verify(!custodian.showSection("hr-dashboard"))
        verify(!custodian.showSection("pop"))
    }

    function test_theKeyPageShowsTheDemoKeyUnlocked() {
        const shell = openPage(shellComponent, { role: "hr" })
        Roles.choose("hr")
        verify(shell.showSection("keys"))
        tryVerify(() => shell.sectionPage("keys") !== null, 5000)
        const page = shell.sectionPage("keys")
        tryCompare(Hr.key, "unlocked", true, 30000) // the simulated school is made first
        compare(find(page, "lockState").text, "Unlocked for this session")
        verify(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/.test(find(page, "fingerprint").text),
               find(page, "fingerprint").text)
    }
}
