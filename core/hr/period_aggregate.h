#pragma once

#include "common/result.h"
#include "exchange/aggregate_file.h"
#include "hr/hr_store.h"

namespace kw::hr {

/**
 * HR's aggregate of @p period for the bestuur, from what @p store holds: the figures of the
 * period's latest release (a re-release includes every earlier member, so its figures are the
 * period's), released ones with their true sums and withheld ones with their reason, and the
 * co-signed profile that release followed. Refused when the period has no release, or the
 * store lacks a figure of a cell or metric the profile has.
 */
[[nodiscard]] Result<exchange::Aggregate> periodAggregate(HrStore& store, const QString& period);

} // namespace kw::hr
