#pragma once

#include "privacy/withheld_reason.h"

#include <QList>

// What the release rules work on inside core/privacy: one slot per cell of a breakdown (its
// named cells, then "not given"), with the contributors it counts and its reason so far.

namespace kw::privacy::detail {

struct Slot
{
    int count = 0; ///< contributors (a first release) or contributors added (a re-release)
    Reason reason = Reason::Released;

    bool released() const { return reason == Reason::Released; }
};

/** Whether two groups differing by @p difference people may both be shown: 0 or at least k. */
inline bool farEnough(int difference, int k)
{
    return difference == 0 || difference >= k;
}

/**
 * Rules 2 and 3 in one breakdown of a school (or, re-releasing, of the contributors added) of
 * @p school contributors that is released: a cell too close to the school is withheld, then
 * the smallest released cells until the withheld ones hold 0 or at least k. A slot withheld
 * already stays withheld.
 */
void settleBreakdown(QList<Slot>& row, int school, int k);

} // namespace kw::privacy::detail
