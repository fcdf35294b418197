// The thin models and controllers behind the team leader's pages (qml/leader) on a real
// leider.sqlite: each list model under QAbstractItemModelTester, the import's review step (a
// changed teacher key is shown and imported only with confirm()), the notes kept as they are
// written, and the reminder the day before.
#include "agreement_list_model.h"
#include "app_journal.h"
#include "conversation_file_import.h"
#include "conversation_fixture.h"
#include "conversation_notes.h"
#include "exchange/crypto.h"
#include "leader_conversation_model.h"
#include "leader_reminder.h"
#include "leader_teacher_model.h"
#include "notifier.h"
#include "test_support.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace kw;

namespace {

QString keyFile(const test::TempLeader& leader)
{
    return leader.writeBytes(
        QStringLiteral("leader.kwsleutel"), exchange::writeSecretKeyFile(leader.leader()));
}

} // namespace

class TestLeaderPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void teachersAndConversationsAreListed();
    void aChangedKeyIsShownAndImportedOnlyOnConfirm();
    void notesAreKeptAsTheyAreWritten();
    void theReminderComesOnceTheDayBefore();

private:
    /** The desk over the fixture's database, as the app makes it. */
    std::unique_ptr<LeaderDesk> desk();
    QUrl write(const QString& name, const QByteArray& bytes)
    {
        return QUrl::fromLocalFile(m_leader->writeBytes(name, bytes));
    }

    std::unique_ptr<test::TempLeader> m_leader;
};

void TestLeaderPages::init()
{
    test::useTestEnvironment();
    QSettings().remove(LeaderReminder::stateKey);
    m_leader = std::make_unique<test::TempLeader>();
    QVERIFY_RESULT(m_leader->open());
    // Fatima prepared tomorrow's conversation; Ben was added by hand and left.
    const auto fatima = test::teacherKeys();
    QVERIFY_RESULT(m_leader->import(
        test::preparationFile(test::preparation(fatima, m_leader->leader(), test::conversationId(1),
                                  1, test::kTeacherName, m_leader->clock().today().addDays(1)),
            fatima)));
    QVERIFY_RESULT(
        m_leader->store().addTeacher(QStringLiteral("Ben Smit"), QStringLiteral("onderbouw")));
    m_leader->close();
}

void TestLeaderPages::cleanup()
{
    m_leader.reset();
}

std::unique_ptr<LeaderDesk> TestLeaderPages::desk()
{
    return std::make_unique<LeaderDesk>(m_leader->dbPath(),
        new DeskKey(::kernwijzer::v1::PARTY_LEADER, QStringLiteral("leidinggevende"),
            keyFile(*m_leader), {}),
        m_leader->clock(), SchoolDesk::Prepare());
}

void TestLeaderPages::teachersAndConversationsAreListed()
{
    auto leader = desk();
    LeaderTeacherModel teachers;
    QAbstractItemModelTester teacherTester(&teachers);
    teachers.setDesk(leader.get());
    QCOMPARE(teachers.count(), 2);
    QCOMPARE(teachers.get(0, QStringLiteral("name")).toString(), QStringLiteral("Ben Smit"));
    QVERIFY(!teachers.get(0, QStringLiteral("hasKey")).toBool());
    QCOMPARE(teachers.get(1, QStringLiteral("name")).toString(), test::kTeacherName);
    QCOMPARE(teachers.get(1, QStringLiteral("fingerprint")).toString(),
        crypto::fingerprint(test::teacherKeys().signPublic));
    QCOMPARE(teachers.get(1, QStringLiteral("conversations")).toInt(), 1);
    QVERIFY(!teachers.get(1, QStringLiteral("nextConversation")).toString().isEmpty());

    // Uit dienst: the list says so with the day everything goes.
    QVERIFY(teachers.markLeft(QStringLiteral("Ben Smit")));
    QVERIFY(teachers.get(0, QStringLiteral("uitDienst")).toBool());
    QVERIFY(!teachers.get(0, QStringLiteral("deleteOn")).toString().isEmpty());
    QVERIFY(teachers.markInDienst(QStringLiteral("Ben Smit")));
    QVERIFY(!teachers.get(0, QStringLiteral("uitDienst")).toBool());
    QVERIFY(!teachers.markLeft(QStringLiteral("Nobody")));
    QVERIFY(!teachers.errorText().isEmpty());

    LeaderConversationModel conversations;
    QAbstractItemModelTester conversationTester(&conversations);
    conversations.setDesk(leader.get());
    QCOMPARE(conversations.count(), 1);
    QCOMPARE(
        conversations.get(0, QStringLiteral("stateId")).toString(), QStringLiteral("prepared"));
    QVERIFY(conversations.get(0, QStringLiteral("tomorrow")).toBool());
    QVERIFY(conversations.dueTomorrow().contains(test::kTeacherName));
    conversations.setTeacherName(QStringLiteral("Ben Smit"));
    QCOMPARE(conversations.count(), 0);
}

