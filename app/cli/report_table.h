#pragma once

#include "hr/hr_report.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace kw::cli {

/**
 * HR's report as a text table for people: period, cell, metric, n, mean, sd, share, the 95%
 * interval (of the mean, or of the share for an indicator) and the total; a withheld row shows
 * its reason instead of numbers.
 */
QStringList reportTable(const QList<hr::ReportRow>& rows);
/** The same with columns of the caller's first: @p leadHeader names them, @p lead holds each
 * row's (one list per row, each as long as @p leadHeader). */
QStringList reportTable(const QList<hr::ReportRow>& rows, const QStringList& leadHeader,
    const QList<QStringList>& lead);

/** The same rows as CSV (RFC 4180): a header, then one line per row with the --json keys. */
QStringList reportCsv(const QList<hr::ReportRow>& rows);
/** Rows as CSV: @p columns as the header, then each row's values of those keys. */
QStringList reportCsv(const QList<QJsonObject>& rows, const QStringList& columns);
/** The keys of a row of HR's report (toJson()), in the order `report --csv` prints them. */
const QStringList& reportCsvColumns();

} // namespace kw::cli
