#include "exchange/contribution_file.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "exchange/exchange_text.h"
#include "exchange/metric_layout.h"
#include "exchange/presence_bits.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"
#include "kernwijzer/v1/contribution.pb.h"

namespace kw::exchange {

namespace {

constexpr int kIdBytes = 32;
// 16 KiB holds two sealed parts of about 8.5 bytes a slot plus their framing: 900 slots fit.
constexpr int kMaxSlots = 900;

/**
 * The length every share of a school and period is padded to: the slots and the ids that the
 * clear header shows anyway, plus room for the longest cohort and revision and the padding
 * field's own framing. Unpadded, a share is 80 to 217 bytes more than its slots and those two
 * ids (cohort ids of up to 40 bytes each, varints for the revision and profile version), so the
 * padding is 180 to 317 bytes: its length always takes a two-byte varint, and the total comes
 * out exact.
 */
QByteArray randomKey(const RandomU64& random)
{
    QByteArray key;
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t word = random();
        key.append(reinterpret_cast<const char*>(&word), sizeof word);
    }
    return key;
}

/**
 * The length every share of a school and period is padded to: the slots, the presence bits
 * and the ids that the clear header shows anyway, plus room for the longest cohort and
 * revision and the padding field's own framing. Unpadded, a share is about 260 to 390 bytes
 * more than those, so the padding is 210 to 340 bytes: its length always takes a two-byte
 * varint, and the total comes out exact.
 */
size_t paddedShareSize(const ContributionPart& plain, size_t slotCount)
{
    return 8 * slotCount + size_t(packPresence(plain.present).size())
        + size_t(plain.schoolId.toUtf8().size()) + size_t(plain.period.toUtf8().size()) + 600;
}

std::string bindingBytes(
    const ContributionPart& plain, const QByteArray& commitmentH, const QByteArray& commitmentC)
{
    v1::ContributionBinding m;
    m.set_submission_id(bytesOf(plain.submissionId));
    m.set_revision(plain.revision);
    m.set_school_id(plain.schoolId.toStdString());
    m.set_profile_version(quint32(plain.profileVersion));
    m.set_period(plain.period.toStdString());
    m.mutable_cohort()->set_team(plain.cohort.team.toStdString());
    m.mutable_cohort()->set_role(plain.cohort.role.toStdString());
    m.mutable_cohort()->set_age_band(plain.cohort.ageBand.toStdString());
    m.set_layout_digest(bytesOf(plain.layoutDigest));
    m.set_presence(bytesOf(packPresence(plain.present)));
    m.set_commitment_school(bytesOf(commitmentH));
    m.set_commitment_custodian(bytesOf(commitmentC));
    return m.SerializeAsString();
}

std::string shareBytes(const ContributionPart& plain, v1::Party party, const std::string& binding,
    const QByteArray& signature, const Slots& share, const QByteArray& commitmentKey)
{
    v1::ContributionShare m;
    m.set_party(party);
    m.set_binding(binding);
    m.set_device_signature(bytesOf(signature));
    m.mutable_share()->Add(share.begin(), share.end());
    m.set_commitment_key(bytesOf(commitmentKey));
    const size_t unpadded = m.ByteSizeLong();
    const size_t target = paddedShareSize(plain, share.size());
    // Tag (1 byte) and length (2 bytes) of the padding field come on top of its zeros.
    if (target >= unpadded + 3 + 128)
        m.set_padding(std::string(target - unpadded - 3, '\0'));
    return m.SerializeAsString();
}

Error notForThisSchool(const QString& what)
{
    return Error { Error::Code::Untrusted, what };
}

bool plausiblePeriod(const QString& id)
{
    return exchangePeriodFromId(id).has_value();
}

} // namespace

bool cohortFits(const Cohort& c, const SchoolProfile& profile)
{
    return (c.team.isEmpty() || profile.team(c.team)) && (c.role.isEmpty() || profile.role(c.role))
        && (c.ageBand.isEmpty() || profile.ageBand(c.ageBand));
}

namespace {

/**
 * The hiding commitment to one party's share: BLAKE2b keyed with 32 random bytes that travel
 * only inside that party's seal. The other party sees the commitment, never the share or key.
 */
QByteArray shareCommitment(v1::Party party, const Slots& share, QByteArrayView key)
{
    QByteArray message("kernwijzer/v1/share-commitment", 31); // with its zero byte
    message.append(char(party));
    message.append(reinterpret_cast<const char*>(share.data()),
        qsizetype(share.size() * sizeof(std::uint64_t))); // little-endian on every target
    return crypto::hash(message, key, kIdBytes);
}

} // namespace

crypto::KeyPair submissionKeyFor(
    QByteArrayView deviceSecret, const QString& schoolId, const QString& period)
{
    if (deviceSecret.size() != 32)
        return {}; // never an unkeyed (computable) key: the writer refuses an empty one
    const QByteArray message
        = "kernwijzer/submission-key/v2\n" + schoolId.toUtf8() + '\n' + period.toUtf8();
    return crypto::signKeyPair(crypto::hash(message, deviceSecret, kIdBytes));
}

