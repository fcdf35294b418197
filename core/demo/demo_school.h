#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

namespace kw::demo {

inline constexpr int kMinSimulatedTeachers = 10;
inline constexpr int kMaxSimulatedTeachers = 20000;
inline constexpr int kMaxSimulatedPeriods = 12;

/** How large a school to simulate. */
struct DemoSchoolOptions
{
    int teachers = 120; ///< kMinSimulatedTeachers to kMaxSimulatedTeachers
    int periods = 6; ///< closed two-month periods, 1 to kMaxSimulatedPeriods
    quint32 seed = 2026;
    /** The school's id in its profile (a profile id); two simulated schools with other ids can
     * be one bestuur's. */
    QString schoolId = QStringLiteral("sim-de-vlinder");
    QString schoolName = QStringLiteral("Basisschool De Vlinder (simulatie)");
    /** A team leader with waarderingsgesprekken in each state (demo_leader.h). */
    bool leader = true;
};

/** Where simulateSchool() wrote everything, under the folder it was given. */
struct DemoSchoolPaths
{
    QString folder;
    QString profile; ///< school.kwprofiel, co-signed
    QString hrKey; ///< keys/hr.kwsleutel, unlocked (its .pub beside it)
    QString custodianKey; ///< keys/custodian.kwsleutel, unlocked
    QString journals; ///< teachers/teacher-NNN.sqlite
    QString inbox; ///< inbox/<period>/bijdrage-*.kwbijdrage
    QString releases; ///< releases/<period>-<n>.kwvrijgave
    QString hrDatabase; ///< hr.sqlite
    QString custodianDatabase; ///< custodian.sqlite: the custodian's inbox and releases
    QString exampleJournal; ///< the journal of the first teacher who shares and reflects
    QString leaderKey; ///< keys/leader.kwsleutel, unlocked (its .pub beside it)
    QString leaderDatabase; ///< leider.sqlite: the team leader's conversations
};

/** What the simulation did, for its summary. */
struct DemoSchoolSummary
{
    DemoSchoolPaths paths;
    QString schoolName;
    QString verificationCode;
    QStringList periods; ///< ids, oldest first
    int teachers = 0;
    int optedIn = 0;
    int checkins = 0;
    int reflections = 0;
    int contributions = 0; ///< files teachers exported, re-exports and late ones included
    int reExports = 0;
    int late = 0; ///< exported after the custodian's first release of their period
    int lateWaiting = 0; ///< late ones too few to release again: they wait
    QStringList releaseFiles; ///< in the order HR imported them
    int reReleases = 0;
    int figuresReleased = 0; ///< cell × metric, over every release
    int figuresWithheld = 0;
    int withheldByHr = 0;
    int leaderTeachers = 0; ///< in the team leader's database (0 without a leader)
    int leaderConversations = 0;
};

/**
 * A whole simulated school, end to end, in the empty (or new) folder @p folder: fresh keys for
 * HR and the custodian, the school's co-signed profile, a journal per teacher written and
 * exported through TeacherSession as the app does (demo_school_teacher.h), the custodian's
 * releases of each closed period and a re-release where late files allow one, HR's database
 * with every release imported, and (unless @p options say not) a team leader listed in the
 * profile with a database of waarderingsgesprekken (demo_leader.h). @p clock is today: the periods
 * are the last
 * @p options.periods that closed before it. The released figures are the same for the same
 * options and day; keys, shares and file names are new each time.
 */
[[nodiscard]] Result<DemoSchoolSummary> simulateSchool(
    const QString& folder, const Clock& clock, const DemoSchoolOptions& options = {});

/** Where simulateSchool() writes in @p folder. */
DemoSchoolPaths demoSchoolPaths(const QString& folder);

/**
 * The simulated school in @p folder, made with simulateSchool() the first time (and again when
 * an earlier simulation was cut off, or made without the team leader @p options ask for); the
 * app's demo for HR, the custodian and the leidinggevende. The folder is the
 * demo's own: anything else in it is removed before a new simulation.
 */
[[nodiscard]] Result<DemoSchoolPaths> ensureDemoSchool(
    const QString& folder, const Clock& clock, const DemoSchoolOptions& options = {});

} // namespace kw::demo
