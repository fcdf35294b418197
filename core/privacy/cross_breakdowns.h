#pragma once

#include "privacy/rule_slots.h"

#include <QList>

// Rule 3 across breakdowns. The figures of two breakdowns and the school together show more
// than each breakdown alone: a role minus a team it contains is the few people of that role in
// no other team. Within two breakdowns, what follows from the released sums is exactly the cut
// space of a graph: a vertex per released cell, one for each breakdown's withheld cells
// together (their sum is the school minus the released ones), and an edge per combination of
// a cell of each, weighted by its contributors. A sum over fewer than k people follows exactly
// when some cut of that graph weighs less than k (docs/privacy.md).

namespace kw::privacy::detail {

/** Contributors in one combination of cells: the slot index of each breakdown, in order. */
struct SlotAtom
{
    QList<int> cellSlots;
    int count = 0;
};

/**
 * Withholds cells (Reason::CrossesBreakdown) until, for every two breakdowns of @p rows, no cut
 * of their graph over @p atoms weighs less than @p k; each breakdown it changes is settled
 * again (settleBreakdown, with @p school). The school must be released.
 */
void settleAcrossBreakdowns(
    QList<QList<Slot>>& rows, const QList<SlotAtom>& atoms, int school, int k);

} // namespace kw::privacy::detail
