import QtQuick
import Kernwijzer

// Sharing with the school as a teacher does it: the demo school and sharing off at first; a
// changed file refused with its reason; the school's own profile imported only with the
// verification code the school published; another custodian refused without the outgoing one's
// handover, and with it only after an explicit yes; opting in and exporting a period; removing
// the profile again.
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
    Component {
        id: settingsPage
        SettingsPage {}
    }
    Component {
        id: reflectionsComponent
        ReflectionListModel { journal: Journal }
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

    /** The verification code's 24 digits, as a poster shows them without the dashes. */
    function digitsOf(code) {
        return code.replace(/\D/g, "")
    }

    function test_3_aWrongCodeInstallsNothing() {
        const page = openPage(exchangePage)
        page.importFile(exchangeFixtures.linde)
        const install = find(page, "installButton")
        tryVerify(() => install.visible)
        compare(Exchange.pendingImport.verdict, "new")
        compare(Exchange.pendingImport.needsCode, true)
        verify(find(page, "codeHelp").text.indexOf("staff room") >= 0)
        compare(install.enabled, false) // no way past the code
        tryCompare(find(page, "importDialog"), "opened", true) // taps land where the field is

        const right = digitsOf(exchangeFixtures.lindeCode)
        const wrong = right.slice(0, 23) + String((Number(right[23]) + 1) % 10)
        const field = typeInto(page, "codeField", wrong.slice(0, 23))
        // Grouped as it is typed.
        compare(field.text, wrong.slice(0, 4) + "-" + wrong.slice(4, 8) + "-" + wrong.slice(8, 12)
                + "-" + wrong.slice(12, 16) + "-" + wrong.slice(16, 20) + "-" + wrong.slice(20, 23))
        compare(install.enabled, false) // 23 digits, and the field says so
        compare(find(page, "digitCount").text, "23/24")
        keyClick(wrong[23])
        compare(install.enabled, true)
        mouseClick(install)
        const error = find(page, "installError")
        tryVerify(() => error.visible)
        verify(error.text.indexOf("does not match") >= 0, error.text)
        compare(Exchange.isDemoSchool, true)
        compare(Exchange.schoolName, "Kindcentrum De Regenboog (demo)")
        compare(Profile.schoolName, "Kindcentrum De Regenboog (demo)")
        verify(install.visible) // the dialog waits for the right code or Cancel
        Exchange.cancelImport()
    }

    function test_4_importsTheSchoolsProfileWithItsCode() {
        const page = openPage(exchangePage)
        page.importFile(exchangeFixtures.linde)
        const install = find(page, "installButton")
        tryVerify(() => install.visible)
        compare(Exchange.pendingImport.custodian.name, "Carla Custodian")
        tryCompare(find(page, "importDialog"), "opened", true)
        // Typed from the poster with spaces between the groups: the field keeps only the digits.
        const field = typeInto(page, "codeField", digitsOf(exchangeFixtures.lindeCode).replace(/(\d{4})(?=\d)/g, "$1 "))
        compare(field.text, exchangeFixtures.lindeCode)
        compare(Exchange.schoolName, "Kindcentrum De Regenboog (demo)") // nothing yet
        mouseClick(install)
        compare(Exchange.schoolName, "Kindcentrum De Linde")
        compare(Profile.schoolName, "Kindcentrum De Linde") // the whole app switched
        compare(Exchange.isDemoSchool, false)
        compare(Exchange.custodian.name, "Carla Custodian")
        // The sharing page shows the code to compare with the poster, and no handover yet.
        tryCompare(find(page, "verificationCode"), "text", exchangeFixtures.lindeCode)
        compare(find(page, "handoverNote").visible, false)
    }

    function test_5_anotherCustodianWithoutHandoverIsRefused() {
        const page = openPage(exchangePage)
        page.importFile(exchangeFixtures["no-handover"])
        const message = find(page, "importMessage")
        tryVerify(() => message.visible && message.text !== "")
        verify(message.text.indexOf("without a handover signed by Carla Custodian") >= 0, message.text)
        verify(message.text.indexOf(Exchange.custodian.fingerprint) >= 0, message.text)
        compare(find(page, "installButton").visible, false)
        compare(Exchange.custodian.name, "Carla Custodian")
        compare(Exchange.profileVersion, 3)
    }

    function test_6_newCustodianNeedsAnExplicitYes() {
        const page = openPage(exchangePage)
        const carla = Exchange.custodian
        page.importFile(exchangeFixtures["new-custodian"])
        const message = find(page, "importMessage")
        tryVerify(() => message.visible && message.text.indexOf("instead of Carla Custodian") >= 0)
        verify(message.text.indexOf("Carla Custodian signed the handover on") >= 0, message.text)
        // Old and new side by side, each with the fingerprint to compare.
        const before = find(page, "previousCustodianCard")
        const after = find(page, "newCustodianCard")
        verify(before.visible && after.visible)
        compare(before.holder.name, "Carla Custodian")
        compare(before.holder.fingerprint, carla.fingerprint)
        compare(after.holder.name, "Victor Vertrouwenspersoon")
        verify(after.holder.fingerprint !== carla.fingerprint)
        verify(before.x + before.width <= after.x, "the cards are not side by side")
        compare(find(page, "codeField").visible, false) // the handover is the proof, not a code
        const install = find(page, "installButton")
        compare(install.text, "I checked: install")
        Exchange.cancelImport()
        compare(Exchange.custodian.name, "Carla Custodian")

        page.importFile(exchangeFixtures["new-custodian"])
        tryVerify(() => install.visible)
        mouseClick(install)
        compare(Exchange.custodian.name, "Victor Vertrouwenspersoon")
        compare(Exchange.profileVersion, 4)
        // The sharing page says how Victor came to be the custodian.
        const note = find(page, "handoverNote")
        tryVerify(() => note.visible)
        const unbroken = carla.fingerprint.replace(/ /g, "\u00a0") // never split over two lines
        verify(note.text.indexOf("handed over by Carla Custodian (key " + unbroken + ")") >= 0, note.text)
        compare(find(page, "verificationCode").text, Exchange.verificationCode)
        verify(Exchange.verificationCode !== exchangeFixtures.lindeCode) // other keys, other code
    }

    function test_7_optInThenExportAPeriod() {
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

    function test_8_storedGroupsShowWhenThePageOpens() {
        Exchange.optedIn = true
        Exchange.setCohort("bovenbouw", "ib", "45-54")
        const page = openPage(exchangePage)
        // Each team and role with how many staff it has: never fewer than the smallest group.
        tryCompare(find(page, "teamBox"), "currentText", "Bovenbouw")
        compare(find(page, "teamBox").currentDetail, "13 staff")
        compare(find(page, "roleBox").currentText, "Intern begeleider en zorg")
        compare(find(find(page, "roleBox"), "choiceDetail").text, "5 staff")
        compare(find(page, "ageBandBox").currentDetail, "") // age bands carry no count
        compare(find(page, "ageBandBox").currentText, "45–54")
        verify(find(page, "cohortExplanation").text.indexOf("HR and the custodian both see them, never your name") >= 0)
        Exchange.setCohort("", "ib", "45-54") // changed elsewhere (the CLI, another page)
        tryCompare(find(page, "teamBox"), "currentText", "Rather not say")
    }

    function test_9_removingTheProfileGoesBackToTheDemoSchool() {
        const reflections = createTemporaryObject(reflectionsComponent, testCase)
        tryVerify(() => reflections.totalCount > 0)
        const stored = reflections.totalCount
        const exchange = openPage(exchangePage)
        const settings = openPage(settingsPage)
        tap(settings, "removeProfileButton")
        const warning = find(settings, "removeWarning")
        tryVerify(() => warning.visible)
        verify(warning.text.indexOf("Kindcentrum De Linde") >= 0, warning.text)
        tap(settings, "confirmRemoveButton")

        compare(Exchange.isDemoSchool, true)
        compare(Profile.schoolName, "Kindcentrum De Regenboog (demo)")
        compare(Exchange.optedIn, false) // sharing stopped
        compare(Exchange.role, "") // the cohort is forgotten
        compare(Exchange.ageBand, "")
        compare(Exchange.verificationCode, "")
        compare(reflections.totalCount, stored) // the journal stays
        // No stale view: the page open behind shows the demo school, its keys and no handover.
        compare(find(exchange, "verificationCode").visible, false)
        compare(find(exchange, "handoverNote").visible, false)
        tryCompare(find(settings, "removeWarning"), "visible", false)
        compare(find(settings, "removeProfileButton").visible, false)

        // The next import is a first install again, code and all.
        exchange.importFile(exchangeFixtures.linde)
        compare(Exchange.pendingImport.verdict, "new")
        compare(Exchange.pendingImport.needsCode, true)
        Exchange.cancelImport()
    }
}
