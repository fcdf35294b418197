// The leader's database (core/conversation/leader_store.h): the installed profile and which
// leader the user is, teachers and their keys, the rules every imported file meets, the verslag
// made from the leader's notes, retention and an access request's record.
#include "conversation/leader_schema.h"
#include "conversation/teacher_name_fold.h"
#include "conversation_fixture.h"
#include "exchange/crypto.h"
#include "exchange_fixtures.h"
#include "test_support.h"

#include <QFile>
#include <QTest>

using namespace kw;
using namespace kw::test;
using cv::ConversationState;

namespace {

/** A verslag draft with the leader's notes on two parts and @p agreements agreements. */
pb::Verslag notes(int agreements = 2)
{
    pb::Verslag draft;
    pb::PartNotes* back = draft.add_notes();
    back->set_part(pb::AGENDA_PART_LOOKING_BACK);
    back->set_own_points("Complimenten van ouders over de kijkmiddag.");
    back->set_notes("Fatima vertelt over het oudergesprek.");
    pb::PartNotes* future = draft.add_notes();
    future->set_part(pb::AGENDA_PART_FUTURE);
    future->set_notes("Volgend jaar groep 4?");
    for (int i = 0; i < agreements; ++i) {
        pb::Agreement* a = draft.add_agreements();
        a->set_what(QStringLiteral("Afspraak %1").arg(i + 1).toStdString());
        a->set_who("teacher");
        a->set_due("2027-03-01");
        a->set_kernwaarde_id("vertrouwen");
    }
    return draft;
}

} // namespace

class TestLeaderStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_l.reset(); }

    void theDatabaseIsTheLeadersOwn();
    void aNewerSchemaIsRefusedUntouched();
    void onlyAListedLeadersKeyInstallsTheProfile();
    void aPreparationAddsTheTeacherAndTheConversation();
    void aTeacherAddedByHandGetsTheKeyOfTheirFirstPreparation();
    void lookalikeNamesAreTheTeacherOnTheList();
    void aNewerRevisionReplacesTheOldAndReplaysAreRefused();
    void anotherConversationsFileIsRefused();
    void aFileForAnotherLeaderOrSchoolIsRefused();
    void aChangedTeacherKeyNeedsConfirmation();
    void aKeyOfAnotherTeacherIsRefused();
    void theVerslagAnswersTheKeptPreparation();
    void noNewPreparationOnceTheVerslagIsMade();
    void aResponseMustAnswerExactlyTheVerslagMade();
    void theResponseClosesTheConversationForGood();
    void teachersWhoLeftAreDeletedAfterTheRetention();
    void anAccessRequestGetsEverythingAboutOneTeacher();
    void remindersAndIdPrefixes();

private:
    /** Imports conversation @p n's preparation (revision 1) by the default teacher. */
    void importPreparation(int n = 1, QDate plannedOn = QDate(2026, 11, 25));
    /** makeVerslag on conversation @p n with notes(): the sealed file. */
    QByteArray verslag(int n = 1, int agreements = 2);
    /** Asserts that @p result was refused with @p code, that its message names @p words, and
     * that the database did not change. */
    template <typename R>
    void expectRefused(
        const R& result, const char* code, const QString& words, const QString& before);

    std::unique_ptr<TempLeader> m_l;
    cv::OwnKeys m_teacher = teacherKeys();
};

void TestLeaderStore::init()
{
    m_l = std::make_unique<TempLeader>();
    QVERIFY_RESULT(m_l->open());
}

void TestLeaderStore::importPreparation(int n, QDate plannedOn)
{
    auto imported = m_l->import(preparationFile(
        preparation(m_teacher, m_l->leader(), conversationId(n), 1, kTeacherName, plannedOn),
        m_teacher));
    QVERIFY_RESULT(imported);
}

QByteArray TestLeaderStore::verslag(int n, int agreements)
{
    if (Status s = m_l->store().saveNotes(conversationId(n), notes(agreements)); !s)
        qFatal("saveNotes: %s", qPrintable(s.error().message));
    auto file = m_l->store().makeVerslag(conversationId(n), QDate(2026, 11, 20), m_l->leader());
    if (!file)
        qFatal("makeVerslag: %s", qPrintable(file.error().message));
    return *file;
}

