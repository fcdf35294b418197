#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "journal/reflection.h"
#include "pop/goal.h"
#include "pop/hours_ledger.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QList>

namespace kw {

/** A goal with everything shown about it. */
struct PopGoalDetail
{
    Goal goal;
    QList<GoalAction> actions;
    QList<Reflection> evidence; ///< reflections still in the journal, oldest first
    GoalProgress progress;
};

/**
 * A teacher's POP and hours ledger for one school year, as the bekwaamheidsdossier report and
 * the POP page read it: never wellbeing data.
 */
struct PopYear
{
    int schoolYear = 0;
    QList<PopGoalDetail> goals; ///< every status, in the order they were made
    QList<HoursEntry> hoursEntries; ///< by date
    HoursYearSummary hours;
    TeacherSettings teacher;
};

/** Reads a whole PopYear in one go (one read transaction, so the parts agree). */
[[nodiscard]] Result<PopYear> loadPopYear(
    sql::Database& db, const SchoolProfile& profile, const Clock& clock, int schoolYear);

} // namespace kw
