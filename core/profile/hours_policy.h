#pragma once

#include "common/result.h"

namespace kw {

/**
 * How a school counts professionaliseringsuren. These are the school's (or its CAO's) settings,
 * kept in the profile so a change in the agreement is a profile update, not an app update.
 */
struct HoursPolicy
{
    int hoursPerYear = 40; ///< at 1.0 FTE; a part-timer gets the FTE share (pro rata)
    /** Unspent hours stay usable for this many school years after their own; 0: use it or lose
     * it. */
    int savingYears = 3;
    /** Extra hours per year (at 1.0 FTE, pro rata) from this age on; 0: no extra hours. */
    int extraFromAge = 0;
    int extraHoursPerYear = 0;

    [[nodiscard]] Status validate() const;
};

} // namespace kw
