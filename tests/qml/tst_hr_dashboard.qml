import QtQuick
import QtTest
import Kernwijzer

// HR's dashboard on the simulated demo school (tst_qml_school.cpp opens the desks on it): the
// overview shows the school's figures, a withheld heatmap cell is grey with its reason, and a
// withheld period in a trend is a gap in the line, never a zero.
PageTestCase {
    id: testCase
    name: "HrDashboard"
    width: 1440
    height: 900

    Component {
        id: pageComponent
        DashboardPage {}
    }

    function test_overviewShowsTheSchoolsFigures() {
        const page = openPage(pageComponent)
        verify(!page.dashboard.empty, "the demo school has releases: " + page.dashboard.error)
        const who5 = find(page, "overview-score.who5")
        verify(who5.released, "the school's WHO-5 is released in the demo")
        const value = findChild(who5, "figureValue")
        verify(value.visible)
        verify(/^[0-9]+[,.][0-9]$/.test(value.text), "WHO-5 mean as a number: " + value.text)
        verify(who5.interval.indexOf("95") >= 0, "its 95 % interval: " + who5.interval)
        const participation = find(page, "participationCard")
        verify(/%$/.test(participation.value), "participation as a share: " + participation.value)
        // The change since the previous period is stated, or why there is none.
        verify(who5.change !== "", "a change line")
    }

    function test_withheldHeatmapCellIsGreyWithItsReason() {
        const page = openPage(pageComponent)
        page.showTab("heatmap")
        let withheld = null
        for (const rows of ["rows-team", "rows-role", "rows-age_band"]) {
            tap(page, rows)
            waitForItemPolished(page)
            const cells = []
            const collect = item => {
                if (item.objectName && item.objectName.startsWith("heatCell-"))
                    cells.push(item)
                for (let i = 0; i < item.children.length; ++i)
                    collect(item.children[i])
            }
            collect(page)
            withheld = cells.find(cell => !cell.released) || null
            if (withheld)
                break
        }
        verify(withheld, "the demo school withholds at least one cell of a breakdown")
        compare(String(withheld.color), String(Theme.emptyCell))
        verify(withheld.reason.length > 10, "the reason in words: " + withheld.reason)
        verify(!/[0-9]/.test(withheld.reason), "the reason names no count: " + withheld.reason)
    }

    function test_aWithheldPeriodIsAGapNotAZero() {
        const page = openPage(pageComponent)
        page.showTab("trends")
        const card = find(page, "trendsCard")
        const trend = card.trend
        const chart = find(card, "trendChart")
        let found = false
        const views = trend.views.map(v => v.id).concat(["kernwaarden"])
        for (const id of views) {
            card.viewId = id
            waitForItemPolished(card)
            for (const gap of trend.gaps) {
                found = true
                verify(find(card, "gap-" + gap.x).visible, "the gap is marked")
                verify(gap.reason !== "", "with its reason")
                verify(trend.describe(gap.x).indexOf(gap.reason.split("\n")[0].split(": ")[1]) >= 0,
                       "the hover text gives the reason")
                // No line has a point at the gap: the line breaks there, no zero is drawn.
                for (let s = 0; s < chart.count; ++s) {
                    const series = chart.series(s)
                    if (!series.at)
                        continue
                    for (let p = 0; p < series.count; ++p)
                        verify(series.at(p).x !== gap.x || series.at(p).y !== 0,
                               "a zero plotted at the gap in " + id)
                }
            }
        }
        // The simulated school releases every school figure of every period; the gap is then not
        // exercised here, and says so rather than passing quietly.
        if (!found)
            skip("the demo school withholds no school figure in any period: no gap to check")
    }
}
