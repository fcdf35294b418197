#include "privacy/rule_slots.h"

namespace kw::privacy::detail {

// Rules 2 and 3 in one breakdown (its named cells and its "not given" cell) of a school that
// is released. A slot withheld already stays withheld.
//
// Rule 3 withholds the smaller of two nested cells; the school is never the smaller, so the
// cell goes. Withholding the school instead would not help: the released cells of a breakdown
// with nothing withheld add up to it.
//
// Termination: a pass either changes nothing (and the loop ends) or withholds at least one
// more cell; nothing withheld is ever released again, so there are at most row.size() + 1
// passes. When rule 2 fails, 0 < school − released < k ≤ school (or, when adding, ≤ the
// school's added count, which passed), so the released cells hold someone and a smallest
// non-empty one exists.
void settleBreakdown(QList<Slot>& row, int school, int k)
{
    for (;;) {
        bool changed = false;
        for (Slot& slot : row) {
            if (slot.released() && !farEnough(school - slot.count, k)) {
                slot.reason = Reason::TooCloseToAnotherGroup;
                changed = true;
            }
        }
        int releasedTotal = 0;
        for (const Slot& slot : row) {
            if (slot.released())
                releasedTotal += slot.count;
        }
        if (!farEnough(school - releasedTotal, k)) {
            Slot* smallest = nullptr;
            for (Slot& slot : row) {
                if (slot.released() && slot.count > 0
                    && (!smallest || slot.count < smallest->count))
                    smallest = &slot;
            }
            Q_ASSERT(smallest);
            if (!smallest)
                return;
            smallest->reason = Reason::ProtectsSmallerGroup;
            changed = true;
        }
        if (!changed)
            return;
    }
}

} // namespace kw::privacy::detail
