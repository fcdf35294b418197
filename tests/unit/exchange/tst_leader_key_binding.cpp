// A leader's sealing key reaches teachers on HR's and the custodian's word: the leader's own
// signing key must vouch for it (exchange/key_file.h, hasValidKeyBinding), so HR cannot list a
// box key it holds beside a leader's signing key. And the one way a new file is written without
// ever replacing or following what is at its path (ExistingPath::Refuse).
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/key_file.h"
#include "exchange/profile_codec.h"
#include "exchange/profile_file.h"
#include "exchange/profile_signing.h"
#include "exchange/signing.h"
#include "exchange_fixtures.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using namespace kw::exchange;
using kw::test::codeOf;

namespace {

const QDate today(2026, 11, 20);

KeySet leaderKeys(const char* seed = "leader-lotte")
{
    return createKeySet(::kernwijzer::v1::PARTY_LEADER, QStringLiteral("Lotte de Leider"),
        QStringLiteral("Teamleider"), crypto::hash(seed));
}

SchoolProfile profileWith(const KeyHolder& lotte)
{
    SchoolProfile p = test::signedProfileFor(test::schoolKeys(), test::custodianKeys());
    p.leaders = { Leader { QStringLiteral("lotte"), { QStringLiteral("onderbouw") }, lotte } };
    return p;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLeaderKeyBinding : public QObject
{
    Q_OBJECT

private slots:
    void aLeadersOwnKeysAreListed();
    void hrCannotPairItsBoxKeyWithALeadersSignKey();
    void everyKeyFileCarriesTheBinding();
    void anOlderLeaderKeyFileIsNotListed();
    void aNewFileNeverReplacesOrFollowsWhatIsThere();
};

void TestLeaderKeyBinding::aLeadersOwnKeysAreListed()
{
    const KeySet lotte = leaderKeys();
    QVERIFY(hasValidKeyBinding(lotte.holder(), ::kernwijzer::v1::PARTY_LEADER));
    // Made for a leader: it does not pass for another party.
    QVERIFY(!hasValidKeyBinding(lotte.holder(), ::kernwijzer::v1::PARTY_SCHOOL));
    const SchoolProfile p = profileWith(lotte.holder());
    auto file = createProfileFile(p, test::schoolKeys());
    QVERIFY_RESULT(file);
    auto read = verifyProfileFile(
        test::coSignedFile(p, test::schoolKeys(), test::custodianKeys()), today);
    QVERIFY_RESULT(read);
    QCOMPARE(read->leaders.first().keys.keySignature, lotte.keySignature);
}

void TestLeaderKeyBinding::hrCannotPairItsBoxKeyWithALeadersSignKey()
{
    const KeySet lotte = leaderKeys();
    const KeySet hr = test::schoolKeys();
    const KeySet held = leaderKeys("a box key HR holds");
    // HR's own box key beside Lotte's signing key, with a box-key proof made for exactly that
    // pair: the proof checks out, it only shows that whoever listed the box key holds it.
    KeyHolder swapped = lotte.holder();
    swapped.boxKey = held.boxPublic;
    auto proof = crypto::proveBoxKey(
        signedBytes(Signed::BoxKeyProof, lotte.signPublic + held.boxPublic), held.boxSecret);
    QVERIFY(proof.has_value());
    swapped.boxProofKey = proof->edwardsKey;
    swapped.boxProofSignature = proof->signature;
    QVERIFY(hasValidBoxProof(swapped));
    QVERIFY(!hasValidKeyBinding(swapped, ::kernwijzer::v1::PARTY_LEADER));

    // HR cannot make that profile, and one made by hand is refused by every reader.
    const SchoolProfile p = profileWith(swapped);
    QCOMPARE(codeOf(createProfileFile(p, hr)), "Untrusted");
    QCOMPARE(codeOf(fromProto(toProto(p))), "Untrusted");
    QCOMPARE(codeOf(verifyProfileFile(test::handSignedFile(p, hr, test::custodianKeys()), today)),
        "Untrusted");

    // Nor with a binding of its own making, or none.
    KeyHolder boundByHr = swapped;
    QByteArray payload(1, char(::kernwijzer::v1::PARTY_LEADER));
    payload += lotte.signPublic + held.boxPublic;
    boundByHr.keySignature = signAs(Signed::KeyBinding, payload, hr.signSecret);
    QCOMPARE(codeOf(fromProto(toProto(profileWith(boundByHr)))), "Untrusted");
    KeyHolder unbound = lotte.holder();
    unbound.keySignature.clear();
    QCOMPARE(codeOf(fromProto(toProto(profileWith(unbound)))), "Untrusted");
    // The signature itself is what counts: one changed bit and it is refused.
    KeyHolder flipped = lotte.holder();
    flipped.keySignature[5] = char(flipped.keySignature[5] ^ 0x01);
    QCOMPARE(codeOf(fromProto(toProto(profileWith(flipped)))), "Untrusted");
}

void TestLeaderKeyBinding::everyKeyFileCarriesTheBinding()
{
    const KeySet lotte = leaderKeys();
    auto pub = readKeyFile(writePublicKeyFile(lotte));
    QVERIFY_RESULT(pub);
    QCOMPARE(pub->keySignature, lotte.keySignature);
    auto secret = readKeyFile(writeSecretKeyFile(lotte));
    QVERIFY_RESULT(secret);
    QVERIFY(hasValidKeyBinding(secret->holder(), ::kernwijzer::v1::PARTY_LEADER));
    // A secret key file written before the binding existed gets it when it is read.
    KeySet old = lotte;
    old.keySignature.clear();
    auto upgraded = readKeyFile(writeSecretKeyFile(old));
    QVERIFY_RESULT(upgraded);
    QCOMPARE(upgraded->keySignature, lotte.keySignature);
    // A public key file whose binding is not its holder's is refused.
    KeySet forged = lotte;
    forged.keySignature = leaderKeys("someone else").keySignature;
    QCOMPARE(codeOf(readKeyFile(writePublicKeyFile(forged))), "Untrusted");
}

void TestLeaderKeyBinding::anOlderLeaderKeyFileIsNotListed()
{
    KeySet old = leaderKeys();
    old.keySignature.clear();
    auto read = readKeyFile(writePublicKeyFile(old)); // still a valid key file to read
    QVERIFY_RESULT(read);
    SchoolProfile draft = test::signedProfileFor(test::schoolKeys(), test::custodianKeys());
    draft.leaders.clear();
    QCOMPARE(codeOf(addLeaderKey(draft, *read)), "InvalidInput");
    QVERIFY(draft.leaders.isEmpty());
    auto current = readKeyFile(writePublicKeyFile(leaderKeys()));
    QVERIFY_RESULT(current);
    QVERIFY_RESULT(addLeaderKey(draft, *current));
    QCOMPARE(draft.leaders.size(), 1);
}

void TestLeaderKeyBinding::aNewFileNeverReplacesOrFollowsWhatIsThere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("existing.kwgesprek"));
    const QString target = dir.filePath(QStringLiteral("target"));
    const QString link = dir.filePath(QStringLiteral("link.kwgesprek"));
    const QString dangling = dir.filePath(QStringLiteral("dangling.kwgesprek"));
    const QString nowhere = dir.filePath(QStringLiteral("nowhere"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.kwgesprek"));
    QVERIFY(writeFileAtomically(existing, "old").ok());
    QVERIFY(writeFileAtomically(target, "someone's file").ok());
    QVERIFY(QFile::link(target, link));
    QVERIFY(QFile::link(nowhere, dangling));

    const QByteArray bytes("the new file");
    for (const QString& path : { existing, link, dangling, dir.path() }) {
        const Status s = writeFileAtomically(path, bytes, ExistingPath::Refuse);
        QVERIFY2(!s.ok(), qPrintable(path));
        QVERIFY2(s.error().message.contains(QStringLiteral("exists already")),
            qPrintable(s.error().message));
    }
    QCOMPARE(readAll(existing), QByteArray("old"));
    QCOMPARE(readAll(target), QByteArray("someone's file"));
    QVERIFY(!QFileInfo::exists(nowhere)); // the dangling link was not followed
    QVERIFY(writeFileAtomically(fresh, bytes, ExistingPath::Refuse).ok());
    QCOMPARE(readAll(fresh), bytes);
    // No temporary file is left behind, whether refused or written.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 5);
    // The default still replaces, as every other command expects.
    QVERIFY(writeFileAtomically(existing, bytes).ok());
    QCOMPARE(readAll(existing), bytes);
}

QTEST_GUILESS_MAIN(TestLeaderKeyBinding)
#include "tst_leader_key_binding.moc"
