#pragma once

#include "common/result.h"

namespace kw {

class TeacherSession;

/** How much of a demo teacher to write; the defaults are what the app's demo journal has. */
struct DemoTeacherOptions
{
    int reflections = 160;
    int checkinWeeks = 16;
    quint32 seed = 2026;
};

/** What seedDemoTeacher() wrote; all zero when the journal had reflections already. */
struct DemoTeacherCounts
{
    int reflections = 0;
    int checkins = 0;
    int goals = 0;
};

/**
 * Makes @p session the demo teacher's: installs the demo school's co-signed profile (again on
 * every call, so its end date follows the clock; never over a school's own profile) and, when
 * the journal has no reflections yet, writes a year of reflections, months of check-ins and a
 * POP with hours. Deterministic for a given day and seed.
 */
[[nodiscard]] Result<DemoTeacherCounts> seedDemoTeacher(
    TeacherSession& session, const DemoTeacherOptions& options = {});

} // namespace kw
