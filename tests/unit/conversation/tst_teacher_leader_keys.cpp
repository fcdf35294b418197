// The teacher's side when a leader's keys change in the school's profile: the import names the
// change with both fingerprints, a profile where HR paired its own sealing key with a leader's
// signing key is refused, and a conversation never moves to other keys than it began with (no
// new revision of its preparation, no verslag), with nothing written.
#include "exchange/signing.h"
#include "profile/profile_changes.h"
#include "teacher_fixture.h"

#include <QTest>

using namespace kw;
using namespace kw::conversation;
using kw::test::codeOf;

namespace {

/** Lotte with a new phone: new keys of her own, in version 4 of the profile. */
exchange::KeySet newLotte()
{
    return test::leaderKeys("leader-lotte-new-phone");
}

SchoolProfile profileWithNewLotte()
{
    SchoolProfile p = test::profileWithLeaders();
    p.version = 4;
    p.leaders[0].keys = newLotte().holder();
    return p;
}

} // namespace

class TestTeacherLeaderKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_teacher.reset(); }

    void theImportNamesALeadersNewKeys();
    void aSealingKeyHrPairedWithTheLeadersKeyIsRefused();
    void anOpenConversationRefusesTheLeadersNewKeys();
    void theStoreNeverReplacesAConversationsKeys();
    void theTeacherSeesTheirOwnKeysFingerprint();

private:
    Opened<v1::Preparation> prepare(PreparationDraft& draft);
    Status installNewLotte();

    std::unique_ptr<test::ConversationTeacher> m_teacher;
};

void TestTeacherLeaderKeys::init()
{
    m_teacher = std::make_unique<test::ConversationTeacher>();
    QVERIFY_RESULT(m_teacher->open());
}

Opened<v1::Preparation> TestTeacherLeaderKeys::prepare(PreparationDraft& draft)
{
    draft = PreparationDraft::fresh();
    draft.plannedOn = test::defaultNow().date().addDays(7);
    draft.points << DraftPoint { v1::AGENDA_PART_LOOKING_BACK,
        QStringLiteral("Het schoolreisje.") };
    auto sent = m_teacher->conversations().sendPreparation(draft);
    if (!sent)
        qFatal("sendPreparation: %s", qPrintable(sent.error().message));
    auto opened = openPreparation(sent->file, test::ownKeysOf(test::leaderKeys()));
    if (!opened)
        qFatal("openPreparation: %s", qPrintable(opened.error().message));
    return *opened;
}

Status TestTeacherLeaderKeys::installNewLotte()
{
    auto check = m_teacher->session().exchange().checkImport(
        test::coSignedFile(profileWithNewLotte(), test::schoolKeys(), test::custodianKeys()));
    if (!check)
        return check.error();
    return m_teacher->session().install(*check);
}

void TestTeacherLeaderKeys::theImportNamesALeadersNewKeys()
{
    const exchange::KeySet was = test::leaderKeys();
    const exchange::KeySet now = newLotte();
    auto check = m_teacher->session().exchange().checkImport(
        test::coSignedFile(profileWithNewLotte(), test::schoolKeys(), test::custodianKeys()));
    QVERIFY_RESULT(check);
    QCOMPARE(check->verdict, exchange::ProfileImport::Verdict::Update);
    QCOMPARE(check->leaderKeyChanges.size(), 2); // signing and sealing key
    const QString sign = check->leaderKeyChanges[0].text;
    const QString box = check->leaderKeyChanges[1].text;
    QVERIFY2(sign.contains(crypto::fingerprint(now.signPublic))
            && sign.contains(crypto::fingerprint(was.signPublic)),
        qPrintable(sign));
    QVERIFY2(box.contains(crypto::fingerprint(now.boxPublic))
            && box.contains(crypto::fingerprint(was.boxPublic)),
        qPrintable(box));

    // Only the team list changes: nothing to say about keys.
    SchoolProfile teams = test::profileWithLeaders();
    teams.version = 4;
    teams.leaders[0].teamIds = { QStringLiteral("onderbouw") };
    auto quiet = m_teacher->session().exchange().checkImport(
        test::coSignedFile(teams, test::schoolKeys(), test::custodianKeys()));
    QVERIFY_RESULT(quiet);
    QVERIFY(quiet->leaderKeyChanges.isEmpty());
}

