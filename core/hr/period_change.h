#pragma once

#include "hr/group_statistics.h"
#include "hr/hr_report.h"

#include <optional>

// Whether a released figure changed since the previous period, called a change only when the
// 95% interval of the difference leaves out zero. Pure functions, no I/O.

namespace kw::hr {

/** What the comparison of one figure with the previous period's says. */
enum class ChangeVerdict {
    Up, ///< the 95% interval of the difference lies above zero
    Down, ///< … below zero
    Same, ///< the interval holds zero: no change the figures can show
    NoEarlier, ///< there is no previous period with this figure
    WithheldEarlier, ///< the previous period's figure was withheld
    WithheldNow, ///< this period's figure is withheld
    NotTested, ///< the figures lack what a test needs (one contributor, a choice's share)
};

struct PeriodChange
{
    ChangeVerdict verdict = ChangeVerdict::NotTested;
    double difference = 0; ///< now − before, in the figure's unit (a score, a share 0–1)
    Interval interval; ///< the 95% interval of the difference (Up, Down, Same only)

    bool tested() const
    {
        return verdict == ChangeVerdict::Up || verdict == ChangeVerdict::Down
            || verdict == ChangeVerdict::Same;
    }
};

/**
 * Two means, Welch's way: the difference now − before ± t(df) · √(sd₁²/n₁ + sd₂²/n₂), with the
 * Welch–Satterthwaite degrees of freedom rounded down (a slightly wider interval). Nothing when
 * either side lacks a mean, a standard deviation or two contributors.
 */
std::optional<PeriodChange> meanChange(const FigureStatistics& before, const FigureStatistics& now);

/**
 * Two shares of contributors (a cut-off indicator), Newcombe's hybrid score interval of the
 * difference from each side's Wilson interval (Newcombe 1998, method 10): it keeps its 95%
 * coverage for small groups and shares near 0 or 1, where the plain Wald interval does not.
 * Nothing when either side lacks a share or its interval.
 */
std::optional<PeriodChange> shareChange(
    const FigureStatistics& before, const FigureStatistics& now);

/**
 * The change of @p now since @p before (the same cell and metric in the previous period;
 * nullptr when it has none): by the kind of the metric a mean (Score, Count) or a share
 * (Indicator); choices and the check-ins that asked them are NotTested (their unit is check-ins,
 * which one teacher answers several of, so no independent-sample test applies).
 */
PeriodChange periodChange(const ReportRow* before, const ReportRow& now);

} // namespace kw::hr
