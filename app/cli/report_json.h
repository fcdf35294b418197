#pragma once

#include "hr/hr_report.h"

#include <QJsonObject>

namespace kw::cli {

/**
 * One row of HR's report as `report --json` prints it. Every key is always there: period,
 * release_number, dimension, cell, cell_name, metric, label, kind, n, mean, sd, ci_low, ci_high
 * (of the mean, or of the share for an indicator), share, total, withheld, reason, reason_id;
 * null where a key does not apply. A withheld row has no number at all.
 */
QJsonObject toJson(const hr::ReportRow& row);

/** A number as report prints it in JSON and CSV: rounded to 4 decimals. */
double reportNumber(double value);

} // namespace kw::cli
