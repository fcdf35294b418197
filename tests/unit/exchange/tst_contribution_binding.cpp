// What binds a contribution's two parts (format 2): the per-period submission key of the
// device, its signature over the binding, the commitment to each share and the unsplit
// presence bits. Each attack is made the way a key holder would, with libsodium and the
// protobuf messages, not with the writer's own helpers.

#include "exchange/contribution_file.h"
#include "exchange/contribution_inbox.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"
#include "exchange/signing.h"
#include "exchange_fixtures.h"
#include "kernwijzer/v1/contribution.pb.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using namespace kw::exchange;
namespace v1 = ::kernwijzer::v1;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");
const Cohort kCohort { QStringLiteral("bovenbouw"), QStringLiteral("leraar"), {} };

QByteArray bytes(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

/** The commitment as docs/exchange-formats.md §4 defines it, computed independently. */
QByteArray commitmentOf(v1::Party party, const Slots& share, const QByteArray& key)
{
    QByteArray message = QByteArray("kernwijzer/v1/share-commitment") + '\0' + char(party);
    for (std::uint64_t slot : share) {
        for (int b = 0; b < 8; ++b)
            message.append(char((slot >> (8 * b)) & 0xff));
    }
    return crypto::hash(message, key);
}

/** The opened part of @p keys' party in @p file, as messages an attacker can change. */
struct OpenedPart
{
    v1::ContributionShare share;
    v1::ContributionBinding binding;
};

OpenedPart openByHand(const QByteArray& file, const KeySet& keys)
{
    auto envelope = readEnvelope(file);
    OpenedPart out;
    for (const v1::Seal& seal : envelope->seals()) {
        if (seal.recipient() != keys.party)
            continue;
        const auto opened = crypto::openSeal(bytes(seal.sealed()), keys.boxPublic, keys.boxSecret);
        out.share.ParseFromString(opened->toStdString());
        out.binding.ParseFromString(out.share.binding());
    }
    return out;
}

/** @p part sealed again to @p keys, as what a receiver opens. */
Result<ContributionPart> reread(const OpenedPart& part)
{
    return readContributionShare(bytes(part.share.SerializeAsString()));
}

/** Re-signs @p part's binding with @p signSecret, as whoever holds that key would. */
void resign(OpenedPart& part, const QByteArray& signSecret)
{
    const std::string binding = part.binding.SerializeAsString();
    part.share.set_binding(binding);
    part.share.set_device_signature(
        signAs(Signed::Contribution, bytes(binding), signSecret).toStdString());
}

Slots sharesOf(const v1::ContributionShare& share)
{
    return Slots(share.share().begin(), share.share().end());
}

} // namespace

class TestContributionBinding : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bothPartsCarryTheSameSignedBinding();
    void presenceTravelsUnsplit();
    void aKeyHolderCannotWriteARevisionOfSomeoneElsesId();
    void aSignatureDoesNotCoverAnotherRevisionOrCohort();
    void aShareThatDoesNotMatchItsCommitmentIsRefused();
    void malformedPresenceIsRefused();
    void revisionsAreCapped();
    void theOlderFormatIsRefusedWithAReason();
    void partsOfOneSchoolAndPeriodHaveOneSize();

private:
    KeySet m_school = test::schoolKeys();
    KeySet m_custodian = test::custodianKeys();
    SchoolProfile m_profile;
    ContributionPart m_plain;
    QByteArray m_secret = test::deviceSecret(1);
    QByteArray m_file;
};

void TestContributionBinding::init()
{
    m_profile = test::signedProfileFor(m_school, m_custodian);
    m_plain = test::plainContribution(m_profile, kPeriod, kCohort, [](int i) {
        return i % 4 == 3 ? std::nullopt : std::optional<std::uint64_t>(std::uint64_t(i + 1));
    });
    m_file = test::contributionFile(m_plain, m_profile, m_secret);
    QVERIFY(!m_file.isEmpty());
}

