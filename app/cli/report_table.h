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
/** The same with columns of the caller's first: @p leadHeader names them, @p lead holds each
 * row's (one list per row, each as long as @p leadHeader). */
QStringList reportTable(const QList<hr::ReportRow>& rows, const QStringList& leadHeader,
    const QList<QStringList>& lead);

} // namespace kw::cli
