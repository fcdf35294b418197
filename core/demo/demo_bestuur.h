#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "demo/demo_school.h"

#include <QString>
#include <QStringList>

namespace kw::demo {

/** What simulateBestuur() made. */
struct DemoBestuurSummary
{
    QString database; ///< the bestuur's database: every school's aggregates imported
    QStringList schools; ///< the schools' names, the given school first
    QStringList aggregateFiles; ///< <folder>/aggregates/<school>-<period>.kwaggregaat
};

/** The bestuur's database beside HR's: "bestuur.sqlite" in the folder of @p hrDatabase. */
QString bestuurDatabaseBeside(const QString& hrDatabase);

/**
 * A bestuur of three simulated schools around @p school (made by simulateSchool()): two more
 * schools simulated end to end in "<folder>/schools/<id>" (60 teachers each, other seeds, the
 * periods HR's database holds), every period's aggregate of each school written with its HR key as
 * HR would (hr::periodAggregate(), exchange::writeAggregateFile()), and all of them imported into
 * the bestuur's database beside @p school's HR database (bestuurDatabaseBeside()), as the bestuur
 * would (bestuur::importAggregate(): each school's HR key pinned by its first aggregate).
 * For `kernwijzer --demo --role hr`, so the bestuur page shows real merged figures.
 */
[[nodiscard]] Result<DemoBestuurSummary> simulateBestuur(
    const DemoSchoolPaths& school, const Clock& clock);

/**
 * The demo bestuur around @p school, made with simulateBestuur() the first time (and again when
 * an earlier run was cut off: its schools, aggregates and database are removed first); the
 * bestuur's database path. For the app's demo as HR (`kernwijzer --demo --role hr`): call it in
 * the desk's prepare step, after demo::ensureDemoSchool().
 */
[[nodiscard]] Result<QString> ensureDemoBestuur(const DemoSchoolPaths& school, const Clock& clock);

} // namespace kw::demo
