#pragma once

#include <QString>

namespace kw::privacy {

/** Whether a cell is released, and if not, which rule withholds it (DESIGN.md rules 1–5). */
enum class Reason {
    Released,
    FewerThanK, ///< rule 1: fewer than k contributors have this metric
    ProtectsSmallerGroup, ///< rule 2: withheld so that a smaller withheld group cannot be worked
                          ///< out
    TooCloseToAnotherGroup, ///< rule 3: differs from the school by fewer than k contributors
    TooFewAdded, ///< rule 4: a re-release would add fewer than k contributors to this cell
    WithheldEarlier, ///< rule 4: withheld in the earlier release of the period, so it stays hidden
    ImpossibleSum, ///< HR only: the true sum is beyond what honest values reach (a contribution
                   ///< in the group is damaged or forged), so no figure can be trusted
    CrossesBreakdown, ///< rule 3 across breakdowns: with another breakdown's figures (a team's
                      ///< and a role's) it would show the figures of fewer than k people
};

/**
 * The reason in plain words, for the custodian and HR. It never contains a number: not the
 * hidden count, not k.
 */
QString reasonText(Reason reason);

} // namespace kw::privacy
