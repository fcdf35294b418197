#pragma once

#include "hr/cell_figure.h"
#include "hr/group_statistics.h"
#include "hr/metric_kind.h"
#include "profile/school_profile.h"

#include <QList>
#include <QString>
#include <optional>

// HR's report: from stored figures to what is shown, per period, cell and metric. Pure: no
// SQL, no files (HrStore reads the figures, the CLI and later the dashboard print them).

namespace kw::hr {

/** What a released row shows. Each field is set only where it means something for the kind. */
struct FigureStatistics
{
    qint64 n = 0; ///< contributors: teachers who have the metric present
    /** Score, Count, Asked, Other: per teacher, in the metric's own unit (a WHO-5 score, a
     * number of reflections). */
    std::optional<double> mean;
    std::optional<double> sd; ///< sample standard deviation per teacher
    std::optional<Interval> meanInterval; ///< 95%, Student t
    /** Indicator: the share of contributors at or below the cut-off; Choice: the share of the
     * check-ins that asked the list which named the option. From 0 to 1. */
    std::optional<double> share;
    std::optional<Interval> shareInterval; ///< Indicator: 95%, Wilson
    std::optional<qint64> total; ///< Count, Asked, Other, Choice: the cell's sum
};

/** One line of HR's report: one metric of one cell, its figure that counts or why none shows. */
struct ReportRow
{
    QString period;
    /** The release the figure comes from; for a withheld row, the latest release that withheld
     * it. */
    int releaseNumber = 0;
    Dimension dimension = Dimension::School;
    QString cellId; ///< empty for the school and for a breakdown's "not given" group
    QString cellName; ///< cellName()
    QString metricId;
    QString label; ///< the layout's label of the metric, else its id
    MetricKind kind = MetricKind::Other;
    /** Released, or the rule that withheld the figure; for a choice, its own reason or else the
     * reason the check-ins that asked its list were withheld. */
    privacy::Reason reason = privacy::Reason::Released;
    /** A choice whose asked.<list> figure is not stored at all, so its share cannot be shown. */
    bool noDenominator = false;
    /** A bestuur's merged row (bestuur/bestuur_report.h) that no school released: nothing to add
     * up. */
    bool withheldInEverySchool = false;
    FigureStatistics statistics; ///< released rows only

    bool released() const
    {
        return reason == privacy::Reason::Released && !noDenominator && !withheldInEverySchool;
    }
    /** Why nothing is shown, in plain words and without a number; empty for a released row. */
    QString withheldText() const;
    /** The same as a stable id for scripts: "fewer_than_k", "protects_smaller_group",
     * "too_close_to_another_group", "too_few_added", "withheld_earlier", "no_denominator",
     * "withheld_in_every_school"; empty for a released row. */
    QString withheldId() const;
};

/**
 * What a released figure of @p kind shows, from its count and sums. A Choice gets its total
 * only: its share needs the asked.<list> figure of the same group, which the caller adds.
 */
FigureStatistics figureStatistics(const Figure& figure, MetricKind kind);

/**
 * Of the stored figures of any releases, the ones that count: per period, dimension, cell and
 * metric, the figure of the highest release that released it (a re-release replaces a figure
 * only where it released it again); for one never released, the withheld figure of the latest
 * release. In the order each first appears in @p figures.
 */
QList<CellFigure> countingFigures(const QList<CellFigure>& figures);

/**
 * The name the report gives a cell: the school's name, the profile's name of the team, role or
 * age band, "(not given)" for those who left the dimension out, or the id itself when the
 * profile does not know it.
 */
QString cellName(const SchoolProfile& profile, Dimension dimension, const QString& cellId);

/**
 * HR's report of one period from @p figures, every stored figure of that period (all its
 * releases; HrStore::figures()). @p profile names the cells and metrics (the profile of the
 * period's latest release). One row per dimension, cell and metric, ordered by dimension (school,
 * team, role, age band), then cell (the profile's order, "not given" last), then metric (the
 * layout's order; ids it does not know after, by id). A choice's share needs its asked.<list>
 * figure, released in the same release: the highest release that released both counts.
 */
QList<ReportRow> periodReport(const QList<CellFigure>& figures, const SchoolProfile& profile);

} // namespace kw::hr
