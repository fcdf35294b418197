import QtQuick
import Kernwijzer

// The journal page's search, kernwaarde chips and date range, over six known reflections.
PageTestCase {
    id: testCase
    name: "JournalFilters"

    readonly property int all: 6

    Component {
        id: journalPage
        JournalPage {}
    }

    function initTestCase() {
        seed("Gesprek met ouders over het rapport", "2026-11-18", ["verbinding"])
        seed("Ouders bedankten voor de excursie", "2026-11-10", ["verbinding", "vertrouwen"])
        seed("Leerlingen kozen zelf hun leerdoel", "2026-10-05", ["eigenaarschap"])
        seed("Nieuwe rekenmethode uitgeprobeerd", "2026-09-14", ["toekomstgericht"])
        seed("Collega coachte mij bij klassenmanagement", "2026-06-01", ["talentontwikkeling"])
        seed("Moeilijk gesprek, toch vertrouwen gehouden", "2026-03-02", ["vertrouwen"])
    }

    /** The journal page and its list, once the list shows every reflection. */
    function openJournal() {
        const page = openPage(journalPage)
        const list = find(page, "reflectionList")
        tryCompare(list, "count", all)
        return { page: page, list: list }
    }

    function test_searchNarrowsTheList() {
        const j = openJournal()
        compare(find(j.page, "foundLabel").visible, false)

        typeInto(j.page, "searchField", "ouders")
        tryCompare(j.list, "count", 2)
        const found = find(j.page, "foundLabel")
        compare(found.visible, true)
        compare(found.text, "2 reflections found")

        typeInto(j.page, "searchField", " excursie")
        tryCompare(j.list, "count", 1)
        compare(found.text, "1 reflection found")
    }

    function test_kernwaardeChipsFilter() {
        const j = openJournal()
        tap(j.page, "filterChip-eigenaarschap")
        tryCompare(j.list, "count", 1)
        compare(find(j.page, "filterChip-eigenaarschap").checked, true)
        compare(find(j.page, "foundLabel").text, "1 reflection found")

        tap(j.page, "filterChip-verbinding") // several chips: any of them matches
        tryCompare(j.list, "count", 3)

        tap(j.page, "filterChip-eigenaarschap")
        tap(j.page, "filterChip-verbinding")
        tryCompare(j.list, "count", all)
        compare(find(j.page, "foundLabel").visible, false)
    }

    function test_clearFiltersWhenNothingMatches() {
        const j = openJournal()
        tap(j.page, "filterChip-vertrouwen")
        typeInto(j.page, "searchField", "rekenmethode")
        tryCompare(j.list, "count", 0)
        const empty = find(j.page, "emptyState")
        compare(empty.visible, true)
        compare(empty.title, "Nothing found")

        compare(find(empty, "emptyStateAction").text, "Clear filters")
        tap(empty, "emptyStateAction")
        tryCompare(j.list, "count", all)
        compare(find(j.page, "searchField").text, "")
        compare(find(j.page, "filterChip-vertrouwen").checked, false)
        compare(empty.visible, false)
    }

    function test_dateRange() {
        const j = openJournal()
        const bar = find(j.page, "dateRangeBar")
        compare(find(bar, "clearDateRange").visible, false)

        bar.fromDateChosen("2026-10-01") // what the calendar reports when a day is picked
        tryCompare(j.list, "count", 3)
        compare(find(bar, "fromDateButton").text, "1 Oct 2026")
        compare(find(bar, "toDateButton").text, "Until today")

        bar.toDateChosen("2026-11-10")
        tryCompare(j.list, "count", 2)
        compare(find(j.page, "foundLabel").text, "2 reflections found")

        tap(bar, "clearDateRange")
        tryCompare(j.list, "count", all)
        compare(find(bar, "fromDateButton").text, "From the start")
    }
}
