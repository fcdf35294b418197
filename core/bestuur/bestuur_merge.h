#pragma once

#include "common/result.h"
#include "exchange/metric_layout.h"
#include "hr/cell_figure.h"
#include "profile/school_profile.h"

#include <QList>
#include <QString>
#include <optional>

// The bestuur's figures of one period from its schools' aggregates. Pure: no SQL, no files.
// docs/privacy.md ("The bestuur") says why merging released figures shows nothing new.

namespace kw::bestuur {

/** One school's aggregate of a period as the merge sees it. */
struct SchoolFigures
{
    QString schoolId;
    SchoolProfile profile; ///< names its cells and metrics, and sets its k per metric
    int releaseNumber = 1; ///< the school's release the figures come from
    QList<hr::Figure> figures; ///< every cell and metric of its aggregate
};

/** One metric of one cell of the bestuur: the sum of the schools' released figures. */
struct MergedFigure
{
    /** Dimension, cell and metric; when released() the summed count and sums, else no number
     * (reason FewerThanK when the sum has fewer than k contributors). */
    hr::Figure figure;
    int schools = 0; ///< schools whose released figure is in the sum
    int schoolsWithFigure = 0; ///< schools whose aggregate has this cell and metric at all
    int k = 0; ///< the largest k of the schools in the sum, for this metric
    /** A choice: Σ asked.<list> of the same cell over the same schools, its share's denominator. */
    std::optional<qint64> askedSum;

    /** False when no school released the figure, or the sum breaks the rules at this level. */
    bool released() const { return schools > 0 && figure.released(); }
};

/**
 * Whether cells of @p dimension are merged across schools: the school and each role and age band
 * (by id: equal ids are the same role or band), each breakdown's "not given" group too. Teams
 * never are: every school has teams of its own.
 */
bool mergedAcrossSchools(hr::Dimension dimension);

/**
 * The bestuur's figures of one period: per merged cell (mergedAcrossSchools()) and metric id, the
 * sums of the figures the schools released, over the schools that have it (layouts may differ).
 * A school that withheld the figure is left out, and counted in schoolsWithFigure only. A choice
 * is summed over the schools that released it together with its asked.<list> in that cell, so its
 * share has one set of schools. A sum is shown only when it has at least the largest k of the
 * schools in it. In the order each cell and metric first appears in @p schools. Refused only when
 * the sums do not fit 64 bits (thousands of schools).
 */
[[nodiscard]] Result<QList<MergedFigure>> mergeSchools(const QList<SchoolFigures>& schools);

/** The k @p rules set for @p metricId of @p layout; the larger of the two when it lacks the id. */
int minGroupOf(
    const exchange::MetricLayout& layout, const ExchangeRules& rules, const QString& metricId);

} // namespace kw::bestuur
