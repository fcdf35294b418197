import QtQuick
import Kernwijzer

// Answering a check-in as a teacher does: every WHO-5 item must be answered, a low score shows the
// school's support contacts (to the teacher only), the pulse takes its two multi-selects, and a
// second answer in the same period replaces the first.
PageTestCase {
    id: testCase
    name: "Checkin"
    width: 480 // a phone
    height: 2200 // every question on screen, so each can be tapped

    Component {
        id: checkinPage
        CheckinPage {}
    }
    Component {
        id: trendComponent
        CheckinTrend { journal: Journal }
    }

    /** How many periods of @p instrumentId the journal holds, as the trend chart reads them. */
    function storedPeriods(instrumentId) {
        return createTemporaryObject(trendComponent, testCase, { instrumentId: instrumentId }).periods
    }

    function answer(page, item, score) {
        tap(find(page, "checkinItem" + item), "score" + score)
    }

    function test_1_partialWho5IsRefusedThenALowScoreShowsWhoCanHelp() {
        const page = openPage(checkinPage, { instrumentId: "who5" })
        const done = signalSpy(page, "done")
        compare(find(page, "answeredBeforeLabel").visible, false)
        for (let item = 0; item < 4; ++item)
            answer(page, item, 2)
        const save = find(page, "saveCheckin")
        compare(save.text, "Save (1 question open)")
        tap(page, "saveCheckin")
        compare(find(page, "checkinError").visible, true)
        verify(find(page, "checkinError").text.length > 0)
        compare(storedPeriods("who5"), 0)

        answer(page, 4, 2) // 5 × 2 = 10, × 4 = 40: at or below 50
        compare(find(page, "checkinError").visible, false)
        tap(page, "saveCheckin")
        compare(storedPeriods("who5"), 1)
        compare(find(page, "checkinScore").text, "Saved. Your score: 40 out of 100")
        verify(find(page, "checkinAdvice").text.indexOf("talk to someone you trust") >= 0,
               find(page, "checkinAdvice").text)
        const contact = find(page, "supportContact0")
        compare(contact.visible, true)
        compare(save.visible, false)
        compare(done.count, 0)
    }

    function test_2_answeringAgainReplacesThisPeriodsAnswer() {
        const page = openPage(checkinPage, { instrumentId: "who5" })
        compare(find(page, "answeredBeforeLabel").visible, true)
        for (let item = 0; item < 5; ++item)
            answer(page, item, 1) // 5 × 4 = 20: at or below 28
        tap(page, "saveCheckin")
        compare(storedPeriods("who5"), 1) // replaced, not added
        compare(find(page, "checkinScore").text, "Saved. Your score: 20 out of 100")
        verify(find(page, "checkinAdvice").text.indexOf("huisarts or bedrijfsarts") >= 0,
               find(page, "checkinAdvice").text)
    }

    function test_3_thePulseTakesItsScoresAndSources() {
        const page = openPage(checkinPage, { instrumentId: "pulse" })
        for (let item = 0; item < 4; ++item)
            answer(page, item, 4)
        const email = tap(page, "choice-werkdruk-e-mail")
        compare(email.checked, true)
        tap(page, "choice-blij-collegas")
        tap(page, "choice-blij-geslaagde-les")
        tap(page, "choice-blij-geslaagde-les") // a second tap takes it back
        compare(find(page, "choice-blij-geslaagde-les").checked, false)
        tap(page, "saveCheckin")
        compare(storedPeriods("pulse"), 1)
        compare(find(page, "checkinScore").visible, true)

        const again = openPage(checkinPage, { instrumentId: "pulse" })
        compare(find(again, "answeredBeforeLabel").visible, true)
    }
}
