#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw {

/** A table in a report: a header row and rows of plain-text cells. */
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
};

/**
 * One value of a chart: a point of a line, a bar, or a cell of a heatmap. A value that was
 * withheld has no number at all (value empty), only a mark pointing to its reason, so a chart
 * can never draw one as zero.
 */
struct ChartValue
{
    QString label; ///< Line: the period; Bars: the bar; Heatmap: unused
    std::optional<double> value; ///< on the chart's scale (minimum to maximum)
    std::optional<double> low; ///< the 95% interval, where known
    std::optional<double> high;
    QString text; ///< the value as printed beside it, formatted by the builder
    QString mark; ///< withheld: a short mark ("a") whose reason the chart's notes give
};

/**
 * A chart in a report: what it shows, not how it is drawn (report_charts.h draws it). Line: one
 * series over the values in order, its 95% band shaded, a withheld value a gap. Bars: one
 * horizontal bar per value. Heatmap: rows × columns of values, row by row.
 */
struct ReportChart
{
    enum class Kind { Line, Bars, Heatmap };
    Kind kind = Kind::Line;
    QString title;
    double minimum = 0;
    double maximum = 100;
    QList<ChartValue> values;
    QStringList rows; ///< Heatmap: the row labels (cells such as teams)
    QStringList columns; ///< Heatmap: the column labels (metrics)
    /** Plain-text lines under the chart: what a mark means, how to read it. */
    QStringList notes;
};

/** A titled part of a report: paragraphs, charts, then an optional table. All text is plain. */
struct ReportSection
{
    QString heading;
    QStringList paragraphs;
    QList<ReportChart> charts;
    ReportTable table;
    bool newPage = false; ///< start the section on a new page
};

/**
 * A printable document (the bekwaamheidsdossier's POP, HR's report for the MR and the bestuur):
 * what it says, not how it looks. Builders
 * decide the content; report_pdf writes it, so what a report may contain is visible in one place.
 */
struct ReportDocument
{
    QString title;
    QString subtitle;
    QList<ReportSection> sections;
    QString footer; ///< e.g. "Gemaakt met Kernwijzer op 22 november 2026"

    /** Every piece of text in the document, for tests that check what it does (not) contain. */
    QStringList allText() const;
};

} // namespace kw
