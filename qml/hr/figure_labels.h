#pragma once

#include "hr/hr_report.h"
#include "hr/period_change.h"

#include <QString>

// How the dashboard writes a released figure, in the UI language's number format. Words only:
// the figures themselves come from core (hr_report.h, period_change.h).

namespace kw::figure_labels {

/** Whether @p row is a share (a cut-off indicator or a choice), else a mean. */
bool isShare(const hr::ReportRow& row);
/** "62,4" for a mean (one decimal; two below 10), "23 %" for a share; empty when withheld. */
QString value(const hr::ReportRow& row);
/** "95 %-interval 58,1–66,7" or for a share "18–29 %"; empty without one. */
QString interval(const hr::ReportRow& row);
/** "n = 84"; empty when withheld. */
QString count(const hr::ReportRow& row);
/** The change since @p previousLabel in words: "+4,2 sinds sep–okt 2026 (een verandering)",
 * "gelijk gebleven", or why there is no comparison. */
QString change(
    const hr::ReportRow& row, const hr::PeriodChange& change, const QString& previousLabel);
/** "up", "down", "same" or "" (no comparison). */
QString changeDirection(const hr::PeriodChange& change);
/** Whether a higher value of @p row's metric is better: every score and pulse item is worded
 * that way (wellbeing/builtin_instruments.cpp); a cut-off share counts those at or below a low
 * score, so less is better. */
bool higherIsBetter(const hr::ReportRow& row);

} // namespace kw::figure_labels
