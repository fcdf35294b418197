#include "hr/period_change.h"

#include <cmath>

namespace kw::hr {

namespace {

PeriodChange verdictOf(double difference, Interval interval)
{
    PeriodChange out { ChangeVerdict::Same, difference, interval };
    if (interval.low > 0)
        out.verdict = ChangeVerdict::Up;
    else if (interval.high < 0)
        out.verdict = ChangeVerdict::Down;
    return out;
}

PeriodChange verdictOnly(ChangeVerdict verdict)
{
    PeriodChange out;
    out.verdict = verdict;
    return out;
}

} // namespace

std::optional<PeriodChange> meanChange(const FigureStatistics& before, const FigureStatistics& now)
{
    if (!before.mean || !now.mean || !before.sd || !now.sd || before.n < 2 || now.n < 2)
        return std::nullopt;
    const double v1 = *before.sd * *before.sd / double(before.n);
    const double v2 = *now.sd * *now.sd / double(now.n);
    const double difference = *now.mean - *before.mean;
    const double se2 = v1 + v2;
    if (se2 <= 0) // both groups without spread: the difference is exact
        return verdictOf(difference, { difference, difference });
    const double df = se2 * se2 / (v1 * v1 / double(before.n - 1) + v2 * v2 / double(now.n - 1));
    const double half = studentT95(std::max<qint64>(1, qint64(std::floor(df)))) * std::sqrt(se2);
    return verdictOf(difference, { difference - half, difference + half });
}

std::optional<PeriodChange> shareChange(const FigureStatistics& before, const FigureStatistics& now)
{
    if (!before.share || !now.share || !before.shareInterval || !now.shareInterval)
        return std::nullopt;
    const double p1 = *before.share;
    const double p2 = *now.share;
    const Interval& w1 = *before.shareInterval;
    const Interval& w2 = *now.shareInterval;
    const double difference = p2 - p1;
    const auto square = [](double x) { return x * x; };
    return verdictOf(difference,
        { difference - std::sqrt(square(p2 - w2.low) + square(w1.high - p1)),
            difference + std::sqrt(square(w2.high - p2) + square(p1 - w1.low)) });
}

PeriodChange periodChange(const ReportRow* before, const ReportRow& now)
{
    if (!now.released())
        return verdictOnly(ChangeVerdict::WithheldNow);
    if (!before)
        return verdictOnly(ChangeVerdict::NoEarlier);
    if (!before->released())
        return verdictOnly(ChangeVerdict::WithheldEarlier);
    std::optional<PeriodChange> change;
    switch (now.kind) {
    case MetricKind::Score:
    case MetricKind::Count:
    case MetricKind::Other:
        change = meanChange(before->statistics, now.statistics);
        break;
    case MetricKind::Indicator:
        change = shareChange(before->statistics, now.statistics);
        break;
    case MetricKind::Choice:
    case MetricKind::Asked:
        break;
    }
    return change ? *change : verdictOnly(ChangeVerdict::NotTested);
}

} // namespace kw::hr
