#include "exchange/check_file.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "exchange/exchange_text.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"
#include "kernwijzer/v1/release.pb.h"

namespace kw::exchange {

namespace {

constexpr int kDigestBytes = 32;

/** The contribution a request or answer lists; nothing when its sizes are wrong. */
template <typename Entry> std::optional<ReleasedContribution> listed(const Entry& e)
{
    ReleasedContribution c { qbytes(e.submission_id()), e.revision(), qbytes(e.binding_digest()) };
    if (c.submissionId.size() != kDigestBytes || c.bindingDigest.size() != kDigestBytes
        || c.revision < 1)
        return std::nullopt;
    return c;
}

/** The header both files share, checked against @p profile. */
template <typename Message> Status checkHeader(const Message& m, const SchoolProfile& profile)
{
    if (QString::fromStdString(m.school_id()) != profile.schoolId)
        return refused(Text::tr("This file is for another school."));
    if (int(qMin<quint32>(m.profile_version(), 1'000'000'000)) != profile.version)
        return Error { Error::Code::InvalidInput,
            Text::tr("This file was made with profile version %1, not version %2.")
                .arg(m.profile_version())
                .arg(profile.version) };
    if (!exchangePeriodFromId(QString::fromStdString(m.period()), profile.rules.periodMonths))
        return damaged();
    return {};
}

QByteArray sealed(
    v1::FileKind kind, Signed as, const std::string& payload, v1::Party signer, const KeySet& keys)
{
    v1::Envelope envelope;
    envelope.set_kind(kind);
    envelope.set_payload(payload);
    addSignature(envelope, as, signer, keys.signPublic, keys.signSecret);
    return writeEnvelope(envelope);
}

} // namespace

QByteArray sealDigest(QByteArrayView hrSeal)
{
    return crypto::hash(hrSeal, {}, kDigestBytes);
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return Text::tr("HR's part checks out.");
    case Verdict::DoesNotOpen:
        return Text::tr("HR could not open its part: the file was damaged on the way or not "
                        "made for this school. The teacher can export it again.");
    case Verdict::NotValid:
        return Text::tr("HR's part is not signed by the teacher's device or does not belong to "
                        "this contribution. The teacher can export it again.");
    case Verdict::OtherContribution:
        return Text::tr("HR's part belongs to another file of this teacher (a mixed copy). The "
                        "teacher can export it again.");
    }
    return {};
}

Result<QByteArray> writeCheckRequest(const CheckRequest& request, const KeySet& custodian)
{
    if (custodian.party != v1::PARTY_CUSTODIAN || !custodian.hasSecrets())
        return Error { Error::Code::InvalidInput,
            Text::tr("A check request is signed with the custodian's secret key file.") };
    v1::CheckRequest m;
    m.set_school_id(request.schoolId.toStdString());
    m.set_profile_version(quint32(request.profileVersion));
    m.set_period(request.period.toStdString());
    for (const CheckedPart& p : request.parts) {
        auto* out = m.add_parts();
        out->set_submission_id(bytesOf(p.contribution.submissionId));
        out->set_revision(p.contribution.revision);
        out->set_binding_digest(bytesOf(p.contribution.bindingDigest));
        out->set_hr_seal(bytesOf(p.hrSeal));
    }
    QByteArray bytes = sealed(v1::FILE_KIND_CHECK_REQUEST, Signed::CheckRequest,
        m.SerializeAsString(), v1::PARTY_CUSTODIAN, custodian);
    if (bytes.size() > maxFileBytes(v1::FILE_KIND_CHECK_REQUEST))
        return Error { Error::Code::InvalidInput,
            Text::tr("This check request is too large for one file (%1 KB).")
                .arg(bytes.size() / 1024) };
    return bytes;
}

Result<CheckRequest> readCheckRequest(QByteArrayView file, const SchoolProfile& profile)
{
    auto envelope = readEnvelope(file, v1::FILE_KIND_CHECK_REQUEST);
    if (!envelope)
        return envelope.error();
    if (!isSignedOnlyBy(
            *envelope, Signed::CheckRequest, v1::PARTY_CUSTODIAN, profile.custodian.signKey))
        return refused(
            Text::tr("This check request is not signed by the custodian of %1 (%2), "
                     "or it was changed after signing.")
                .arg(profile.schoolName, crypto::fingerprint(profile.custodian.signKey)));
    auto m = readPayload<v1::CheckRequest>(*envelope);
    if (!m)
        return m.error();
    if (Status s = checkHeader(*m, profile); !s)
        return s.error();
    CheckRequest out { profile.schoolId, profile.version, QString::fromStdString(m->period()), {} };
    out.parts.reserve(m->parts_size());
    for (const v1::CheckedPart& p : m->parts()) {
        const auto c = listed(p);
        if (!c)
            return damaged();
        if (!out.parts.isEmpty() && out.parts.last().contribution.submissionId >= c->submissionId)
            return refused(Text::tr("This check request lists a contribution twice or out of "
                                    "order; it was not made by Kernwijzer."));
        out.parts.append({ *c, qbytes(p.hr_seal()) });
    }
    return out;
}

Result<QByteArray> writeCheckAnswer(const CheckAnswer& answer, const KeySet& hr)
{
    if (hr.party != v1::PARTY_SCHOOL || !hr.hasSecrets())
        return Error { Error::Code::InvalidInput,
            Text::tr("A check answer is signed with HR's secret key file.") };
    v1::CheckAnswer m;
    m.set_school_id(answer.schoolId.toStdString());
    m.set_profile_version(quint32(answer.profileVersion));
    m.set_period(answer.period.toStdString());
    for (const PartVerdict& v : answer.verdicts) {
        auto* out = m.add_verdicts();
        out->set_submission_id(bytesOf(v.contribution.submissionId));
        out->set_revision(v.contribution.revision);
        out->set_binding_digest(bytesOf(v.contribution.bindingDigest));
        out->set_hr_seal_digest(bytesOf(v.hrSealDigest));
        out->set_verdict(v1::Verdict(int(v.verdict)));
    }
    QByteArray bytes = sealed(v1::FILE_KIND_CHECK_ANSWER, Signed::CheckAnswer,
        m.SerializeAsString(), v1::PARTY_SCHOOL, hr);
    if (bytes.size() > maxFileBytes(v1::FILE_KIND_CHECK_ANSWER))
        return Error { Error::Code::InvalidInput,
            Text::tr("This check answer is too large for one file (%1 KB).")
                .arg(bytes.size() / 1024) };
    return bytes;
}

Result<CheckAnswer> readCheckAnswer(QByteArrayView file, const SchoolProfile& profile)
{
    auto envelope = readEnvelope(file, v1::FILE_KIND_CHECK_ANSWER);
    if (!envelope)
        return envelope.error();
    if (!isSignedOnlyBy(*envelope, Signed::CheckAnswer, v1::PARTY_SCHOOL, profile.school.signKey))
        return refused(Text::tr("This check answer is not signed by HR of %1 (%2), or it was "
                                "changed after signing.")
                           .arg(profile.schoolName, crypto::fingerprint(profile.school.signKey)));
    auto m = readPayload<v1::CheckAnswer>(*envelope);
    if (!m)
        return m.error();
    if (Status s = checkHeader(*m, profile); !s)
        return s.error();
    CheckAnswer out { profile.schoolId, profile.version, QString::fromStdString(m->period()), {} };
    out.verdicts.reserve(m->verdicts_size());
    for (const v1::PartVerdict& v : m->verdicts()) {
        const auto c = listed(v);
        if (!c || v.hr_seal_digest().size() != kDigestBytes || v.verdict() < v1::VERDICT_VALID
            || !v1::Verdict_IsValid(v.verdict()))
            return damaged();
        if (!out.verdicts.isEmpty()
            && out.verdicts.last().contribution.submissionId >= c->submissionId)
            return refused(Text::tr("This check answer judges a contribution twice or out of "
                                    "order; it was not made by Kernwijzer."));
        out.verdicts.append({ *c, qbytes(v.hr_seal_digest()), Verdict(int(v.verdict())) });
    }
    return out;
}

} // namespace kw::exchange
