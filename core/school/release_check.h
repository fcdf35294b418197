#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "exchange/release_file.h"
#include "school/release_plan.h"

namespace kw::school {

/** One figure HR may store: a released group sum, or a withheld cell with its reason. */
struct GroupFigure
{
    exchange::CellKey cell;
    QString metricId;
    privacy::Reason reason = privacy::Reason::Released;
    int contributors = 0; ///< released only
    std::uint64_t sum = 0; ///< released only: the true sum of the value slot
    std::uint64_t sumSquares = 0;
};

/** A release HR has opened and checked, ready to store. */
struct CheckedRelease
{
    exchange::Release release;
    QList<exchange::ContributionPart> hrParts; ///< HR's own opened parts, in the release's order
    QList<GroupFigure> figures; ///< every cell × metric: released sums or the reason withheld
    int withheldByHr = 0; ///< figures the release offered that HR's own check withheld
    int impossibleSums = 0; ///< of those, figures whose true sum no honest values can reach
};

/**
 * HR's check of a release (.kwvrijgave) against @p profile, with HR's @p keys. Nothing of it
 * is trusted: the custodian's signature (readReleaseFile), each HR part opened and its
 * teacher's signature and commitment checked, each part matched to exactly one listed id,
 * revision and binding, the contributions of @p earlier releases of the period (as HR stored
 * them) all present and unchanged, then the release rules run again over HR's own counts. A figure
 * is released only when both the release and HR's own rules release it with the same count; its
 * true sum is HR's shares plus the custodian's; a sum outside what honest values can reach
 * withholds that figure (privacy::Reason::ImpossibleSum), not the whole release.
 */
[[nodiscard]] Result<CheckedRelease> checkRelease(QByteArrayView file, const SchoolProfile& profile,
    const exchange::KeySet& keys, const QList<QList<exchange::ReleasedContribution>>& earlier);

} // namespace kw::school
