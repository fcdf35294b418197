#include "school/hr_part.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "kernwijzer/v1/envelope.pb.h"

namespace kw::school {

using exchange::Text;
using exchange::Verdict;

OpenedHrPart openHrPart(const QByteArray& sealBytes, const exchange::KeySet& keys,
    const QString& period, const exchange::MetricLayout& layout, const SchoolProfile& profile)
{
    const Error doesNotOpen { Error::Code::Untrusted,
        Text::tr("A part for HR does not open with your key, or it was changed.") };
    ::kernwijzer::v1::Seal seal;
    if (!seal.ParseFromArray(sealBytes.data(), int(sealBytes.size())))
        return { std::nullopt, Verdict::DoesNotOpen, doesNotOpen };
    const auto opened = crypto::openSeal(
        QByteArray::fromStdString(seal.sealed()), keys.boxPublic, keys.boxSecret);
    if (!opened)
        return { std::nullopt, Verdict::DoesNotOpen, doesNotOpen };
    auto part = exchange::readContributionShare(*opened, &layout);
    if (!part)
        return { std::nullopt, Verdict::NotValid, part.error() };
    if (part->party != ::kernwijzer::v1::PARTY_SCHOOL || part->schoolId != profile.schoolId
        || part->period != period || !exchange::cohortFits(part->cohort, profile))
        return { std::nullopt, Verdict::NotValid,
            Error { Error::Code::Untrusted,
                Text::tr("A part for HR belongs to another school, period or group.") } };
    return { std::move(*part), Verdict::Valid, {} };
}

Result<exchange::CheckAnswer> answerCheckRequest(
    QByteArrayView file, const SchoolProfile& profile, const exchange::KeySet& keys)
{
    if (keys.party != ::kernwijzer::v1::PARTY_SCHOOL || !keys.hasSecrets()
        || keys.boxPublic != profile.school.boxKey)
        return Error { Error::Code::InvalidInput,
            Text::tr("A check request is answered with HR's secret key file of this school.") };
    auto request = exchange::readCheckRequest(file, profile);
    if (!request)
        return request.error();
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(profile);
    exchange::CheckAnswer answer { request->schoolId, request->profileVersion, request->period,
        {} };
    answer.verdicts.reserve(request->parts.size());
    for (const exchange::CheckedPart& asked : std::as_const(request->parts)) {
        OpenedHrPart opened = openHrPart(asked.hrSeal, keys, request->period, layout, profile);
        if (opened.part
            && !(asked.contribution
                == exchange::ReleasedContribution { opened.part->submissionId,
                    opened.part->revision, exchange::bindingDigest(opened.part->binding) }))
            opened.verdict = Verdict::OtherContribution;
        answer.verdicts.append(
            { asked.contribution, exchange::sealDigest(asked.hrSeal), opened.verdict });
    }
    return answer;
}

} // namespace kw::school
