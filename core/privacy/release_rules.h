#pragma once

#include "common/result.h"
#include "privacy/withheld_reason.h"

#include <QList>
#include <QString>
#include <QStringList>

// The release rules of DESIGN.md ("Exchange and privacy protocol", rules 1–5) as pure
// functions over contributor counts of one metric. No values, no I/O: the custodian's release
// and HR's check use the same functions. docs/privacy.md, "Release rules (core/privacy)", says
// what they enforce and what they do not.

namespace kw::privacy {

/** A named cell of a breakdown (a team, a role, an age band) and its contributors. */
struct CellCount
{
    QString id; ///< as the profile names it
    int count = 0; ///< contributors in this cell who have the metric present
};

/** One breakdown of the school: its named cells. Every cell the profile names, even empty. */
struct Breakdown
{
    QString dimension; ///< "team", "role", "age band", …: an id, never shown by this module
    QList<CellCount> cells;
};

/**
 * Contributors in one combination of cells, one of each breakdown: what lets the rules look
 * across breakdowns (a team's figures against a role's).
 */
struct Atom
{
    QStringList cells; ///< one cell id per breakdown, in order; empty: left that dimension out
    int count = 0;
};

/**
 * The counts of one metric of one period (the rules are per metric, not per cell: a teacher
 * without a WHO-5 score in the period does not count for WHO-5). Contributors who left a
 * dimension out form that breakdown's implicit "not given" cell: school − Σ named.
 */
struct MetricCounts
{
    int k = 0; ///< the profile's minimum group size for this metric, at least 5
    int school = 0; ///< contributors in the school who have the metric present
    QList<Breakdown> breakdowns;
    /** Contributors per combination of cells (each combination once); needed as soon as there
     * are two breakdowns, and they must add up to the school and to every cell. */
    QList<Atom> atoms;
};

/** What happens to one cell. */
struct CellDecision
{
    QString id; ///< empty for the school and for a "not given" cell
    int count = 0; ///< contributors (a count, never a value; for the custodian's preview)
    Reason reason = Reason::Released;

    bool released() const { return reason == Reason::Released; }
};

struct BreakdownDecision
{
    QString dimension;
    QList<CellDecision> cells; ///< in the order of the input
    CellDecision notGiven; ///< contributors who left this dimension out
};

/** The release of one metric: the school, and per breakdown each cell. */
struct MetricDecision
{
    CellDecision school;
    QList<BreakdownDecision> breakdowns;
    QList<Atom> atoms; ///< the combinations it was decided over, for a re-release
};

/** Smallest k the rules accept (DESIGN.md rule 1). */
inline constexpr int kMinimumGroupSize = 5;

/**
 * The first release of a period: which cells of one metric are released (rules 1, 2, 3, 5, and
 * rule 3 across every two breakdowns: no figure of fewer than k people follows from the cells
 * of two breakdowns and the school together, see docs/privacy.md).
 * Refuses counts that cannot be true (k below 5, a negative count, named cells that add up to
 * more than the school, a cell id twice in a breakdown).
 */
[[nodiscard]] Result<MetricDecision> decideRelease(const MetricCounts& counts);

/**
 * A re-release of a period already released as @p earlier, with late contributions added
 * (rule 4). A cell is released again only if it was released earlier, and its new figure is
 * published only when the re-release adds 0 or at least k contributors to it; the same rules
 * 1–3 then hold for the added contributors alone, so the two releases together show nothing
 * about fewer than k people that either did not. A cell not released again keeps whatever the
 * earlier release showed. @p earlier must have the same breakdowns and cells; counts may only
 * grow (revisions are frozen once a period is released).
 */
[[nodiscard]] Result<MetricDecision> decideReRelease(
    const MetricCounts& counts, const MetricDecision& earlier);

} // namespace kw::privacy
