#pragma once

#include "hr/hr_report.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// HR's report rows as fields (JSON) and as CSV: one copy for `kernwijzer-cli report --json/--csv`
// and for the app's export. A withheld row never carries a number, only the rule that withheld it.

namespace kw::hr {

/**
 * One row of HR's report by key. Every key is always there: period, release_number, dimension,
 * cell, cell_name, metric, label, kind, n, mean, sd, ci_low, ci_high (of the mean, or of the
 * share for an indicator), share, total, withheld, reason, reason_id; null where a key does not
 * apply. A withheld row has no number at all.
 */
QJsonObject reportRowJson(const ReportRow& row);

/** A number as the report gives it in JSON and CSV: rounded to 4 decimals. */
double reportNumber(double value);

/** The keys of reportRowJson(), in the order the CSV has its columns. */
const QStringList& reportCsvKeys();

/** Who reads the CSV: a script (the keys as header, ids and true/false as values) or a person
 * (headers, breakdown names and yes/no in the UI language). */
enum class CsvAudience { Scripts, People };

/** The header of reportCsv() for @p audience, a column per reportCsvKeys() entry. */
QStringList reportCsvHeader(CsvAudience audience);

/**
 * @p rows as CSV (RFC 4180): the header, then one line per row: a released row with n and its
 * figures, a withheld one with its reason and no number.
 */
QStringList reportCsv(const QList<ReportRow>& rows, CsvAudience audience = CsvAudience::Scripts);

/** @p lines as a file for spreadsheets: UTF-8 with a byte order mark (so accents survive),
 * lines ended by CR LF as RFC 4180 says. */
QByteArray csvFile(const QStringList& lines);

/** Rows of fields as CSV: @p header, then per row the values of @p keys (header defaults to
 * the keys). */
QStringList csvLines(
    const QList<QJsonObject>& rows, const QStringList& keys, const QStringList& header = {});

} // namespace kw::hr