void TestContributionBinding::bothPartsCarryTheSameSignedBinding()
{
    auto h = openContributionFile(m_file, m_school, &m_profile);
    auto c = openContributionFile(m_file, m_custodian, &m_profile);
    QVERIFY(h.ok() && c.ok());
    QCOMPARE(h->binding, c->binding);
    QCOMPARE(h->deviceSignature, c->deviceSignature);
    // The submission id is the device's key for this school and period, nothing else.
    QCOMPARE(h->submissionId, submissionKeyFor(m_secret, m_profile.schoolId, kPeriod).publicKey);
    QVERIFY(crypto::isValidSignKey(h->submissionId));
    QVERIFY(verifyAs(Signed::Contribution, h->binding, h->deviceSignature, h->submissionId));
}

void TestContributionBinding::presenceTravelsUnsplit()
{
    auto h = openContributionFile(m_file, m_school, &m_profile);
    auto c = openContributionFile(m_file, m_custodian, &m_profile);
    QCOMPARE(h->present, m_plain.present);
    QCOMPARE(c->present, m_plain.present);
    QCOMPARE(std::count(h->present.begin(), h->present.end(), false),
        qsizetype(m_plain.present.size() / 4)); // every fourth metric absent
    // The slots stay split: neither share is the value, together they are.
    QVERIFY(h->values != m_plain.values && c->values != m_plain.values);
    QCOMPARE(combineShares(h->values, c->values), m_plain.values);
    QCOMPARE(int(h->values.size()), MetricLayout::forProfile(m_profile).slotCount());
}

void TestContributionBinding::aKeyHolderCannotWriteARevisionOfSomeoneElsesId()
{
    // HR reads the victim's id and cohort from its own part, and writes the custodian a
    // "re-export" under that id with a value of its choosing, signed with a key HR holds.
    OpenedPart victim = openByHand(m_file, m_custodian);
    OpenedPart forged = victim;
    forged.binding.set_revision(2);
    Slots share = sharesOf(forged.share);
    share[0] += 1000;
    forged.share.mutable_share()->Set(0, share[0]);
    const QByteArray key = crypto::randomBytes(32);
    forged.share.set_commitment_key(key.toStdString());
    forged.binding.set_commitment_custodian(
        commitmentOf(v1::PARTY_CUSTODIAN, share, key).toStdString());
    resign(forged, crypto::signKeyPair().secretKey);
    auto read = reread(forged);
    QCOMPARE(test::codeOf(read), "Untrusted");
    QVERIFY(read.error().message.contains(QStringLiteral("signature")));

    // Signed by HR's own key and naming that key as the id, it is simply another submission:
    // it can never replace the victim's, whose id only the victim's device signs under.
    forged.binding.set_submission_id(m_school.signPublic.toStdString());
    resign(forged, m_school.signSecret);
    auto own = reread(forged);
    QVERIFY(own.ok());
    QVERIFY(own->submissionId != bytes(victim.binding.submission_id()));

    ContributionInbox inbox(
        v1::PARTY_CUSTODIAN, m_profile.schoolId, kPeriod, MetricLayout::forProfile(m_profile));
    QCOMPARE(inbox.accept(*openContributionFile(m_file, m_custodian, &m_profile)),
        ContributionInbox::Outcome::Added);
    QCOMPARE(inbox.accept(*own), ContributionInbox::Outcome::Added);
    QCOMPARE(inbox.size(), 2);
}

void TestContributionBinding::aSignatureDoesNotCoverAnotherRevisionOrCohort()
{
    const auto changed = [&](const std::function<void(v1::ContributionBinding&)>& change) {
        OpenedPart part = openByHand(m_file, m_custodian);
        change(part.binding);
        part.share.set_binding(part.binding.SerializeAsString()); // the old signature kept
        return test::codeOf(reread(part));
    };
    QCOMPARE(changed([](auto& b) { b.set_revision(2); }), "Untrusted");
    QCOMPARE(changed([](auto& b) { b.mutable_cohort()->set_team("onderbouw"); }), "Untrusted");
    QCOMPARE(changed([](auto& b) { b.set_period("2026-2027/2of6"); }), "Untrusted");
    QCOMPARE(changed([](auto& b) { b.set_presence(std::string(b.presence().size(), '\xff')); }),
        "Corrupt"); // spare bits set: refused before the signature is even checked
    QCOMPARE(changed([](auto& b) { b.set_presence(std::string(b.presence().size(), '\0')); }),
        "Untrusted");
}