template <typename R>
void TestLeaderStore::expectRefused(
    const R& result, const char* code, const QString& words, const QString& before)
{
    QVERIFY2(!result.ok(), "accepted");
    QCOMPARE(codeOf(result), code);
    QVERIFY2(result.error().message.contains(words, Qt::CaseInsensitive),
        qPrintable(result.error().message));
    QCOMPARE(m_l->dump(), before);
}

void TestLeaderStore::theDatabaseIsTheLeadersOwn()
{
    sql::Database& db = m_l->store().database();
    QCOMPARE(scalar(db, "PRAGMA application_id"), qint64(0x4B574C31));
    QCOMPARE(scalar(db, "PRAGMA user_version"), qint64(cv::leaderSchema().latestVersion()));
    auto mode = db.prepare("PRAGMA journal_mode");
    QVERIFY(mode.ok());
    QVERIFY(mode->step().value());
    QCOMPARE(mode->columnText(0), QStringLiteral("wal"));
    auto self = m_l->store().self();
    QVERIFY_RESULT(self);
    QCOMPARE((*self)->id, QStringLiteral("jeroen"));
}

void TestLeaderStore::aNewerSchemaIsRefusedUntouched()
{
    importPreparation();
    m_l->close();
    QCOMPARE(rawExec(m_l->dbPath(),
                 QStringLiteral("PRAGMA user_version=%1; CREATE TABLE future_feature (x);")
                     .arg(cv::leaderSchema().latestVersion() + 1)),
        QString());
    QTemporaryDir unused;
    const auto before = folderSnapshot(QFileInfo(m_l->dbPath()).absolutePath());
    auto opened = cv::LeaderStore::open(m_l->dbPath(), m_l->clock());
    QCOMPARE(codeOf(opened), "NewerSchema");
    QCOMPARE(folderSnapshot(QFileInfo(m_l->dbPath()).absolutePath()), before);
}

void TestLeaderStore::onlyAListedLeadersKeyInstallsTheProfile()
{
    TempLeader fresh;
    auto store = cv::LeaderStore::open(fresh.path(QStringLiteral("other.sqlite")), fresh.clock());
    QVERIFY_RESULT(store);
    const QByteArray file = fresh.profileFile(fresh.profile());
    const QString empty = tableDump((*store)->database(), { "leader_profile", "leader_self" });

    // A leader key the profile does not list; HR's own key; a public key file's keys.
    const exchange::KeySet stranger = leaderKeys("stranger");
    QCOMPARE(codeOf((*store)->installProfile(file, stranger)), "Untrusted");
    QVERIFY((*store)
                ->installProfile(file, stranger)
                .error()
                .message.contains(QStringLiteral("does not list this key")));
    QCOMPARE(codeOf((*store)->installProfile(file, fresh.hrKeys())), "Untrusted");
    exchange::KeySet publicOnly = fresh.leader();
    publicOnly.signSecret.clear();
    publicOnly.boxSecret.clear();
    QCOMPARE(codeOf((*store)->installProfile(file, publicOnly)), "Untrusted");
    // A profile signed by HR alone.
    auto hrOnly = exchange::createProfileFile(fresh.profile(), fresh.hrKeys());
    QVERIFY_RESULT(hrOnly);
    QVERIFY(!(*store)->installProfile(*hrOnly, fresh.leader()).ok());
    QCOMPARE(tableDump((*store)->database(), { "leader_profile", "leader_self" }), empty);

    auto installed = (*store)->installProfile(file, fresh.leader());
    QVERIFY_RESULT(installed);
    QCOMPARE(installed->leader.id, QStringLiteral("jeroen"));
    QVERIFY((*store)->installProfile(file, fresh.leader())->alreadyThere);
    // The database stays this leader's: another listed leader cannot take it over.
    SchoolProfile two = profileWithLeader(fresh.hrKeys(), fresh.custodianKeys(), fresh.leader(), 4);
    two.leaders.append(
        { QStringLiteral("anna"), { QStringLiteral("bovenbouw") }, stranger.holder() });
    two.leaders.last().keys.role.clear();
    QCOMPARE(codeOf((*store)->installProfile(fresh.profileFile(two), stranger)), "Untrusted");
    // An older version than the one installed; the installed one again changes nothing.
    QVERIFY_RESULT((*store)->installProfile(fresh.profileFile(two), fresh.leader()));
    const SchoolProfile older
        = profileWithLeader(fresh.hrKeys(), fresh.custodianKeys(), fresh.leader(), 2);
    QCOMPARE(
        codeOf((*store)->installProfile(fresh.profileFile(older), fresh.leader())), "InvalidInput");
    QVERIFY((*store)->installProfile(file, fresh.leader())->alreadyThere);
    QCOMPARE((*(*store)->profile())->version, 4);

    // A decoy (an attacker's review): the same school id and a higher version, listing this
    // leader, signed by an HR key and a custodian of someone's own. HR's key is pinned by the
    // first profile, so it is refused and the real updates stay possible.
    const exchange::KeySet otherHr = schoolKeys("decoy-hr");
    const exchange::KeySet otherCustodian = custodianKeys("decoy-custodian");
    SchoolProfile decoy = profileWithLeader(otherHr, otherCustodian, fresh.leader(), 9);
    decoy.schoolId = two.schoolId;
    const QString kept = tableDump((*store)->database(), { "leader_profile", "leader_self" });
    auto refused
        = (*store)->installProfile(coSignedFile(decoy, otherHr, otherCustodian), fresh.leader());
    QCOMPARE(codeOf(refused), "Untrusted");
    QVERIFY(refused.error().message.contains(QStringLiteral("HR key")));
    QCOMPARE(tableDump((*store)->database(), { "leader_profile", "leader_self" }), kept);
}

