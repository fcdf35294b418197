#pragma once

#include "common/result.h"
#include "exchange/contribution_file.h"
#include "exchange/metric_layout.h"
#include "exchange/release_file.h"
#include "privacy/release_rules.h"

#include <QList>

// The school side's one way from contributions to released figures, shared by the custodian
// (who makes a release) and HR (who checks it and puts the sums together): which contributor
// is in which cell, the release rules per metric over the counts, and the share sums of what
// the rules release.

namespace kw::school {

/** What the rules see of one contribution: its cohort and which metrics it has. */
struct Member
{
    exchange::Cohort cohort;
    exchange::Presence present;
};

/** Whether @p cohort counts in @p cell (the school, a named cell, or a "not given" group). */
bool inCell(const exchange::Cohort& cohort, const exchange::CellKey& cell);

/**
 * The decisions of one release, per cell of exchange::releaseCells() and per metric of the
 * layout: released, or withheld with its reason, and the contributors counted.
 */
struct ReleasePlan
{
    QList<exchange::CellKey> cells;
    QList<privacy::MetricDecision> perMetric; ///< one per layout metric
    /** The decision for cell @p cell (index into cells) and metric @p metric. */
    privacy::CellDecision decision(int cell, int metric) const;
};

/**
 * The plan of release number history.size() of a period: history[0] holds the members of the
 * first release, history[i] those of release i + 1 (every earlier member and the late ones).
 * The first release follows privacy::decideRelease; each later one privacy::decideReRelease
 * against the one before, so the custodian and HR, given the same members, decide the same.
 */
[[nodiscard]] Result<ReleasePlan> planRelease(const SchoolProfile& profile,
    const exchange::MetricLayout& layout, const QList<QList<Member>>& history);

/**
 * The figures of @p plan over one party's parts (the custodian's or HR's shares, or plain
 * values): per cell and metric, the sums of the value and square slots over every member of
 * the cell (a member without the metric adds a share of 0), for released figures only.
 */
QList<exchange::CellFigures> shareSums(const ReleasePlan& plan,
    const exchange::MetricLayout& layout, const QList<exchange::ContributionPart>& parts);

} // namespace kw::school
