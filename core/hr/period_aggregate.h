#pragma once

#include "common/result.h"
#include "exchange/aggregate_file.h"
#include "hr/hr_store.h"

namespace kw::hr {

/**
 * HR's aggregate of @p period for the bestuur, from what @p store holds: per cell and metric
 * the figure that counts, as HR's report shows it (hr_report.h countingFigures(): the latest
 * release that released it, so a cell a re-release left as it was keeps its earlier figure),
 * released ones with their true sums and withheld ones with their reason, and the co-signed
 * profile the latest release followed. Refused when the period has no release, or the
 * store lacks a figure of a cell or metric the profile has.
 */
[[nodiscard]] Result<exchange::Aggregate> periodAggregate(HrStore& store, const QString& period);

} // namespace kw::hr
