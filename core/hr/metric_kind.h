#pragma once

#include <QString>
#include <QStringList>

namespace kw::hr {

/** How HR reads a metric's sums, from the prefix of its id (exchange/metric_layout.h). */
enum class MetricKind {
    Score, ///< "score.<instrument>", "item.<instrument>.<item>": a mean per teacher, stored × 100
    Indicator, ///< "cutoff.<instrument>.<at_most>": 1 for a teacher at or below the cut-off
    Count, ///< "value.<kernwaarde>": reflections per teacher
    Choice, ///< "choice.<list>.<option>": check-ins that named the option
    Asked, ///< "asked.<list>": check-ins that asked the list (a choice's denominator)
    Other, ///< an id of no kind HR knows: read as a count
};

MetricKind metricKind(const QString& metricId);
/** "score", "indicator", "count", "choice", "asked", "other": as --json prints it. */
QString metricKindId(MetricKind kind);
/** What one stored unit is worth: a Score is stored × 100, everything else as it is. */
int metricScale(MetricKind kind);

/** For "choice.<list>.<option>", the "asked.<list>" it is a share of; empty for anything else. */
QString askedMetricFor(const QString& choiceId);
/** The metrics a report of @p metricId needs: itself and, for a choice, its asked.<list>. */
QStringList metricsToRead(const QString& metricId);

} // namespace kw::hr