void TestLeaderPages::aChangedKeyIsShownAndImportedOnlyOnConfirm()
{
    auto leader = desk();
    LeaderConversationModel conversations;
    conversations.setDesk(leader.get());
    ConversationFileImport import;
    import.setDesk(leader.get());
    // Fatima on a new phone: a new key for the same name.
    const auto newPhone = test::teacherKeys("teacher on a new phone");
    const QUrl file = write(QStringLiteral("nieuw.kwgesprek"),
        test::preparationFile(
            test::preparation(newPhone, m_leader->leader(), test::conversationId(2), 1,
                test::kTeacherName, m_leader->clock().today().addDays(30)),
            newPhone));
    QVERIFY2(import.review(file), qPrintable(import.errorText()));
    QVERIFY(import.keyChanged());
    QVERIFY(import.needsConfirmation());
    QCOMPARE(import.oldFingerprint(), crypto::fingerprint(test::teacherKeys().signPublic));
    QCOMPARE(import.fingerprint(), crypto::fingerprint(newPhone.signPublic));
    QCOMPARE(conversations.count(), 1); // nothing written by the review
    import.cancel();
    QVERIFY(!import.reviewing());
    QCOMPARE(conversations.count(), 1);

    QVERIFY(import.review(file));
    QSignalSpy importedSpy(&import, &ConversationFileImport::imported);
    QVERIFY2(import.confirm(), qPrintable(import.errorText()));
    QCOMPARE(importedSpy.count(), 1);
    QCOMPARE(conversations.count(), 2); // the list re-read through the desk

    // Another conversation's file where one is expected is refused, and so is a file again.
    import.setExpectedConversation(conversation::conversationIdText(test::conversationId(1)));
    QVERIFY(!import.review(file));
    QVERIFY(!import.errorText().isEmpty());
}

void TestLeaderPages::notesAreKeptAsTheyAreWritten()
{
    auto leader = desk();
    const QString id = conversation::conversationIdText(test::conversationId(1));
    {
        ConversationNotes notes;
        QAbstractItemModelTester tester(notes.agreements());
        notes.setDesk(leader.get());
        notes.setConversationId(id);
        QVERIFY(notes.editable());
        notes.setNotes(::kernwijzer::v1::AGENDA_PART_ENERGY, QStringLiteral("Minder vergaderen."));
        QVERIFY(!notes.saved());
        QTRY_VERIFY(notes.saved()); // kept shortly after the last change
        QVERIFY(!notes.addAgreement(QStringLiteral("  "), QStringLiteral("teacher"), {}, {}, {}));
        QVERIFY(!notes.addAgreement(QStringLiteral("Iets"), QStringLiteral("teacher"),
            QStringLiteral("2026-13-01"), {}, {}));
        QVERIFY2(notes.addAgreement(QStringLiteral("Rooster bekijken"), QStringLiteral("leader"),
                     QStringLiteral("2026-12-15"), QStringLiteral("vertrouwen"), {}),
            qPrintable(notes.errorText()));
        QCOMPARE(notes.agreements()->count(), 1);
        QCOMPARE(notes.agreements()->get(0, QStringLiteral("whoName")).toString(),
            m_leader->leader().name);
        notes.setOwnPoints(::kernwijzer::v1::AGENDA_PART_FUTURE, QStringLiteral("Scholing?"));
        // Not kept yet when the page goes: kept on the way out.
    }
    ConversationNotes again;
    again.setDesk(leader.get());
    again.setConversationId(id);
    QCOMPARE(
        again.notes(::kernwijzer::v1::AGENDA_PART_ENERGY), QStringLiteral("Minder vergaderen."));
    QCOMPARE(again.ownPoints(::kernwijzer::v1::AGENDA_PART_FUTURE), QStringLiteral("Scholing?"));
    QCOMPARE(again.agreements()->count(), 1);
    QCOMPARE(again.agreements()->get(0, QStringLiteral("dueIso")).toString(),
        QStringLiteral("2026-12-15"));
    again.removeAgreement(0);
    QCOMPARE(again.agreements()->count(), 0);
}

void TestLeaderPages::theReminderComesOnceTheDayBefore()
{
    auto leader = desk();
    RoleService roles(QStringLiteral("leraar"));
    platform::RecordingNotifier notifier;
    LeaderReminder reminder(*leader, roles, notifier);
    QVERIFY(!reminder.check()); // the teacher's device: the leader's database stays closed
    QVERIFY(notifier.shown.empty());
    roles.choose(QStringLiteral("leidinggevende"));
    QCOMPARE(notifier.shown.size(), size_t(1)); // the switch checks at once
    QVERIFY(!notifier.shown.front().body.contains(test::kTeacherName)); // no names outside
    QVERIFY(!reminder.check()); // once a day
    QCOMPARE(notifier.shown.size(), size_t(1));
    m_leader->clock().set(
        m_leader->clock().now().addDays(1)); // the day of the conversation: nothing for tomorrow
    QVERIFY(!reminder.check());
    roles.choose(QStringLiteral("leraar"));
}

QTEST_GUILESS_MAIN(TestLeaderPages)
#include "tst_leader_pages.moc"
