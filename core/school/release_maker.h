#pragma once

#include "common/result.h"
#include "custodian/kept_contribution.h"
#include "exchange/release_file.h"
#include "school/release_plan.h"

namespace kw::school {

/** A contribution as the custodian keeps it: its opened part and HR's part, still sealed. */
using KeptContribution = custodian::KeptContribution;

/** What a release would do, before it is made: for the custodian's preview and the file. */
struct ReleaseDraft
{
    exchange::Release release; ///< hr parts shuffled; not signed yet
    ReleasePlan plan;

    /**
     * Whether the release would publish any figure. One that publishes nothing must not be
     * made: the period would count as released, and every cell it withheld with contributors
     * in it would stay withheld in each re-release (rule 4). Its contributions wait for more.
     */
    bool publishesAnything() const;
};

/**
 * Drafts release number earlier.size() + 1 of @p period over @p kept (every contribution the
 * custodian holds for the period, late ones included): @p earlier lists the contributions each
 * earlier release summed, which must all still be kept with the same revision (they are
 * frozen). Refused when there is nothing new since the last release.
 */
[[nodiscard]] Result<ReleaseDraft> draftRelease(const SchoolProfile& profile, const QString& period,
    const QList<QList<exchange::ReleasedContribution>>& earlier,
    const QList<KeptContribution>& kept);

} // namespace kw::school
