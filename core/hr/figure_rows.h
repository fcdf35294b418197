#pragma once

#include "common/result.h"
#include "hr/cell_figure.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// How a figure is kept in a row of HR's and the bestuur's databases: its dimension key, cell,
// metric and reason, then its count and sums, NULL for a withheld figure (the tables' CHECK
// refuses a number beside one).

namespace kw::hr {

/**
 * Whether @p figure may be stored: it names a metric, a school figure names no cell, a withheld
 * figure carries no count or sum, and a released one has at least privacy::kMinimumGroupSize
 * contributors. The tables' CHECKs say the same; this says it in words, before anything is
 * written.
 */
[[nodiscard]] Status checkFigure(const Figure& figure);

/** The columns readFigure() reads, in order; the dimension comes back as its enum value, since a
 * report reads tens of thousands of rows. */
inline constexpr char kFigureColumns[] = "CASE dimension WHEN 'school' THEN 0 WHEN 'team' THEN 1 "
                                         "WHEN 'role' THEN 2 ELSE 3 END, cell, metric, reason, "
                                         "contributors, sum, sum_squares";

/** The figure in kFigureColumns, starting at column @p first of @p row. */
Figure readFigure(const sql::Statement& row, int first);

/** Binds @p figure to ?first … ?first + 6: dimension key, cell, metric, reason, contributors,
 * sum and sum of squares (three NULLs when it is withheld). */
void bindFigure(sql::Statement& statement, int first, const Figure& figure);

/** " AND metric IN (?, …)" with @p metrics appended to @p params; empty for no metric. */
QByteArray metricFilter(const QStringList& metrics, QList<sql::Param>& params);

} // namespace kw::hr
