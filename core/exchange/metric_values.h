#pragma once

#include "common/result.h"
#include "exchange/exchange_period.h"
#include "exchange/metric_layout.h"
#include "exchange/shares.h"

namespace kw {
class JournalStore;
class CheckinStore;
} // namespace kw

namespace kw::exchange {

/**
 * The teacher's own figures for one closed period, laid out by @p layout: these numbers, and
 * nothing else, leave the device (the slots split into two shares, presence unsplit). A
 * check-in counts in the period its own week or fortnight starts in; a reflection in the
 * period of its day.
 */
[[nodiscard]] Result<MetricVector> collectMetricValues(const MetricLayout& layout,
    const SchoolProfile& profile, JournalStore& journal, CheckinStore& checkins,
    const ExchangePeriod& period);

/** A slot value as a person reads it: "64,5" for a score, "3" for a count. */
QString formatMetricValue(const Metric& metric, std::uint64_t value);

} // namespace kw::exchange
