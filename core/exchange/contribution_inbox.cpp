#include "exchange/contribution_inbox.h"

namespace kw::exchange {

Replacement replacementFor(const ContributionPart* kept, const ContributionPart& incoming)
{
    if (!kept)
        return Replacement::Added;
    if (incoming.revision < kept->revision)
        return Replacement::Stale;
    if (incoming.revision > kept->revision)
        return Replacement::Replaced;
    const bool same = incoming.binding == kept->binding && incoming.values == kept->values
        && incoming.present == kept->present && incoming.cohort == kept->cohort;
    return same ? Replacement::Duplicate : Replacement::Conflict;
}

ContributionInbox::ContributionInbox(
    ::kernwijzer::v1::Party party, QString schoolId, QString period, const MetricLayout& layout)
    : m_party(party)
    , m_schoolId(std::move(schoolId))
    , m_period(std::move(period))
    , m_layoutDigest(layout.digest())
    , m_slotCount(size_t(layout.slotCount()))
{ }

static_assert(int(ContributionInbox::Outcome::Conflict) == int(Replacement::Conflict));

ContributionInbox::Outcome ContributionInbox::accept(const ContributionPart& part)
{
    if (part.party != m_party || part.schoolId != m_schoolId || part.period != m_period)
        return Outcome::WrongPeriod;
    if (part.layoutDigest != m_layoutDigest || part.values.size() != m_slotCount)
        return Outcome::WrongLayout;
    const auto kept = m_parts.constFind(part.submissionId);
    const Replacement r = replacementFor(kept == m_parts.cend() ? nullptr : &*kept, part);
    if (r == Replacement::Added || r == Replacement::Replaced)
        m_parts.insert(part.submissionId, part);
    return Outcome(int(r)); // the first five outcomes are the replacements, in order
}

Slots ContributionInbox::sum() const
{
    Slots total;
    for (const ContributionPart& part : m_parts)
        addShares(total, part.values);
    return total;
}

} // namespace kw::exchange