void TestContributionBinding::aShareThatDoesNotMatchItsCommitmentIsRefused()
{
    // The custodian swaps one of its share slots (to shift the cell's sum by a known amount)
    // and keeps the device's binding and signature: the commitment no longer opens.
    OpenedPart part = openByHand(m_file, m_custodian);
    part.share.mutable_share()->Set(2, part.share.share(2) + 1);
    auto read = reread(part);
    QCOMPARE(test::codeOf(read), "Untrusted");
    QVERIFY(read.error().message.contains(QStringLiteral("signed")));

    // Nor does HR's part, opened with the custodian's commitment key.
    OpenedPart h = openByHand(m_file, m_school);
    h.share.set_commitment_key(part.share.commitment_key());
    QCOMPARE(test::codeOf(reread(h)), "Untrusted");
    // Unchanged, both parts read.
    QVERIFY(reread(openByHand(m_file, m_school)).ok());
}

void TestContributionBinding::malformedPresenceIsRefused()
{
    const crypto::KeyPair device = submissionKeyFor(m_secret, m_profile.schoolId, kPeriod);
    for (const int extra : { -1, 1 }) {
        OpenedPart part = openByHand(m_file, m_custodian);
        std::string bits = part.binding.presence();
        if (extra < 0)
            bits.pop_back();
        else
            bits.push_back('\0');
        part.binding.set_presence(bits);
        resign(part, device.secretKey); // even the device itself cannot send a bad length
        QCOMPARE(test::codeOf(reread(part)), "Corrupt");
    }
}

void TestContributionBinding::revisionsAreCapped()
{
    ContributionPart plain = m_plain;
    plain.revision = kMaxRevision;
    QVERIFY(writeContributionFile(plain, m_profile, m_secret, systemRandom()).ok());
    plain.revision = kMaxRevision + 1;
    QCOMPARE(test::codeOf(writeContributionFile(plain, m_profile, m_secret, systemRandom())),
        "InvalidInput");

    OpenedPart part = openByHand(m_file, m_custodian);
    part.binding.set_revision(kMaxRevision + 1);
    resign(part, submissionKeyFor(m_secret, m_profile.schoolId, kPeriod).secretKey);
    QCOMPARE(test::codeOf(reread(part)), "Corrupt");
}

void TestContributionBinding::theOlderFormatIsRefusedWithAReason()
{
    auto envelope = readEnvelope(m_file);
    QVERIFY(envelope.ok());
    QCOMPARE(envelope->format_version(), 2u);
    envelope->set_format_version(1);
    std::string old;
    envelope->SerializeToString(&old);
    auto read = openContributionFile(bytes(old), m_custodian, &m_profile);
    QCOMPARE(test::codeOf(read), "InvalidInput");
    QVERIFY2(read.error().message.contains(QStringLiteral("older version")),
        qPrintable(read.error().message));
}

void TestContributionBinding::partsOfOneSchoolAndPeriodHaveOneSize()
{
    // Neither the cohort, nor the revision, nor which metrics are present shows in the size.
    QSet<qsizetype> sizes;
    const Cohort cohorts[]
        = { {}, kCohort, { QStringLiteral("onderbouw"), {}, QStringLiteral("55-plus") } };
    for (const Cohort& cohort : cohorts) {
        for (quint32 revision : { 1u, 9u, kMaxRevision }) {
            ContributionPart plain = test::plainContribution(
                m_profile, kPeriod, cohort, [&](int i) {
                    return i % int(revision) == 0 ? std::optional<std::uint64_t>(7) : std::nullopt;
                });
            plain.revision = revision;
            auto file = writeContributionFile(plain, m_profile, m_secret, systemRandom());
            QVERIFY(file.ok());
            sizes.insert(file->size());
            auto envelope = readEnvelope(*file);
            QCOMPARE(envelope->seals(0).sealed().size(), envelope->seals(1).sealed().size());
        }
    }
    QCOMPARE(sizes.size(), 1);
}

QTEST_GUILESS_MAIN(TestContributionBinding)
#include "tst_contribution_binding.moc"
