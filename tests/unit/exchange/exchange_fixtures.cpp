#include "exchange_fixtures.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/profile_codec.h"
#include "exchange/profile_file.h"
#include "exchange/signing.h"

namespace kw::test {

using namespace kw::exchange;

KeySet schoolKeys(const char* seed)
{
    return createKeySet(::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("P&O Test"),
        QStringLiteral("HR-adviseur"), crypto::hash(seed));
}

KeySet custodianKeys(const char* seed)
{
    return createKeySet(::kernwijzer::v1::PARTY_CUSTODIAN, QStringLiteral("Carla Custodian"),
        QStringLiteral("Secretaris MR"), crypto::hash(seed));
}

SchoolProfile signedProfileFor(
    const KeySet& school, const KeySet& custodian, int version, QDate validUntil)
{
    SchoolProfile p = demoProfile();
    p.schoolId = QStringLiteral("kc-de-linde");
    p.schoolName = QStringLiteral("Kindcentrum De Linde");
    p.version = version;
    p.validUntil = validUntil;
    p.school = school.holder();
    p.custodian = custodian.holder();
    p.custodian.contact = QStringLiteral("mr@delinde.example");
    return p;
}

QByteArray handSignedFile(
    const SchoolProfile& profile, const KeySet& school, const KeySet& custodian)
{
    ::kernwijzer::v1::Envelope envelope;
    envelope.set_kind(::kernwijzer::v1::FILE_KIND_PROFILE);
    envelope.set_payload(toProto(profile).SerializeAsString());
    const QByteArray payload = QByteArray::fromStdString(envelope.payload());
    for (const KeySet* signer : { &school, &custodian }) {
        auto* signature = envelope.add_signatures();
        signature->set_signer(signer->party);
        signature->set_public_key(signer->signPublic.toStdString());
        signature->set_signature(
            signAs(Signed::Profile, payload, signer->signSecret).toStdString());
    }
    return writeEnvelope(envelope);
}

QByteArray coSignedFile(const SchoolProfile& profile, const KeySet& school, const KeySet& custodian)
{
    auto file = createProfileFile(profile, school);
    if (!file)
        qFatal("createProfileFile: %s", qPrintable(file.error().message));
    auto both = signProfileFile(*file, custodian);
    if (!both)
        qFatal("signProfileFile: %s", qPrintable(both.error().message));
    return *both;
}

exchange::ContributionPart plainContribution(const SchoolProfile& profile, const QString& period,
    const exchange::Cohort& cohort, const MetricValueOf& valueOf)
{
    using exchange::MetricLayout;
    const MetricLayout layout = MetricLayout::forProfile(profile);
    exchange::ContributionPart plain;
    plain.schoolId = profile.schoolId;
    plain.profileVersion = profile.version;
    plain.period = period;
    plain.cohort = cohort;
    plain.layoutDigest = layout.digest();
    plain.values.assign(std::size_t(layout.slotCount()), 0);
    plain.present.assign(std::size_t(layout.metrics().size()), false);
    for (int i = 0; i < layout.metrics().size(); ++i) {
        if (const auto value = valueOf(i)) {
            plain.present[std::size_t(i)] = true;
            plain.values[std::size_t(MetricLayout::valueSlot(i))] = *value;
            plain.values[std::size_t(MetricLayout::squareSlot(i))] = *value * *value;
        }
    }
    return plain;
}

QByteArray contributionFile(const exchange::ContributionPart& plain, const SchoolProfile& profile,
    const QByteArray& deviceSecret)
{
    auto file
        = exchange::writeContributionFile(plain, profile, deviceSecret, exchange::systemRandom());
    Q_ASSERT(file.ok());
    return file.ok() ? *file : QByteArray();
}

QByteArray deviceSecret(int n)
{
    return crypto::hash("test device " + QByteArray::number(n));
}

school::KeptContribution keptByCustodian(
    const QByteArray& file, const exchange::KeySet& custodian, const SchoolProfile& profile)
{
    auto part = openContributionFile(file, custodian, &profile);
    Q_ASSERT(part.ok());
    QByteArray hrSeal;
    const auto envelope = readEnvelope(file);
    for (const ::kernwijzer::v1::Seal& seal : envelope->seals()) {
        if (seal.recipient() == ::kernwijzer::v1::PARTY_SCHOOL)
            hrSeal = QByteArray::fromStdString(seal.SerializeAsString());
    }
    return { part.ok() ? *part : ContributionPart(), hrSeal };
}

} // namespace kw::test
