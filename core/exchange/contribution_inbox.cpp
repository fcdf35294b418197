#include "exchange/contribution_inbox.h"

namespace kw::exchange {

ContributionInbox::ContributionInbox(
    ::kernwijzer::v1::Party party, QString schoolId, QString period, const MetricLayout& layout)
    : m_party(party)
    , m_schoolId(std::move(schoolId))
    , m_period(std::move(period))
    , m_layoutDigest(layout.digest())
    , m_slotCount(size_t(layout.slotCount()))
{ }

ContributionInbox::Outcome ContributionInbox::accept(const ContributionPart& part)
{
    if (part.party != m_party || part.schoolId != m_schoolId || part.period != m_period)
        return Outcome::WrongPeriod;
    if (part.layoutDigest != m_layoutDigest || part.values.size() != m_slotCount)
        return Outcome::WrongLayout;
    const auto kept = m_parts.constFind(part.submissionId);
    if (kept == m_parts.cend()) {
        m_parts.insert(part.submissionId, part);
        return Outcome::Added;
    }
    if (part.revision < kept->revision)
        return Outcome::Stale;
    if (part.revision == kept->revision) {
        const bool same = part.values == kept->values && part.cohort == kept->cohort;
        return same ? Outcome::Duplicate : Outcome::Conflict;
    }
    m_parts.insert(part.submissionId, part);
    return Outcome::Replaced;
}

Slots ContributionInbox::sum() const
{
    Slots total;
    for (const ContributionPart& part : m_parts)
        addShares(total, part.values);
    return total;
}

} // namespace kw::exchange
