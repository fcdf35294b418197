#pragma once

#include "exchange/contribution_file.h"
#include "profile/school_profile.h"

#include <QList>
#include <QString>

// The people of the simulated school (demo_school.h): who works where, who shares, and how
// each one's year goes. Pure: no files, no clock.

namespace kw::demo {

/** The team whose werkdruk rises and whose WHO-5 falls over the simulated year. */
inline constexpr char kRisingWorkloadTeam[] = "bovenbouw";
/** The team too small to show: fewer contributors than any k, so it stays hidden. */
inline constexpr char kSmallTeam[] = "vakleerkrachten";

/** One simulated member of staff. Levels run from 0 (worst) to 1 (best). */
struct SimulatedTeacher
{
    int number = 0; ///< 1-based; names the journal file
    QString team; ///< where they work, as the profile names it
    QString role;
    QString ageBand;
    exchange::Cohort cohort; ///< what they give when sharing: some leave a dimension out
    bool optedIn = false;
    double wellbeing = 0.65; ///< how they feel at the start of the year (WHO-5 items, energy)
    double workFits = 0.6; ///< how well the work fits the time at the start of the year
    double diligence = 0.8; ///< the chance that they answer a given check-in
    int reflectionsPerPeriod = 4;
    QList<int> skippedPeriods; ///< indexes into the simulated periods they do not share
    int latePeriod = -1; ///< the period they share only after the custodian's first release
    int reExportPeriod = -1; ///< the period they share twice (revision 2 replaces 1)

    bool sharesOnTime(int period) const
    {
        return optedIn && period != latePeriod && !skippedPeriods.contains(period);
    }
};

/** The simulated school's staff: its teams and roles with their staff counts, and its people. */
struct SimulatedStaff
{
    QList<ProfileItem> teams; ///< staffCount: how many of the teachers work there
    QList<ProfileItem> roles;
    QList<SimulatedTeacher> teachers;
    /** The period in which enough colleagues share late for the custodian to release it again
     * (-1: none), and the one whose few late files wait (-1: none). */
    int reReleasePeriod = -1;
    int waitingPeriod = -1;
};

/**
 * @p teachers people over @p periods periods: four teams (the small one always has 5, the
 * least a profile allows, and one of them does not share), four roles of at least 5 (fewer teams
 * and roles when there are not enough people), most sharing, a few leaving out their age band,
 * role or team, some skipping a period; in one period about a tenth (at least 12) share late,
 * in another (the last) three do; one re-exports the first period. Deterministic for @p seed.
 */
SimulatedStaff simulateStaff(int teachers, int periods, quint32 seed);

/**
 * @p total split in proportion to @p weights (largest remainders first), dropping the lightest
 * weight while any share would fall below @p minimum; a dropped weight gets 0. All 0 when even
 * one share cannot reach @p minimum.
 */
QList<int> apportion(int total, const QList<double>& weights, int minimum);

} // namespace kw::demo
