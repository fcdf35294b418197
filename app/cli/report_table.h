#pragma once

#include "hr/hr_report.h"

#include <QList>
#include <QStringList>

namespace kw::cli {

/**
 * HR's report as a text table for people: period, cell, metric, n, mean, sd, share, the 95%
 * interval (of the mean, or of the share for an indicator) and the total; a withheld row shows
 * its reason instead of numbers.
 */
QStringList reportTable(const QList<hr::ReportRow>& rows);

/** The same rows as CSV (RFC 4180): a header, then one line per row with the --json keys. */
QStringList reportCsv(const QList<hr::ReportRow>& rows);

} // namespace kw::cli
