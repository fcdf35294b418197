#pragma once

#include <QtGlobal>
#include <optional>

// The statistics of a released group from its sums alone: what HR shows of a cell. Pure
// functions, no I/O.

namespace kw::hr {

/** A 95% interval. */
struct Interval
{
    double low = 0;
    double high = 0;
};

/**
 * The two-sided 95% critical value of Student's t with @p degreesOfFreedom (at least 1): from a
 * table up to 30, then 40, 50, 60, 80, 100 and 120 (linear in 1/df between them), 1.96 beyond
 * 120.
 */
double studentT95(qint64 degreesOfFreedom);

/** The mean of a group, its spread and the 95% interval of the mean. */
struct MeanEstimate
{
    qint64 n = 0;
    double mean = 0;
    std::optional<double> sd; ///< sample standard deviation (n − 1); from 2 contributors on
    std::optional<Interval> interval; ///< mean ± t(n − 1) · sd / √n; from 2 contributors on
};

/**
 * From @p n contributors, Σx and Σx² of values stored × @p scale (a score × 100): the mean
 * Σx / n / scale and the sample standard deviation √((nΣx² − (Σx)²) / (n(n − 1))) / scale,
 * computed exactly in integers before the one division. Nothing for n < 1.
 */
std::optional<MeanEstimate> estimateMean(qint64 n, qint64 sum, qint64 sumSquares, int scale = 1);

/** The Wilson score 95% interval of a share of @p successes out of @p n; nothing unless
 * 0 ≤ successes ≤ n and n ≥ 1. */
std::optional<Interval> wilson95(qint64 successes, qint64 n);

} // namespace kw::hr