void TestLeaderStore::aPreparationAddsTheTeacherAndTheConversation()
{
    const pb::Preparation body = preparation(m_teacher, m_l->leader(), conversationId(1));
    const QByteArray file = preparationFile(body, m_teacher);
    auto review = m_l->store().review(file, m_l->leader());
    QVERIFY_RESULT(review);
    QVERIFY(review->newTeacher && review->newConversation);
    QVERIFY(!review->needsKeyConfirmation());
    QCOMPARE(review->newKeyFingerprint, crypto::fingerprint(m_teacher.signPublic));
    QCOMPARE(m_l->store().teachers()->size(), 0); // a review writes nothing

    auto imported = m_l->import(file);
    QVERIFY_RESULT(imported);
    QCOMPARE(imported->kind, pb::FILE_KIND_PREPARATION);
    QCOMPARE(imported->teacherName, kTeacherName);
    auto teachers = m_l->store().teachers();
    QVERIFY_RESULT(teachers);
    QCOMPARE(teachers->size(), 1);
    QCOMPARE(teachers->first().teamId, QStringLiteral("onderbouw"));
    QCOMPARE(teachers->first().signKey, m_teacher.signPublic);
    QCOMPARE(teachers->first().nextConversation, QDate(2026, 11, 25));

    auto record = m_l->store().conversation(conversationId(1));
    QVERIFY_RESULT(record);
    QCOMPARE(record->state, ConversationState::Prepared);
    QCOMPARE(record->preparation.bodyBytes,
        cv::openPreparation(file, cv::ownKeysOf(m_l->leader()))->bodyBytes);
    QCOMPARE(record->preparation.body.items_size(), 2);
}

void TestLeaderStore::aTeacherAddedByHandGetsTheKeyOfTheirFirstPreparation()
{
    QVERIFY_RESULT(m_l->store().addTeacher(kTeacherName, QStringLiteral("onderbouw")));
    QCOMPARE(codeOf(m_l->store().addTeacher(kTeacherName, {})), "InvalidInput");
    QCOMPARE(codeOf(m_l->store().addTeacher(QStringLiteral("Piet"), QStringLiteral("nope"))),
        "InvalidInput");
    QVERIFY(!m_l->store().teachers()->first().hasKey);
    // The first key is not trusted silently: shown with its fingerprint, kept once accepted.
    const QByteArray file
        = preparationFile(preparation(m_teacher, m_l->leader(), conversationId(1)), m_teacher);
    auto review = m_l->store().review(file, m_l->leader());
    QVERIFY_RESULT(review);
    QVERIFY(review->firstKey && review->needsKeyConfirmation() && !review->newTeacher);
    QCOMPARE(review->newKeyFingerprint, crypto::fingerprint(m_teacher.signPublic));
    const QString before = m_l->dump();
    expectRefused(m_l->import(file), "Untrusted",
        QStringLiteral("first file of %1").arg(kTeacherName), before);
    QVERIFY(!m_l->store().teachers()->first().hasKey);
    auto imported = m_l->import(file, { .acceptNewKey = true });
    QVERIFY_RESULT(imported);
    QVERIFY(!imported->newTeacher && !imported->keyChanged && imported->firstKey);
    QCOMPARE(m_l->store().teachers()->first().signKey, m_teacher.signPublic);
}