QByteArray submissionIdFor(
    QByteArrayView deviceSecret, const QString& schoolId, const QString& period)
{
    return submissionKeyFor(deviceSecret, schoolId, period).publicKey;
}

Result<QByteArray> writeContributionFile(const ContributionPart& given,
    const SchoolProfile& profile, QByteArrayView deviceSecret, const RandomU64& random)
{
    const MetricLayout layout = MetricLayout::forProfile(profile);
    ContributionPart plain = given;
    const crypto::KeyPair key = submissionKeyFor(deviceSecret, plain.schoolId, plain.period);
    plain.submissionId = key.publicKey;
    if (plain.submissionId.size() != kIdBytes || plain.schoolId != profile.schoolId
        || int(plain.values.size()) != layout.slotCount()
        || plain.present.size() != size_t(layout.metrics().size())
        || plain.layoutDigest != layout.digest() || plain.revision < 1
        || plain.revision > kMaxRevision)
        return Error { Error::Code::InvalidInput,
            Text::tr("The contribution is incomplete and was not written.") };
    const SharePair shares = splitShares(plain.values, random);
    const QByteArray keyH = randomKey(random);
    const QByteArray keyC = randomKey(random);
    const std::string binding
        = bindingBytes(plain, shareCommitment(v1::PARTY_SCHOOL, shares.h, keyH),
            shareCommitment(v1::PARTY_CUSTODIAN, shares.c, keyC));
    const QByteArray signature = signAs(Signed::Contribution,
        QByteArrayView(binding.data(), qsizetype(binding.size())), key.secretKey);

    v1::ContributionHeader header;
    header.set_school_id(plain.schoolId.toStdString());
    header.set_profile_version(quint32(plain.profileVersion));
    header.set_period(plain.period.toStdString());

    v1::Envelope envelope;
    envelope.set_kind(v1::FILE_KIND_CONTRIBUTION);
    envelope.set_payload(header.SerializeAsString());
    const struct
    {
        v1::Party party;
        const KeyHolder& holder;
        const Slots& share;
        const QByteArray& commitmentKey;
    } parts[] = { { v1::PARTY_SCHOOL, profile.school, shares.h, keyH },
        { v1::PARTY_CUSTODIAN, profile.custodian, shares.c, keyC } };
    for (const auto& part : parts) {
        auto* seal = envelope.add_seals();
        seal->set_recipient(part.party);
        seal->set_recipient_key(part.holder.boxKey.toStdString());
        const std::string inner
            = shareBytes(plain, part.party, binding, signature, part.share, part.commitmentKey);
        const auto sealed = crypto::seal(
            QByteArrayView(inner.data(), qsizetype(inner.size())), part.holder.boxKey);
        if (!sealed)
            return Error { Error::Code::Untrusted,
                Text::tr("The key of %1 in the school profile cannot keep a part secret; nothing "
                         "was written. Ask your school's HR for help.")
                    .arg(part.holder.name) };
        seal->set_sealed(sealed->toStdString());
    }
    QByteArray bytes = writeEnvelope(envelope);
    if (bytes.size() > maxFileBytes(v1::FILE_KIND_CONTRIBUTION))
        return Error { Error::Code::InvalidInput,
            Text::tr("The school profile asks for more figures than a contribution can hold.") };
    return bytes;
}

