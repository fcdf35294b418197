#pragma once

#include "exchange/metric_layout.h"
#include "hr/hr_store.h"

#include <QStringList>
#include <functional>

namespace kw::test {

/**
 * Everything in HR's database that breaks the release rules, one line each ("2026-2027/1of6
 * release 1, score.who5, team onderbouw: ..."); empty when nothing does. It reads what HR
 * stored, never the rules module, and checks, with k of each metric from the release's profile:
 * - a released figure has at least k contributors; a withheld one carries no number;
 * - per release and metric: nothing in a breakdown is released when the school is not; the
 *   school minus a released cell, and minus the sum of a breakdown's released cells (its "not
 *   given" group included), is 0 or at least k;
 * - per re-release: each released cell differs from its last released figure of the period by 0
 *   or at least k, and the same two differences as above hold for what the re-release added.
 */
QStringList figuresBreakingTheRules(hr::HrStore& store);

/**
 * The same checks over the figures of one release alone (one period and release number, no
 * earlier release to compare with): @p kOf gives k per metric id, or -1 for a metric the
 * profile does not have.
 */
QStringList releaseFiguresBreakingTheRules(
    const QList<hr::CellFigure>& figures, const std::function<int(const QString&)>& kOf);

/** k per metric id of @p layout under @p rules (-1 for an id it lacks); both must outlive it. */
std::function<int(const QString&)> kFromLayout(
    const exchange::MetricLayout& layout, const ExchangeRules& rules);

} // namespace kw::test
