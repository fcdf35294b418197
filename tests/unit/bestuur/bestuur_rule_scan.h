#pragma once

#include "bestuur/bestuur_store.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace kw::test {

/**
 * Everything in the bestuur's report (@p rows: `report --bestuur-db --json`'s figures) and
 * database that breaks the rules, one line each; empty when nothing does. It reads what is
 * shown and stored, never the merge, and checks, with k of each metric from the schools'
 * stored profiles:
 * - a row of a school: released with at least that school's k, or no number at all;
 * - each school's stored figures: test::releaseFiguresBreakingTheRules() (k, no number beside a
 *   withheld figure, nothing in a breakdown without the school, the school minus a cell or a
 *   breakdown's released cells 0 or at least k);
 * - a merged row: released only as exactly the sum (n, total) of the released rows of its
 *   schools for the same period, cell and metric, as many schools as it says, with at least
 *   the largest k among them; else no number at all; never a team.
 */
QStringList bestuurRowsBreakingTheRules(
    bestuur::BestuurStore& store, const QList<QJsonObject>& rows);

} // namespace kw::test