void TestLeaderStore::lookalikeNamesAreTheTeacherOnTheList()
{
    QCOMPARE(cv::foldedTeacherName(QStringLiteral("  Anna   de VRIES ")),
        cv::foldedTeacherName(QStringLiteral("Anna de Vries")));
    // Cyrillic А and е, Greek Ο: drawn like the Latin letters.
    QCOMPARE(cv::foldedTeacherName(QStringLiteral("\u0410nna d\u0435 Vries")),
        cv::foldedTeacherName(QStringLiteral("Anna de Vries")));
    QCOMPARE(cv::foldedTeacherName(QStringLiteral("\u039Fmar")),
        cv::foldedTeacherName(QStringLiteral("Omar")));
    // NFKC: a full-width or ligature form is its plain letters.
    QCOMPARE(cv::foldedTeacherName(QStringLiteral("\uFF21nna")),
        cv::foldedTeacherName(QStringLiteral("anna")));
    QVERIFY(cv::foldedTeacherName(QStringLiteral("Anna de Vries"))
        != cv::foldedTeacherName(QStringLiteral("Anne de Vries")));
    // What an attacker's review got past the first fold: invisible fillers and selectors at the
    // end, combining marks, and lookalikes from Armenian, Latin extensions, Lisu, Coptic and
    // Cherokee. Each is Tom Leraar.
    const QString tom = cv::foldedTeacherName(QStringLiteral("Tom Leraar"));
    for (const char16_t filler : { u'\u3164', u'\uFFA0', u'\u115F', u'\u1160', u'\u2800', u'\u17B4',
             u'\u180B', u'\u034F', u'\uFE0F', u'\u200D', u'\u0301', u'\u0307' })
        QCOMPARE(cv::foldedTeacherName(QStringLiteral("Tom Leraar") + QChar(filler)), tom);
    for (const QString& lookalike :
        { QStringLiteral("T\u0585m Leraar"), QStringLiteral("Tom Ler\u0251ar"),
            QStringLiteral("Tom \u029Feraar"), QStringLiteral("Tom \uA4E1eraar"),
            QStringLiteral("T\u2C9Fm Leraar"), QStringLiteral("\u13A2om Leraar") })
        QVERIFY2(cv::foldedTeacherName(lookalike) == tom, qPrintable(lookalike));

    importPreparation(1); // Fatima el Amrani, with her key
    QCOMPARE(
        codeOf(m_l->store().addTeacher(QStringLiteral("fatima  EL amrani"), {})), "InvalidInput");
    // Someone else's key under a lookalike of her name (a Cyrillic а): her key check applies,
    // no new teacher is made.
    const cv::OwnKeys other = teacherKeys("someone else");
    const QString lookalike = QStringLiteral("F\u0430tima el  Amrani");
    const QByteArray file = preparationFile(
        preparation(other, m_l->leader(), conversationId(2), 1, lookalike), other);
    const QString before = m_l->dump();
    auto review = m_l->store().review(file, m_l->leader());
    QVERIFY_RESULT(review);
    QVERIFY(!review->newTeacher && review->keyChanged);
    QCOMPARE(review->teacherName, kTeacherName);
    expectRefused(m_l->import(file), "Untrusted",
        QStringLiteral("key of %1 changed").arg(kTeacherName), before);
    QCOMPARE(m_l->store().teachers()->size(), 1);
    // Her own key under the lookalike name: her conversation, on her row.
    auto hers = m_l->import(preparationFile(
        preparation(m_teacher, m_l->leader(), conversationId(3), 1, lookalike), m_teacher));
    QVERIFY_RESULT(hers);
    QCOMPARE(hers->teacherName, kTeacherName);
    QCOMPARE(m_l->store().teachers()->size(), 1);
    QCOMPARE(m_l->store().conversations(kTeacherName)->size(), 2);
}

