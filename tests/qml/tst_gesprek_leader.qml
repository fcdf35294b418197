import QtQuick
import QtTest
import Kernwijzer

// The team leader's side of the waarderingsgesprek on the real desk (an empty leider.sqlite, the
// test leader Lotte's unlocked key): install the co-signed profile, import a preparation the
// teacher's own code wrote (a new teacher: the key's digits must be ticked as checked first),
// talk in the gespreksmodus (a note, two agreements), make the verslag, and the teacher's code
// opens it: the note and both agreements are in it. A profile that does not list the leader's
// key is refused with what to do.
PageTestCase {
    id: testCase
    name: "GesprekLeader"
    width: 1024
    height: 768

    Component {
        id: profileComponent
        LeaderProfilePage {}
    }
    Component {
        id: conversationsComponent
        ConversationsPage {}
    }
    Component {
        id: teachersComponent
        TeachersPage {}
    }
    Component {
        id: conversationComponent
        ConversationPage {}
    }
    Component {
        id: talkComponent
        GespreksmodusPage {}
    }

    function installProfile() {
        const page = openPage(profileComponent)
        tryCompare(Leader.key, "unlocked", true, 10000)
        verify(page.profile.install(leaderFixtures.profile), page.profile.errorText)
        compare(page.profile.leaderName, "Lotte de Leider")
        verify(Leader.hasProfile)
        page.destroy()
    }

    function test_aProfileWithoutYourKeyIsRefusedWithWhatToDo() {
        const page = openPage(profileComponent)
        tryCompare(Leader.key, "unlocked", true, 10000)
        verify(!page.profile.install(leaderFixtures.notListedProfile))
        verify(page.profile.notListed)
        const error = find(page, "profileError")
        verify(error.visible)
        verify(error.text.indexOf("does not list your key") >= 0, error.text)
        verify(error.text.indexOf("HR") >= 0, error.text)
    }

    function test_aPreparationBecomesAVerslagWithTheNotesAndAgreements() {
        installProfile()

        // Import the teacher's preparation: a new teacher, so the review shows their key and the
        // import waits for the tick.
        const list = openPage(conversationsComponent)
        list.reviewFile(leaderFixtures.preparation)
        compare(list.importer.errorText, "")
        const review = find(list, "importReview")
        tryCompare(review, "opened", true)
        verify(list.importer.newTeacher)
        verify(list.importer.needsConfirmation)
        verify(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/.test(find(list, "teacherFingerprint").text))
        const importButton = find(list, "confirmImport")
        verify(!importButton.enabled, "imported before the key was checked")
        compare(list.conversations.count, 0)
        tap(list, "keyChecked")
        verify(importButton.enabled)
        mouseClick(importButton)
        tryCompare(list.conversations, "count", 1)
        tryCompare(review, "visible", false) // its modal shade is gone
        compare(list.importer.errorText, "")
        compare(list.conversations.get(0, "teacherName"), leaderFixtures.teacherName)
        compare(list.conversations.get(0, "stateId"), "prepared")
        // Planned for tomorrow: the page says so.
        verify(find(list, "dueTomorrow").text.indexOf(leaderFixtures.teacherName) >= 0)
        const id = list.conversations.get(0, "conversationId")

        // The conversation page shows the teacher's points per part.
        const page = openPage(conversationComponent, { conversationId: id })
        compare(page.conversation.stateId, "prepared")
        compare(page.conversation.parts.length, 4)
        compare(page.conversation.parts[1].items[0].text, "De werkdruk rond de rapporten in december.")
        verify(find(page, "noHiddenNotes").visible)
        verify(!find(page, "exportPdf").enabled, "a PDF before the verslag")

        // Gespreksmodus: a note in "energie en balans", two agreements.
        const talk = openPage(talkComponent, { conversationId: id })
        tap(talk, "part-energie")
        compare(talk.selectedPart, 2)
        verify(find(talk, "noHiddenNotes").visible)
        typeInto(talk, "notesArea", "Samen de rapporten plannen.")
        tryCompare(talk.notes, "saved", true, 5000)
        typeInto(talk, "agreementWhat", "Rapporten in twee rondes schrijven")
        tap(talk, "addAgreement")
        compare(talk.notes.errorText, "")
        typeInto(talk, "agreementWhat", "Een collega-bezoek plannen")
        find(talk, "agreementWho").currentIndex = 1 // the leader
        find(talk, "agreementServes").currentIndex = 1 // the first kernwaarde
        find(talk, "agreementWhat").forceActiveFocus()
        keyClick(Qt.Key_Return) // Enter adds it, as the button does
        compare(talk.notes.agreements.count, 2)
        compare(talk.notes.agreements.get(1, "whoName"), "Lotte de Leider")
        verify(talk.notes.agreements.get(1, "kernwaarde") !== "")

        // Turned towards the teacher: the agenda and both agreements, nothing to edit.
        tap(talk, "turnButton")
        verify(find(talk, "turnedView").visible)
        verify(findChild(find(talk, "turnedView"), "agreement-1") !== null)
        tap(talk, "turnButton")
        talk.destroy()

        // The verslag, then the teacher's own code opens it.
        const verslagUrl = leaderFixtures.scratch + "/tess.kwverslag"
        verify(page.verslag.makeVerslag(verslagUrl), page.verslag.errorText)
        tryCompare(page.conversation, "stateId", "held")
        verify(find(page, "exportPdf").enabled)
        const read = leaderFixtures.teacherReads(verslagUrl)
        compare(read.error, "")
        const energy = read.notes.filter(n => n.part === 2)
        compare(energy.length, 1)
        compare(energy[0].notes, "Samen de rapporten plannen.")
        compare(read.agreements.length, 2)
        compare(read.agreements[0].what, "Rapporten in twee rondes schrijven")
        compare(read.agreements[0].who, "teacher")
        compare(read.agreements[1].what, "Een collega-bezoek plannen")
        compare(read.agreements[1].who, "leader")
        verify(read.agreements[1].kernwaarde !== "")

        // The A4 PDF of the verslag, and everything about the teacher for an access request.
        verify(page.verslag.exportPdf(leaderFixtures.scratch + "/verslag.pdf"), page.verslag.errorText)
        const teachers = openPage(teachersComponent)
        compare(teachers.teachers.count, 1)
        compare(teachers.teachers.get(0, "conversations"), 1)
        verify(teachers.accessExport.exportTo(leaderFixtures.teacherName,
                                              leaderFixtures.scratch + "/inzage.pdf"),
               teachers.accessExport.errorText)
        verify(find(teachers, "teachersStatus").text.indexOf(leaderFixtures.teacherName) >= 0)
    }
}