namespace {

Result<ContributionPart> headerOf(const v1::Envelope& envelope)
{
    auto header = readPayload<v1::ContributionHeader>(envelope);
    if (!header)
        return header.error();
    ContributionPart out;
    out.schoolId = QString::fromStdString(header->school_id());
    out.profileVersion = int(qMin<quint32>(header->profile_version(), 1'000'000'000));
    out.period = QString::fromStdString(header->period());
    const bool oneForEach = envelope.seals_size() == 2
        && envelope.seals(0).recipient() != envelope.seals(1).recipient()
        && envelope.seals(0).recipient() != v1::PARTY_UNSPECIFIED
        && envelope.seals(1).recipient() != v1::PARTY_UNSPECIFIED;
    if (!isProfileId(out.schoolId) || !plausiblePeriod(out.period) || !oneForEach)
        return damaged();
    return out;
}

} // namespace

Result<ContributionPart> readContributionHeader(QByteArrayView file)
{
    auto envelope = readEnvelope(file, v1::FILE_KIND_CONTRIBUTION);
    if (!envelope)
        return envelope.error();
    return headerOf(*envelope);
}

Result<ContributionPart> readContributionShare(QByteArrayView bytes, const MetricLayout* layout)
{
    v1::ContributionShare m;
    v1::ContributionBinding b;
    if (!m.ParseFromArray(bytes.data(), int(bytes.size())) || !b.ParseFromString(m.binding()))
        return damaged();
    ContributionPart out;
    out.party = m.party();
    out.binding = qbytes(m.binding());
    out.deviceSignature = qbytes(m.device_signature());
    out.submissionId = qbytes(b.submission_id());
    out.revision = b.revision();
    out.schoolId = QString::fromStdString(b.school_id());
    out.profileVersion = int(qMin<quint32>(b.profile_version(), 1'000'000'000));
    out.period = QString::fromStdString(b.period());
    out.cohort = { QString::fromStdString(b.cohort().team()),
        QString::fromStdString(b.cohort().role()), QString::fromStdString(b.cohort().age_band()) };
    out.layoutDigest = qbytes(b.layout_digest());
    out.values.assign(m.share().begin(), m.share().end());
    const size_t metrics = out.values.size() / MetricLayout::kSlotsPerMetric;
    const auto present = unpackPresence(qbytes(b.presence()), metrics);
    if ((out.party != v1::PARTY_SCHOOL && out.party != v1::PARTY_CUSTODIAN)
        || out.layoutDigest.size() != kIdBytes || out.revision < 1 || out.revision > kMaxRevision
        || !isProfileId(out.schoolId) || !plausiblePeriod(out.period) || out.values.empty()
        || out.values.size() > kMaxSlots || out.values.size() % MetricLayout::kSlotsPerMetric != 0
        || !present || b.commitment_school().size() != size_t(kIdBytes)
        || b.commitment_custodian().size() != size_t(kIdBytes)
        || m.commitment_key().size() != size_t(kIdBytes))
        return damaged();
    out.present = *present;
    if (layout
        && (out.layoutDigest != layout->digest() || int(out.values.size()) != layout->slotCount()))
        return Error { Error::Code::InvalidInput,
            Text::tr("This contribution follows another metric layout than the school "
                     "profile's.") };
    // Only the device that holds the submission key signs under its id: a part that anyone
    // else made, or changed, stops here.
    if (!crypto::isValidSignKey(out.submissionId)
        || !verifyAs(Signed::Contribution, out.binding, out.deviceSignature, out.submissionId))
        return Error { Error::Code::Untrusted,
            Text::tr("This contribution's signature does not check out: it was not made by a "
                     "teacher's device, or it was changed.") };
    const std::string& commitment
        = out.party == v1::PARTY_SCHOOL ? b.commitment_school() : b.commitment_custodian();
    if (shareCommitment(out.party, out.values, qbytes(m.commitment_key())) != qbytes(commitment))
        return Error { Error::Code::Untrusted,
            Text::tr("This contribution's numbers do not match what the teacher's device "
                     "signed.") };
    return out;
}

Status checkPartAgainst(
    const ContributionPart& part, const SchoolProfile& profile, const MetricLayout* given)
{
    if (part.schoolId != profile.schoolId)
        return notForThisSchool(
            Text::tr("This contribution is for another school (%1).").arg(part.schoolId.left(40)));
    std::optional<MetricLayout> made;
    const MetricLayout& layout = given ? *given : made.emplace(MetricLayout::forProfile(profile));
    if (part.profileVersion != profile.version || part.layoutDigest != layout.digest()
        || int(part.values.size()) != layout.slotCount())
        return Error { Error::Code::InvalidInput,
            Text::tr("This contribution was made with profile version %1, not version %2.")
                .arg(part.profileVersion)
                .arg(profile.version) };
    if (!cohortFits(part.cohort, profile)
        || !exchangePeriodFromId(part.period, profile.rules.periodMonths))
        return damaged();
    return {};
}

Result<ContributionPart> openContributionFile(QByteArrayView file, const KeySet& keys,
    const SchoolProfile* profile, const MetricLayout* layout)
{
    auto envelope = readEnvelope(file, v1::FILE_KIND_CONTRIBUTION);
    if (!envelope)
        return envelope.error();
    auto header = headerOf(*envelope);
    if (!header)
        return header.error();
    if (profile && header->schoolId != profile->schoolId)
        return notForThisSchool(Text::tr("This contribution is for another school (%1).")
                                    .arg(header->schoolId.left(40)));
    const v1::Seal* mine = nullptr;
    for (const v1::Seal& seal : envelope->seals()) {
        if (seal.recipient() == keys.party && qbytes(seal.recipient_key()) == keys.boxPublic)
            mine = &seal;
    }
    if (!mine || !keys.hasSecrets())
        return Error { Error::Code::Untrusted,
            Text::tr("This contribution has no part that your key (%1) can open.")
                .arg(crypto::fingerprint(keys.boxPublic)) };
    const auto opened = crypto::openSeal(qbytes(mine->sealed()), keys.boxPublic, keys.boxSecret);
    if (!opened)
        return Error { Error::Code::Untrusted,
            Text::tr("This contribution cannot be opened: it was changed or damaged on the "
                     "way.") };
    auto part = readContributionShare(*opened);
    if (!part)
        return part.error();
    if (part->party != keys.party || part->schoolId != header->schoolId
        || part->period != header->period || part->profileVersion != header->profileVersion)
        return Error { Error::Code::Untrusted,
            Text::tr("This contribution's sealed part does not match its header.") };
    if (profile) {
        if (Status s = checkPartAgainst(*part, *profile, layout); !s)
            return s.error();
    }
    return part;
}

} // namespace kw::exchange