void TestLeaderStore::aNewerRevisionReplacesTheOldAndReplaysAreRefused()
{
    const QByteArray rev1
        = preparationFile(preparation(m_teacher, m_l->leader(), conversationId(1), 1), m_teacher);
    const QByteArray rev2 = preparationFile(preparation(m_teacher, m_l->leader(), conversationId(1),
                                                2, kTeacherName, QDate(2026, 11, 27)),
        m_teacher);
    QVERIFY_RESULT(m_l->import(rev1));
    QString before = m_l->dump();
    expectRefused(m_l->import(rev1), "InvalidInput", QStringLiteral("imported already"), before);

    auto replaced = m_l->import(rev2);
    QVERIFY_RESULT(replaced);
    QVERIFY(replaced->replaced);
    auto record = m_l->store().conversation(conversationId(1));
    QCOMPARE(record->preparation.revision, 2);
    QCOMPARE(record->plannedOn, QDate(2026, 11, 27));

    before = m_l->dump();
    expectRefused(
        m_l->import(rev1), "InvalidInput", QStringLiteral("old copy or a replay"), before);
    expectRefused(m_l->import(rev2), "InvalidInput", QStringLiteral("imported already"), before);
    // The same revision with other content is no replacement either.
    pb::Preparation other = preparation(m_teacher, m_l->leader(), conversationId(1), 2);
    other.set_team_id("middenbouw");
    expectRefused(m_l->import(preparationFile(other, m_teacher)), "InvalidInput",
        QStringLiteral("replay"), before);
}

void TestLeaderStore::anotherConversationsFileIsRefused()
{
    importPreparation(1);
    const QString before = m_l->dump();
    const QByteArray file
        = preparationFile(preparation(m_teacher, m_l->leader(), conversationId(2)), m_teacher);
    expectRefused(m_l->import(file, { .expectedConversation = conversationId(1) }), "InvalidInput",
        QStringLiteral("another conversation"), before);
    // Another teacher's file under an id that is kept already.
    const cv::OwnKeys other = teacherKeys("other teacher");
    expectRefused(m_l->import(preparationFile(preparation(other, m_l->leader(), conversationId(1),
                                                  2, QStringLiteral("Sanne de Wit")),
                      other)),
        "Untrusted", QStringLiteral("another teacher"), before);
}

void TestLeaderStore::aFileForAnotherLeaderOrSchoolIsRefused()
{
    const QString before = m_l->dump();
    const exchange::KeySet stranger = leaderKeys("stranger");
    expectRefused(m_l->import(preparationFile(
                      preparation(m_teacher, stranger, conversationId(1)), m_teacher)),
        "Untrusted", QStringLiteral("another leader"), before);
    pb::Preparation elsewhere = preparation(m_teacher, m_l->leader(), conversationId(1));
    elsewhere.mutable_ref()->set_school_id("obs-de-esch");
    expectRefused(m_l->import(preparationFile(elsewhere, m_teacher)), "Untrusted",
        QStringLiteral("another school"), before);
    QByteArray tampered
        = preparationFile(preparation(m_teacher, m_l->leader(), conversationId(1)), m_teacher);
    tampered[tampered.size() - 20] = char(tampered[tampered.size() - 20] ^ 0x01);
    QVERIFY(!m_l->import(tampered).ok());
    QVERIFY(!m_l->import(tampered.left(tampered.size() / 2)).ok());
    QCOMPARE(codeOf(m_l->import(QByteArray("not a file"))), "InvalidInput");
    QCOMPARE(m_l->dump(), before);
    // Imported with a key that is not this database's leader's.
    expectRefused(
        m_l->store().importFile(
            preparationFile(preparation(m_teacher, stranger, conversationId(1)), m_teacher),
            stranger),
        "Untrusted", QStringLiteral("not the key"), before);
}

