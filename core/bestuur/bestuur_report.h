#pragma once

#include "bestuur/bestuur_merge.h"
#include "common/result.h"
#include "hr/hr_report.h"

#include <QList>
#include <QString>
#include <optional>

// The bestuur's report of a period: its merged figures and each school's own. Pure: no SQL, no
// files (BestuurStore reads the aggregates, the CLI prints the rows).

namespace kw::bestuur {

/** Which figures a row shows: one school's, or the bestuur's merged over its schools. */
enum class Level { School, Bestuur };

/** "school", "bestuur": as the CLI takes and prints them. */
QString levelKey(Level level);
std::optional<Level> levelFromKey(const QString& key);

/** One line of the bestuur's report. */
struct BestuurRow
{
    Level level = Level::School;
    QString schoolId; ///< School: the school's id; empty for the bestuur
    QString schoolName; ///< School: the name its profile gives it
    int schools = 0; ///< Bestuur: the schools whose released figure is in it
    int schoolsWithFigure = 0; ///< Bestuur: the schools whose aggregate has the cell and metric
    /** The figure as HR's report shows one (n, mean, sd, interval, share, total, or why it is
     * withheld). A merged row has release number 0: it comes from several releases. */
    hr::ReportRow row;
};

/**
 * The report of @p period over @p schools (each with its aggregate of that period): first the
 * merged figures (mergeSchools()): the school, then roles and age bands, each in the order the
 * schools' profiles first name them, "not given" last; metrics in the order the schools' layouts
 * first name them. Then per school, in the given order, its own report: hr::periodReport() over
 * its aggregate, every cell, teams included. @p level keeps one of the two.
 */
[[nodiscard]] Result<QList<BestuurRow>> periodReport(const QString& period,
    const QList<SchoolFigures>& schools, std::optional<Level> level = std::nullopt);

} // namespace kw::bestuur