void TestTeacherLeaderKeys::aSealingKeyHrPairedWithTheLeadersKeyIsRefused()
{
    // HR lists a box key it holds under Lotte's signing key, with a box proof for that pair.
    const exchange::KeySet held = test::leaderKeys("a box key HR holds");
    SchoolProfile p = test::profileWithLeaders();
    p.version = 4;
    KeyHolder& lotte = p.leaders[0].keys;
    lotte.boxKey = held.boxPublic;
    auto proof = crypto::proveBoxKey(
        exchange::signedBytes(exchange::Signed::BoxKeyProof, lotte.signKey + held.boxPublic),
        held.boxSecret);
    QVERIFY(proof.has_value());
    lotte.boxProofKey = proof->edwardsKey;
    lotte.boxProofSignature = proof->signature;
    QVERIFY(exchange::hasValidBoxProof(lotte));
    const QString before = m_teacher->dump();
    auto check = m_teacher->session().exchange().checkImport(
        test::handSignedFile(p, test::schoolKeys(), test::custodianKeys()));
    QCOMPARE(codeOf(check), "Untrusted");
    QVERIFY2(check.error().message.contains(QStringLiteral("did not sign")),
        qPrintable(check.error().message));
    QCOMPARE(m_teacher->dump(), before);
}

void TestTeacherLeaderKeys::anOpenConversationRefusesTheLeadersNewKeys()
{
    PreparationDraft draft;
    const Opened<v1::Preparation> first = prepare(draft);
    QVERIFY_RESULT(installNewLotte());
    m_teacher->close();
    QVERIFY_RESULT(m_teacher->open(false)); // the session reads the new profile

    // A new revision of the preparation: refused, naming both keys, nothing written.
    draft.points << DraftPoint { v1::AGENDA_PART_FUTURE, QStringLiteral("Nog iets.") };
    const QString before = m_teacher->dump();
    auto planned = m_teacher->conversations().plan(draft);
    QCOMPARE(codeOf(planned), "Untrusted");
    QVERIFY2(planned.error().message.contains(crypto::fingerprint(newLotte().boxPublic))
            && planned.error().message.contains(crypto::fingerprint(test::leaderKeys().boxPublic)),
        qPrintable(planned.error().message));
    auto sent = m_teacher->conversations().sendPreparation(draft);
    QCOMPARE(codeOf(sent), "Untrusted");
    QCOMPARE(m_teacher->dump(), before);

    // The verslag the old key signs for that conversation: refused, nothing written.
    auto verslag = m_teacher->conversations().importVerslag(
        test::verslagFile(test::verslagTo(first), test::leaderKeys()));
    QCOMPARE(codeOf(verslag), "Untrusted");
    QVERIFY2(verslag.error().message.contains(QStringLiteral("changed since this conversation")),
        qPrintable(verslag.error().message));
    QCOMPARE(m_teacher->dump(), before);

    // A new conversation goes to the keys the profile lists now.
    PreparationDraft next = PreparationDraft::fresh();
    next.plannedOn = test::defaultNow().date().addDays(14);
    next.points << DraftPoint { v1::AGENDA_PART_LOOKING_BACK, QStringLiteral("Opnieuw.") };
    auto fresh = m_teacher->conversations().sendPreparation(next);
    QVERIFY_RESULT(fresh);
    QVERIFY_RESULT(openPreparation(fresh->file, test::ownKeysOf(newLotte())));
}

void TestTeacherLeaderKeys::theStoreNeverReplacesAConversationsKeys()
{
    PreparationDraft draft;
    const Opened<v1::Preparation> first = prepare(draft);
    const QByteArray id = QByteArray::fromStdString(first.body.ref().conversation_id());
    auto kept = m_teacher->store().conversation(id);
    QVERIFY_RESULT(kept);
    TeacherConversationRecord record = **kept;
    record.preparationRevision = 2;
    record.leaderBoxKey = newLotte().boxPublic; // as an attacker's caller would
    const QString before = m_teacher->dump();
    const Status s = m_teacher->store().recordPreparation(record);
    QCOMPARE(codeOf(s), "Untrusted");
    QCOMPARE(m_teacher->dump(), before);
    auto after = m_teacher->store().conversation(id);
    QCOMPARE((*after)->leaderBoxKey, test::leaderKeys().boxPublic);
    // The same keys: the new revision is kept.
    record.leaderBoxKey = test::leaderKeys().boxPublic;
    QVERIFY_RESULT(m_teacher->store().recordPreparation(record));
    QCOMPARE((*m_teacher->store().conversation(id))->preparationRevision, 2u);
}

void TestTeacherLeaderKeys::theTeacherSeesTheirOwnKeysFingerprint()
{
    PreparationDraft draft;
    const Opened<v1::Preparation> first = prepare(draft);
    auto fingerprint = m_teacher->conversations().ownKeyFingerprint();
    QVERIFY_RESULT(fingerprint);
    // What the leader's list shows for this teacher: the key the preparation is signed with.
    QCOMPARE(*fingerprint,
        crypto::fingerprint(QByteArray::fromStdString(first.body.ref().teacher().sign_key())));
}

QTEST_GUILESS_MAIN(TestTeacherLeaderKeys)
#include "tst_teacher_leader_keys.moc"