void TestLeaderStore::aChangedTeacherKeyNeedsConfirmation()
{
    importPreparation(1);
    const cv::OwnKeys newPhone = teacherKeys("new phone");
    const QByteArray file
        = preparationFile(preparation(newPhone, m_l->leader(), conversationId(2)), newPhone);
    const QString before = m_l->dump();
    expectRefused(m_l->import(file), "Untrusted",
        QStringLiteral("key of %1 changed").arg(kTeacherName), before);
    auto review = m_l->store().review(file, m_l->leader());
    QVERIFY_RESULT(review);
    QVERIFY(review->keyChanged);
    QCOMPARE(review->newKeyFingerprint, crypto::fingerprint(newPhone.signPublic));
    QCOMPARE(m_l->dump(), before);

    auto accepted = m_l->import(file, { .acceptNewKey = true });
    QVERIFY_RESULT(accepted);
    QVERIFY(accepted->keyChanged);
    QCOMPARE(m_l->store().teachers()->first().signKey, newPhone.signPublic);
    // From now on the old key is the changed one.
    const QByteArray old
        = preparationFile(preparation(m_teacher, m_l->leader(), conversationId(3)), m_teacher);
    QCOMPARE(codeOf(m_l->import(old)), "Untrusted");
}

void TestLeaderStore::aKeyOfAnotherTeacherIsRefused()
{
    importPreparation(1);
    const QString before = m_l->dump();
    expectRefused(m_l->import(preparationFile(preparation(m_teacher, m_l->leader(),
                                                  conversationId(2), 1, QStringLiteral("Piet")),
                      m_teacher)),
        "Untrusted", QStringLiteral("key of %1").arg(kTeacherName), before);
}

void TestLeaderStore::theVerslagAnswersTheKeptPreparation()
{
    importPreparation(1);
    const QByteArray file = verslag(1);
    auto opened = cv::openVerslag(file, m_teacher);
    QVERIFY_RESULT(opened);
    const auto record = m_l->store().conversation(conversationId(1));
    QVERIFY_RESULT(record);
    QCOMPARE(record->state, ConversationState::Held);
    QCOMPARE(QByteArray::fromStdString(opened->body.preparation_digest()),
        cv::bodyDigest(record->preparation.bodyBytes));
    // What the leader keeps is exactly what the teacher opens.
    QCOMPARE(record->verslag->bodyBytes, opened->bodyBytes);
    QCOMPARE(record->verslag->signature, opened->signature);
    QCOMPARE(record->verslag->revision, 1);
    QCOMPARE(opened->body.held_on(), std::string("2026-11-20"));
    QCOMPARE(opened->body.agreements_size(), 2);
    QCOMPARE(opened->body.agreements(0).id().size(), size_t(cv::kAgreementIdBytes));
    QCOMPARE(opened->body.notes(0).own_points(), notes().notes(0).own_points());

    // Made again before the response: the next revision, the same agreement ids.
    auto again = m_l->store().makeVerslag(conversationId(1), QDate(2026, 11, 20), m_l->leader());
    QVERIFY_RESULT(again);
    auto second = cv::openVerslag(*again, m_teacher);
    QCOMPARE(second->body.ref().revision(), 2u);
    QCOMPARE(second->body.agreements(0).id(), opened->body.agreements(0).id());
    // Not on a day still to come, and not with another key.
    QCOMPARE(
        codeOf(m_l->store().makeVerslag(conversationId(1), QDate(2026, 11, 21), m_l->leader())),
        "InvalidInput");
    QCOMPARE(codeOf(m_l->store().makeVerslag(
                 conversationId(1), QDate(2026, 11, 20), leaderKeys("stranger"))),
        "Untrusted");
    // Notes that break the verslag's rules are refused.
    pb::Verslag bad = notes();
    bad.mutable_agreements(0)->set_what("   ");
    QVERIFY(!m_l->store().saveNotes(conversationId(1), bad).ok());
}

void TestLeaderStore::noNewPreparationOnceTheVerslagIsMade()
{
    importPreparation(1);
    verslag(1);
    const QString before = m_l->dump();
    expectRefused(m_l->import(preparationFile(
                      preparation(m_teacher, m_l->leader(), conversationId(1), 2), m_teacher)),
        "InvalidInput", QStringLiteral("verslag of this conversation was made"), before);
}

