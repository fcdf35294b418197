#include "exchange/profile_file.h"

#include "exchange/crypto.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "exchange/profile_codec.h"
#include "exchange/signing.h"

#include <QLocale>

namespace kw::exchange {

namespace {

const KeyHolder& holderOf(const SchoolProfile& profile, v1::Party party)
{
    return party == v1::PARTY_CUSTODIAN ? profile.custodian : profile.school;
}

Error notSignedBySchool()
{
    return Error { Error::Code::Untrusted,
        Text::tr("This file was not signed by your school, or it was changed after signing.") };
}

} // namespace

Result<QByteArray> createProfileFile(const SchoolProfile& profile, const KeySet& school)
{
    if (school.party != v1::PARTY_SCHOOL || !school.hasSecrets())
        return Error { Error::Code::InvalidInput,
            Text::tr("A profile is created with HR's secret key file.") };
    if (profile.school.signKey != school.signPublic || profile.school.boxKey != school.boxPublic)
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile names other HR keys than the key file given.") };
    // Required: a profile that never expires would keep a replaced custodian's key in use.
    if (!profile.validUntil.isValid())
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile needs an end date (valid_until).") };
    const v1::SchoolProfile message = toProto(profile);
    if (auto check = fromProto(message); !check)
        return check.error();
    v1::Envelope envelope;
    envelope.set_kind(v1::FILE_KIND_PROFILE);
    envelope.set_payload(message.SerializeAsString());
    return signProfileFile(writeEnvelope(envelope), school);
}

Result<QByteArray> signProfileFile(QByteArrayView file, const KeySet& signer)
{
    // Never add a signature to a file whose other signature does not check out.
    auto existing = readProfileFile(file);
    if (!existing)
        return existing.error();
    auto envelope = readEnvelope(file, v1::FILE_KIND_PROFILE);
    if (!envelope)
        return envelope.error();
    const SchoolProfile* profile = &existing->profile;
    if (signer.party != v1::PARTY_SCHOOL && signer.party != v1::PARTY_CUSTODIAN)
        return Error { Error::Code::InvalidInput, Text::tr("This key file cannot sign profiles.") };
    const KeyHolder& named = holderOf(*profile, signer.party);
    if (!signer.hasSecrets() || signer.signPublic != named.signKey
        || signer.boxPublic != named.boxKey)
        return Error { Error::Code::InvalidInput,
            Text::tr("This profile names another %1 than the key file given (%2).")
                .arg(partyName(signer.party), crypto::fingerprint(named.signKey)) };

    v1::Envelope out = *envelope;
    out.clear_signatures();
    for (const v1::Signature& existing : envelope->signatures()) {
        if (existing.signer() != signer.party)
            *out.add_signatures() = existing;
    }
    auto* signature = out.add_signatures();
    signature->set_signer(signer.party);
    signature->set_public_key(signer.signPublic.toStdString());
    signature->set_signature(
        signAs(Signed::Profile, QByteArray::fromStdString(envelope->payload()), signer.signSecret)
            .toStdString());
    // Keep HR's signature first, so files look alike whoever signed last.
    std::sort(out.mutable_signatures()->begin(), out.mutable_signatures()->end(),
        [](const v1::Signature& a, const v1::Signature& b) { return a.signer() < b.signer(); });
    return writeEnvelope(out);
}

Result<ProfileFile> readProfileFile(QByteArrayView file, QByteArrayView pinnedSchoolKey)
{
    auto envelope = readEnvelope(file, v1::FILE_KIND_PROFILE);
    if (!envelope)
        return envelope.error();
    const QByteArray payload = QByteArray::fromStdString(envelope->payload());
    // With HR's key pinned, nothing of a payload it did not sign is parsed.
    if (!pinnedSchoolKey.isEmpty()) {
        const auto& signatures = envelope->signatures();
        const bool signedByPinned
            = std::any_of(signatures.begin(), signatures.end(), [&](const v1::Signature& s) {
                  return s.signer() == v1::PARTY_SCHOOL
                      && verifyAs(Signed::Profile, payload,
                          QByteArray::fromStdString(s.signature()), pinnedSchoolKey);
              });
        if (!signedByPinned)
            return Error { Error::Code::Untrusted,
                Text::tr("This file was not signed by your school: it is not signed with the HR "
                         "key you accepted before (%1). If that earlier profile was the wrong one, "
                         "remove it in Settings (profile remove) and import your school's profile "
                         "with its verification code.")
                    .arg(crypto::fingerprint(pinnedSchoolKey)) };
    }
    auto message = readPayload<v1::SchoolProfile>(*envelope);
    if (!message)
        return message.error();
    auto profile = fromProto(*message);
    if (!profile)
        return profile.error();

    ProfileFile out { *profile };
    for (const v1::Signature& signature : envelope->signatures()) {
        const v1::Party party = signature.signer();
        if (party != v1::PARTY_SCHOOL && party != v1::PARTY_CUSTODIAN)
            return notSignedBySchool();
        bool& seen = party == v1::PARTY_SCHOOL ? out.schoolSigned : out.custodianSigned;
        const QByteArray key = holderOf(out.profile, party).signKey;
        if (seen || QByteArray::fromStdString(signature.public_key()) != key
            || !verifyAs(
                Signed::Profile, payload, QByteArray::fromStdString(signature.signature()), key))
            return party == v1::PARTY_SCHOOL
                ? notSignedBySchool()
                : Error { Error::Code::Untrusted,
                      Text::tr("The custodian's signature on this profile does not check out, "
                               "or the file was changed after signing.") };
        seen = true;
    }
    return out;
}

Result<SchoolProfile> verifyProfileFile(
    QByteArrayView file, QDate today, QByteArrayView pinnedSchoolKey)
{
    auto read = readProfileFile(file, pinnedSchoolKey);
    if (!read)
        return read.error();
    if (!read->schoolSigned)
        return notSignedBySchool();
    if (!read->custodianSigned)
        return Error { Error::Code::Untrusted,
            Text::tr("This profile has not been signed by the custodian (%1) yet, so it cannot "
                     "be used.")
                .arg(read->profile.custodian.name) };
    if (!read->profile.validUntil.isValid())
        return Error { Error::Code::Expired,
            Text::tr("This profile of %1 has no end date, so it cannot be used. Ask your school "
                     "for the current one.")
                .arg(read->profile.schoolName) };
    if (today > read->profile.validUntil)
        return Error { Error::Code::Expired,
            Text::tr("This profile of %1 expired on %2. Ask your school for the current one.")
                .arg(read->profile.schoolName,
                    QLocale().toString(read->profile.validUntil, QLocale::LongFormat)) };
    return read->profile;
}

} // namespace kw::exchange
