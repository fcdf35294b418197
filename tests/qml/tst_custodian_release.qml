import QtQuick
import QtTest
import Kernwijzer

// The custodian's release page on the simulated school: its newest period has late files that
// wait for a re-release. Each withheld figure's group says why in words; Vrijgeven is refused
// while HR has not checked the contributions.
PageTestCase {
    id: testCase
    name: "CustodianRelease"
    width: 1280
    height: 800

    Component {
        id: releaseComponent
        ReleasePage {}
    }

    function test_aWithheldCellShowsItsReason() {
        const page = openPage(releaseComponent)
        const release = page.release
        verify(release.periods.length > 0)
        verify(release.hasPreview, release.noPreviewText)
        verify(release.withheldFigures > 0)
        const reason = find(page, "withheldText")
        verify(reason.visible)
        const text = reason.text
        verify(text.length > 20, text)
        verify(release.cells.get(0, "withheld").length > 0)
        const said = release.cells.get(0, "withheld")[0].reason
        verify(text.indexOf(said) >= 0, text)
    }

    function test_vrijgevenIsRefusedWhileUnchecked() {
        const page = openPage(releaseComponent)
        const release = page.release
        verify(release.hasPreview, release.noPreviewText)
        verify(release.awaitingCheck > 0)
        verify(!release.checked)
        verify(!release.canRelease)
        const button = find(page, "releaseButton")
        verify(!button.enabled)
        verify(find(page, "releaseBlocked").visible)
        verify(release.releaseBlockedText.length > 0)
        // Asked anyway, core refuses and says so; no file is written.
        const before = release.releases.length
        verify(!release.release("file://" + schoolFixtures.folder + "/refused.kwvrijgave"))
        verify(find(page, "releaseError").visible)
        verify(release.errorText.length > 0)
        compare(release.releases.length, before)
    }

    function test_anotherPeriodWithNothingNewSaysSo() {
        const page = openPage(releaseComponent)
        const release = page.release
        const oldest = release.periods[release.periods.length - 1].period
        release.period = oldest
        compare(release.period, oldest)
        verify(!release.hasPreview)
        verify(release.noPreviewText.length > 0)
        verify(find(page, "noPreview").visible)
        verify(release.releases.length > 0)
    }
}
