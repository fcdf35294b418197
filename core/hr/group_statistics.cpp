#include "hr/group_statistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace kw::hr {

namespace {

constexpr double kZ95 = 1.96;

// GCC and Clang have 128-bit integers on every platform Kernwijzer builds for.
__extension__ typedef __int128 Int128;

// t(0.975, df), rounded to 4 decimals.
constexpr std::array<double, 30> kSmallDf { 12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646,
    2.3060, 2.2622, 2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930,
    2.0860, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423 };
constexpr std::array<std::pair<int, double>, 7> kLargeDf { { { 30, 2.0423 }, { 40, 2.0211 },
    { 50, 2.0086 }, { 60, 2.0003 }, { 80, 1.9901 }, { 100, 1.9840 }, { 120, 1.9799 } } };

} // namespace

double studentT95(qint64 df)
{
    if (df < 1)
        return std::nan("");
    if (df <= qint64(kSmallDf.size()))
        return kSmallDf[std::size_t(df - 1)];
    if (df > kLargeDf.back().first)
        return kZ95;
    // t is close to linear in 1/df between the table's rows.
    for (std::size_t i = 1; i < kLargeDf.size(); ++i) {
        const auto [hiDf, hiT] = kLargeDf[i];
        if (df > hiDf)
            continue;
        const auto [loDf, loT] = kLargeDf[i - 1];
        const double x = (1.0 / double(df) - 1.0 / hiDf) / (1.0 / loDf - 1.0 / hiDf);
        return hiT + x * (loT - hiT);
    }
    return kZ95;
}

std::optional<MeanEstimate> estimateMean(qint64 n, qint64 sum, qint64 sumSquares, int scale)
{
    if (n < 1 || scale < 1)
        return std::nullopt;
    MeanEstimate out;
    out.n = n;
    out.mean = double(sum) / double(n) / scale;
    if (n < 2)
        return out;
    // n·Σx² − (Σx)² is exact in 128 bits (|Σx| < 2^63); it is never negative for true sums.
    const Int128 spread = Int128(n) * sumSquares - Int128(sum) * sum;
    const double variance = spread <= 0
        ? 0.0
        : double(spread) / (double(n) * double(n - 1)) / (double(scale) * scale);
    const double sd = std::sqrt(variance);
    out.sd = sd;
    const double half = studentT95(n - 1) * sd / std::sqrt(double(n));
    out.interval = Interval { out.mean - half, out.mean + half };
    return out;
}

std::optional<Interval> wilson95(qint64 successes, qint64 n)
{
    if (n < 1 || successes < 0 || successes > n)
        return std::nullopt;
    const double p = double(successes) / double(n);
    const double z2 = kZ95 * kZ95;
    const double denominator = 1 + z2 / double(n);
    const double centre = (p + z2 / (2.0 * double(n))) / denominator;
    const double half = kZ95 / denominator
        * std::sqrt(p * (1 - p) / double(n) + z2 / (4.0 * double(n) * double(n)));
    return Interval { std::max(0.0, centre - half), std::min(1.0, centre + half) };
}

} // namespace kw::hr