void TestLeaderStore::aResponseMustAnswerExactlyTheVerslagMade()
{
    importPreparation(1);
    // Before any verslag there is nothing to answer: a response to a verslag made elsewhere.
    importPreparation(2);
    const QByteArray first = verslag(1);
    const QByteArray second = verslag(1); // revision 2: the one to answer
    QString before = m_l->dump();
    expectRefused(m_l->import(responseFile(first, m_teacher)), "InvalidInput",
        QStringLiteral("another verslag"), before);
    expectRefused(m_l->import(responseFile(second, m_teacher,
                      [](pb::Response& r) { r.mutable_answers()->RemoveLast(); })),
        "InvalidInput", QStringLiteral("each agreement"), before);
    expectRefused(m_l->import(responseFile(second, m_teacher,
                      [](pb::Response& r) { r.mutable_answers()->SwapElements(0, 1); })),
        "InvalidInput", QStringLiteral("each agreement"), before);
    expectRefused(m_l->import(responseFile(second, m_teacher,
                      [](pb::Response& r) {
                          r.mutable_ref()->set_conversation_id(conversationId(2).toStdString());
                      })),
        "InvalidInput", QStringLiteral("no verslag was made"), before);
    expectRefused(
        m_l->import(responseFile(second, m_teacher), { .expectedConversation = conversationId(2) }),
        "InvalidInput", QStringLiteral("another conversation"), before);
    // Signed by another teacher key than the conversation's.
    const cv::OwnKeys other = teacherKeys("other teacher");
    expectRefused(m_l->import(responseFile(
                      second, m_teacher,
                      [&](pb::Response& r) {
                          *r.mutable_ref()->mutable_teacher() = partyOf(kTeacherName, other);
                      },
                      &other)),
        "Untrusted", QStringLiteral("another key"), before);
}

void TestLeaderStore::theResponseClosesTheConversationForGood()
{
    importPreparation(1);
    const QByteArray file = verslag(1);
    const QByteArray response = responseFile(file, m_teacher, [](pb::Response& r) {
        r.mutable_answers(1)->set_status(pb::AgreementAnswer::STATUS_SEEN);
        r.mutable_answers(1)->set_reaction("Liever in het voorjaar.");
    });
    auto imported = m_l->import(response);
    QVERIFY_RESULT(imported);
    QCOMPARE(imported->kind, pb::FILE_KIND_RESPONSE);
    auto record = m_l->store().conversation(conversationId(1));
    QVERIFY_RESULT(record);
    QCOMPARE(record->state, ConversationState::Closed);
    QCOMPARE(record->response->body.answers(1).status(), pb::AgreementAnswer::STATUS_SEEN);

    const QString before = m_l->dump();
    expectRefused(m_l->import(response), "InvalidInput", QStringLiteral("closed already"), before);
    expectRefused(m_l->import(preparationFile(
                      preparation(m_teacher, m_l->leader(), conversationId(1), 5), m_teacher)),
        "InvalidInput", QStringLiteral("closed already"), before);
    expectRefused(m_l->store().makeVerslag(conversationId(1), QDate(2026, 11, 20), m_l->leader()),
        "InvalidInput", QStringLiteral("closed already"), before);
    expectRefused(m_l->store().saveNotes(conversationId(1), notes()), "InvalidInput",
        QStringLiteral("closed already"), before);
}

