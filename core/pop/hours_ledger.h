#pragma once

#include "pop/hours_entry.h"
#include "profile/hours_policy.h"

#include <QDate>
#include <QList>

namespace kw {

/**
 * The professionaliseringsuren ledger, computed from plain values so it is easy to check by hand.
 *
 * Budget: each school year grants (hoursPerYear + extraHoursPerYear when the teacher qualifies)
 * × FTE of that year. The extra hours apply in school year Y when Y − birth year ≥ extraFromAge,
 * i.e. from the school year that starts in the calendar year the teacher reaches that age.
 *
 * Saving and expiry: a year's budget is a tranche usable in its own school year and the
 * policy's savingYears following ones; whatever is left of it expires at the end (31 July) of
 * the last of those years. Spending always uses the oldest tranche first (FIFO), so saved hours
 * are used before they expire. Spending more than is available shows as overspent in that year;
 * it is not borrowed from later years. Planned hours are shown, never deducted.
 */

/** Budget (minutes) of @p schoolYear; 0 for a year before the teacher's first FTE. */
Minutes yearBudget(const HoursPolicy& policy, const TeacherSettings& teacher, int schoolYear);
/** Whether the extra hours for older staff apply in @p schoolYear. */
bool extraHoursApply(const HoursPolicy& policy, const TeacherSettings& teacher, int schoolYear);

/** What one school year brings into the computation. */
struct HoursYearInput
{
    int schoolYear = 0;
    Minutes budget = 0;
    Minutes planned = 0;
    Minutes spent = 0;
};

/** Saved hours still usable: granted in one school year, usable until expires(). */
struct HoursTranche
{
    int grantedIn = 0;
    int lastYear = 0; ///< the last school year in which it can be spent
    Minutes minutes = 0;
    QDate expires() const; ///< the end of lastYear (31 July)
    bool operator==(const HoursTranche&) const = default;
};

/** One school year of the ledger. */
struct HoursYearSummary
{
    int schoolYear = 0;
    Minutes budget = 0; ///< granted this year
    Minutes carriedIn = 0; ///< saved from earlier years, still valid
    Minutes available = 0; ///< carriedIn + budget
    Minutes planned = 0;
    Minutes spent = 0;
    Minutes balance = 0; ///< available − spent; negative when overspent
    Minutes overspent = 0; ///< spent beyond what was available
    Minutes expiring = 0; ///< unspent hours that expire at the end of this year
    Minutes carriedOut = 0; ///< what the next year starts with
    /** What is left after this year's spending, oldest first, with when each part expires. */
    QList<HoursTranche> left;
};

/**
 * Runs the ledger over @p years (any order; missing years in between count as empty years).
 * @p savingYears: how many school years after its own a year's budget stays usable.
 */
QList<HoursYearSummary> computeLedger(QList<HoursYearInput> years, int savingYears);

/**
 * The inputs for computeLedger: every school year from the first with an FTE or an entry up to
 * @p untilYear, with budgets from @p policy and @p teacher and the entries' sums.
 */
QList<HoursYearInput> ledgerInputs(const QList<HoursEntry>& entries, const TeacherSettings& teacher,
    const HoursPolicy& policy, int untilYear);

} // namespace kw
