import QtQuick
import Kernwijzer

// Sharing with the school as a teacher does it: the demo school and sharing off at first; a
// changed file refused with its reason; the school's own profile imported after a look at its
// custodian; a changed custodian only after an explicit yes; opting in and exporting a period.
PageTestCase {
    id: testCase
    name: "Exchange"
    width: 480 // a phone
    height: 1600

    Component {
        id: exchangePage
        ExchangePage {}
    }
    Component {
        id: contributionPage
        ContributionPage {}
    }

    /** The preview row labelled @p label, or null while the list has not made it. */
    function rowOf(list, label) {
        const rows = list.contentItem.children // a list property: indexed, not iterable
        for (let i = 0; i < rows.length; ++i) {
            if (rows[i].label === label)
                return rows[i]
        }
        return null
    }

    function test_1_startsOnTheDemoSchoolWithSharingOff() {
        const page = openPage(exchangePage)
        compare(Exchange.isDemoSchool, true)
        compare(Exchange.optedIn, false)
        compare(find(page, "optInSwitch").checked, false)
        compare(findChild(page, "period_2026-2027/1of6"), null) // no periods until opted in
        // This is a teacher's own journal: the demo school's keys are public, so sharing with
        // it cannot be turned on, and the page says why.
        compare(Exchange.canShare, false)
        compare(find(page, "optInSwitch").enabled, false)
        verify(find(page, "demoSchoolNote").text.indexOf("Import your own school") >= 0)
        Exchange.optedIn = true
        compare(Exchange.optedIn, false)
        verify(Exchange.errorText.indexOf("demo school") >= 0, Exchange.errorText)
    }

    function test_2_changedProfileIsRefused() {
        const page = openPage(exchangePage)
        page.importFile(exchangeFixtures.tampered)
        const message = find(page, "importMessage")
        tryVerify(() => message.visible)
        verify(message.text.indexOf("not signed by your school") >= 0, message.text)
        compare(findChild(page, "installButton").visible, false)
        compare(Exchange.isDemoSchool, true)
    }

    function test_3_importsTheSchoolsProfile() {
        const page = openPage(exchangePage)
        page.importFile(exchangeFixtures.linde)
        const install = find(page, "installButton")
        tryVerify(() => install.visible)
        compare(Exchange.pendingImport.custodian.name, "Carla Custodian")
        compare(Exchange.schoolName, "Kindcentrum De Regenboog (demo)") // nothing yet
        mouseClick(install)
        compare(Exchange.schoolName, "Kindcentrum De Linde")
        compare(Profile.schoolName, "Kindcentrum De Linde") // the whole app switched
        compare(Exchange.isDemoSchool, false)
        compare(Exchange.custodian.name, "Carla Custodian")
    }

    function test_4_newCustodianNeedsAnExplicitYes() {
        const page = openPage(exchangePage)
        page.importFile(exchangeFixtures["new-custodian"])
        const message = find(page, "importMessage")
        tryVerify(() => message.visible && message.text.indexOf("instead of Carla Custodian") >= 0)
        const install = find(page, "installButton")
        compare(install.text, "I checked: install")
        Exchange.cancelImport()
        compare(Exchange.custodian.name, "Carla Custodian")

        page.importFile(exchangeFixtures["new-custodian"])
        tryVerify(() => install.visible)
        mouseClick(install)
        compare(Exchange.custodian.name, "Victor Vertrouwenspersoon")
        compare(Exchange.profileVersion, 4)
    }

    function test_5_optInThenExportAPeriod() {
        seed("Met een collega de toetsweek voorbereid", "2026-09-10", ["verbinding"])
        const page = openPage(exchangePage)
        tap(page, "optInSwitch")
        compare(Exchange.optedIn, true)
        verify(find(page, "period_2026-2027/1of6").visible)

        const preview = openPage(contributionPage, { periodId: "2026-2027/1of6" })
        // The preview lists the one reflection of August–September under its kernwaarde.
        const list = find(preview, "contributionList")
        tryVerify(() => rowOf(list, "Verbinding") !== null)
        compare(rowOf(list, "Verbinding").value, "1")
        compare(rowOf(list, "Vertrouwen").value, "0")
        preview.file = exchangeFixtures.folder + "/p1.kwbijdrage"
        compare(Exchange.deviceSecretPlace, "none") // made by the first export
        compare(find(preview, "exportButton").text, "Export")
        tap(preview, "exportButton")
        const result = find(preview, "exportResult")
        verify(result.text.indexOf("Saved:") === 0, result.text)
        tryCompare(find(preview, "exportButton"), "text", "Export again (replaces the earlier file)")
        // The tests have no keychain: the fallback, and the page can say so.
        compare(Exchange.deviceSecretPlace, "journal")
        verify(Exchange.deviceSecretText.indexOf("copy of your journal file") >= 0)

        // Never over the journal itself.
        preview.file = "file://" + Journal.path
        tap(preview, "exportButton")
        verify(result.text.indexOf("your journal itself") >= 0, result.text)
        compare(Exchange.periods[0].id, "2026-2027/1of6")
        compare(Exchange.periods[0].shared, true)

        Exchange.optedIn = false
        compare(find(preview, "exportButton").enabled, false)
    }

    function test_6_storedGroupsShowWhenThePageOpens() {
        Exchange.optedIn = true
        Exchange.setCohort("bovenbouw", "ib", "45-54")
        const page = openPage(exchangePage)
        tryCompare(find(page, "teamBox"), "currentText", "Bovenbouw")
        compare(find(page, "roleBox").currentText, "Intern begeleider")
        compare(find(page, "ageBandBox").currentText, "45–54")
        Exchange.setCohort("", "ib", "45-54") // changed elsewhere (the CLI, another page)
        tryCompare(find(page, "teamBox"), "currentText", "Rather not say")
    }
}