void TestLeaderStore::teachersWhoLeftAreDeletedAfterTheRetention()
{
    importPreparation(1);
    verslag(1);
    const cv::OwnKeys sanne = teacherKeys("sanne");
    QVERIFY_RESULT(m_l->import(preparationFile(
        preparation(sanne, m_l->leader(), conversationId(2), 1, QStringLiteral("Sanne de Wit")),
        sanne)));
    QCOMPARE(
        codeOf(m_l->store().markLeft(QStringLiteral("Nobody"), QDate(2025, 1, 1))), "NotFound");
    QVERIFY_RESULT(m_l->store().markLeft(kTeacherName, QDate(2024, 11, 21)));
    QVERIFY_RESULT(m_l->store().markLeft(QStringLiteral("Sanne de Wit"), QDate(2026, 8, 1)));
    QVERIFY_RESULT(m_l->store().markLeft(QStringLiteral("Sanne de Wit"), QDate())); // back

    const QString before = m_l->dump();
    QCOMPARE(m_l->store().purgeExpired(QDate(2026, 11, 20)).value(), 0); // one day short
    QCOMPARE(m_l->dump(), before);
    QCOMPARE(m_l->store().purgeExpired(QDate(2026, 11, 21)).value(), 1); // two years on
    auto teachers = m_l->store().teachers();
    QCOMPARE(teachers->size(), 1);
    QCOMPARE(teachers->first().name, QStringLiteral("Sanne de Wit"));
    QVERIFY(!teachers->first().leftOn.isValid());
    QCOMPARE(m_l->store().conversations()->size(), 1);
    QCOMPARE(codeOf(m_l->store().conversation(conversationId(1))), "NotFound");
    QCOMPARE(codeOf(m_l->store().teacherRecord(kTeacherName)), "NotFound");

    // Nothing of what she shared is left in the file.
    m_l->close();
    QFile db(m_l->dbPath());
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray bytes = db.readAll();
    QVERIFY(!bytes.contains("Fatima"));
    QVERIFY(!bytes.contains(m_teacher.signPublic));
}

void TestLeaderStore::anAccessRequestGetsEverythingAboutOneTeacher()
{
    importPreparation(1, QDate(2026, 9, 10));
    verslag(1);
    importPreparation(2);
    const cv::OwnKeys sanne = teacherKeys("sanne");
    QVERIFY_RESULT(m_l->import(preparationFile(
        preparation(sanne, m_l->leader(), conversationId(3), 1, QStringLiteral("Sanne de Wit")),
        sanne)));
    QVERIFY_RESULT(m_l->store().markLeft(kTeacherName, QDate(2026, 12, 31)));

    auto record = m_l->store().teacherRecord(kTeacherName);
    QVERIFY_RESULT(record);
    QCOMPARE(record->teamName, QStringLiteral("Onderbouw"));
    QCOMPARE(record->signKey, m_teacher.signPublic);
    QCOMPARE(record->leaderName, m_l->leader().name);
    QCOMPARE(record->deleteOn, QDate(2028, 12, 31));
    QCOMPARE(record->conversations.size(), 2); // not Sanne's
    QCOMPARE(record->conversations[0].plannedOn, QDate(2026, 9, 10)); // oldest first
    QCOMPARE(record->conversations[0].state, ConversationState::Held);
    QCOMPARE(record->conversations[0].draft.agreements_size(), 2);
    QVERIFY(record->conversations[0].verslag.has_value());
    QCOMPARE(record->conversations[1].state, ConversationState::Prepared);

    auto summary = m_l->store().teachers();
    QCOMPARE(summary->first().lastConversation, QDate(2026, 9, 10));
    QCOMPARE(summary->first().nextConversation, QDate(2026, 11, 25));
}

void TestLeaderStore::remindersAndIdPrefixes()
{
    importPreparation(1, QDate(2026, 11, 21));
    importPreparation(2, QDate(2026, 11, 22));
    auto due = m_l->store().dueTomorrow(QDate(2026, 11, 20));
    QVERIFY_RESULT(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().id, conversationId(1));
    verslag(1); // held: no reminder any more
    QCOMPARE(m_l->store().dueTomorrow(QDate(2026, 11, 20))->size(), 0);

    const QString hex = cv::conversationIdText(conversationId(2));
    QCOMPARE(m_l->store().findConversation(hex.left(6)).value(), conversationId(2));
    QCOMPARE(m_l->store().findConversation(hex.left(8).toUpper()).value(), conversationId(2));
    QCOMPARE(codeOf(m_l->store().findConversation(hex.left(5))), "InvalidInput");
    QCOMPARE(codeOf(m_l->store().findConversation(QStringLiteral("ffffff00"))), "NotFound");
    QCOMPARE(codeOf(m_l->store().findConversation(QStringLiteral("abc%de"))), "InvalidInput");
}

QTEST_GUILESS_MAIN(TestLeaderStore)
#include "tst_leader_store.moc"
